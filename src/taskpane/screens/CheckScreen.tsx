/** «Проверка»: validate the workbook, count by severity, list the messages; a click shows the cell. */
import { countOf, NOUN } from "../../core/text/plural";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ValidationOutcome } from "../../app/validate-workbook";
import type { TaskpaneActions } from "../actions";
import { Done } from "../parts/Done";
import { IssueList } from "../parts/IssueList";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { Actions, Screen } from "../parts/Screen";
import { useRunRequest } from "../parts/run-request";
import { useJob } from "../parts/use-job";

const useStyles = makeStyles({
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

interface Props {
  actions: Pick<TaskpaneActions, "validate" | "clearMarks" | "showIssue">;
}

export function CheckScreen({ actions }: Props) {
  const styles = useStyles();
  const { job, run, reset } = useJob<ValidationOutcome>("check");
  const busy = job.kind === "working";
  const outcome = job.kind === "done" ? job.result : null;
  const clear = async () => {
    await actions.clearMarks();
    reset();
  };
  const check = () => run((p) => actions.validate(p));
  useRunRequest("check", { run: check, clear });
  return (
    <Screen
      title="Проверка"
      lead="Проверяет паспорт и листы «Педагоги» и «Сообщества»: ячейки с ошибками выделяются цветом и примечанием, список — на листе «Ошибки»."
    >
      <Actions>
        <Button appearance="primary" disabled={busy} onClick={check}>
          Проверить
        </Button>
        <Button disabled={busy} onClick={() => void clear()}>
          Снять отметки
        </Button>
      </Actions>
      <JobStatus job={job} />
      {job.kind === "idle" && (
        <Empty text="Здесь появится список ошибок и предупреждений. Нажмите «Проверить», когда заполните паспорт и листы." />
      )}
      {outcome && outcome.issues.length === 0 && (
        <Done title="Ошибок не найдено">{`Проверено: ${countOf(outcome.rowsRead, NOUN.row)}.`}</Done>
      )}
      {outcome && outcome.issues.length > 0 && (
        <>
          <div className={styles.counts} role="status">
            <Badge color="danger" appearance="filled">
              {countOf(outcome.errorCount, NOUN.error)}
            </Badge>
            <Badge color="warning" appearance="filled">
              {countOf(outcome.warningCount, NOUN.warning)}
            </Badge>
            <Badge color="informative" appearance="outline">
              {countOf(outcome.rowsRead, NOUN.row)}
            </Badge>
          </div>
          <IssueList issues={outcome.issues} onShow={(issue) => void actions.showIssue(issue)} />
        </>
      )}
    </Screen>
  );
}
