/** «Сводка»: compute the municipal report and write it into the open workbook. */
import { Badge, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { ProfileSelect } from "../parts/ProfileSelect";
import { Actions, Screen } from "../parts/Screen";
import { Source } from "../parts/Source";
import { useJob } from "../parts/use-job";
import type { CollectResult } from "../steps/collect";
import { STATUSES, type ReportSummary } from "../steps/report";

const useStyles = makeStyles({
  badges: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface Props {
  actions: Pick<TaskpaneActions, "report">;
  collected: CollectResult | null;
  profileId: string;
  onProfile(id: string): void;
}

export function ReportScreen({ actions, collected, profileId, onProfile }: Props) {
  const styles = useStyles();
  const { job, run, cancel } = useJob<ReportSummary>();
  const busy = job.kind === "working";
  const s = job.kind === "done" ? job.result : null;
  const calculate = () => run((p) => actions.report({ sources: collected, profileId }, p));
  return (
    <Screen
      title="Сводка и рекомендации"
      lead="Сводит данные ОО, считает показатели и пишет листы отчёта в эту книгу. «Настройки», «Меры» и «Правила рекомендаций» не перезаписываются."
    >
      <Source collected={collected} />
      <ProfileSelect value={profileId} onChange={onProfile} disabled={busy} />
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={calculate}>
          Рассчитать
        </Button>
      </Actions>
      <JobStatus job={job} onCancel={cancel} />
      {job.kind === "idle" && (
        <Empty text="Отчёт ещё не рассчитан. Выберите профиль и нажмите «Рассчитать»." />
      )}
      {s && (
        <Done intent={s.errorCount > 0 ? "warning" : "success"} title="Отчёт записан в книгу">
          {`ОО: ${s.schools}, строк: ${s.rows}${s.period ? `, период ${s.period}` : ""}. `}
          {`Рекомендаций: по показателям ${s.recommendations}, индивидуальных ${s.personal}. `}
          {`Ошибок в данных: ${s.errorCount}, предупреждений: ${s.warningCount} (лист «Ошибки»).`}
        </Done>
      )}
      {s && (
        <div
          className={styles.badges}
          role="status"
          aria-label="Показатели муниципалитета по статусам"
        >
          {STATUSES.map((status) => (
            <Badge
              key={status}
              appearance="tint"
              color={
                status === "несоответствие"
                  ? "danger"
                  : status === "соответствие"
                    ? "success"
                    : "informative"
              }
            >
              {`${status}: ${s.statuses[status]}`}
            </Badge>
          ))}
        </div>
      )}
      {s && <Caption1>{`Записаны листы: ${s.written.join(", ")}.`}</Caption1>}
      {s && s.kept.length > 0 && (
        <Caption1>{`Сохранены без изменений: ${s.kept.join(", ")}.`}</Caption1>
      )}
      {s && s.skipped.length > 0 && (
        <Caption1>{`Не записаны (лист с таким именем создан не надстройкой): ${s.skipped.join(", ")}.`}</Caption1>
      )}
      {s?.excluded.map((line) => (
        <Caption1 key={line}>{`Не включена в свод: ${line}`}</Caption1>
      ))}
      {s?.changes.map((line) => (
        <Caption1 key={line}>{`Изменения: ${line}`}</Caption1>
      ))}
    </Screen>
  );
}
