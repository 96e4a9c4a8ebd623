/** «Показатели» of a school: each indicator of the profile, its value, target and status. */
import { countOf, NOUN } from "../../core/text/plural";
import { Badge, Body1, Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/indicators/types";
import type { TaskpaneActions } from "../actions";
import { formatTarget, formatValue } from "../parts/format";
import { Empty } from "../parts/Empty";
import { JobStatus } from "../parts/JobStatus";
import { ProfileSelect } from "../parts/ProfileSelect";
import { Actions, Screen } from "../parts/Screen";
import { useJob } from "../parts/use-job";
import type { SchoolIndicators } from "../steps/school";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const STATUS_COLOR: Record<Status, "success" | "danger" | "informative" | "subtle"> = {
  соответствие: "success",
  несоответствие: "danger",
  "нет данных": "informative",
  "цель не задана": "subtle",
};

interface Props {
  actions: Pick<TaskpaneActions, "schoolIndicators">;
  profileId: string;
  onProfile(id: string): void;
}

export function IndicatorsScreen({ actions, profileId, onProfile }: Props) {
  const styles = useStyles();
  const { job, run } = useJob<SchoolIndicators>("indicators");
  const busy = job.kind === "working";
  const data = job.kind === "done" ? job.result : null;
  return (
    <Screen
      title="Показатели"
      lead="Показатели ОО по данным этой книги в сравнении с целевыми значениями."
    >
      <ProfileSelect value={profileId} onChange={onProfile} disabled={busy} />
      <Actions>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => run((p) => actions.schoolIndicators(profileId, p))}
        >
          Рассчитать показатели
        </Button>
      </Actions>
      <JobStatus job={job} />
      {job.kind === "idle" && (
        <Empty text="Здесь появятся показатели ОО со статусами. Нажмите «Рассчитать показатели»." />
      )}
      {data && (
        <>
          <Caption1>
            {`${data.schoolCode}${data.schoolName ? ` — ${data.schoolName}` : ""}. ${countOf(data.workers, NOUN.row)}, из них с ошибками (не учтены) — ${countOf(data.excludedRows, NOUN.row)}. Цели: ${data.ownSettings ? "лист «Настройки»" : "по умолчанию"}.`}
          </Caption1>
          <ul className={styles.list} aria-label="Показатели ОО">
            {data.rows.map((row) => (
              <li key={row.code} className={styles.row}>
                <Body1>{row.title}</Body1>
                <div className={styles.line}>
                  <Body1>
                    <strong>{formatValue(row.value, row.unit)}</strong>
                  </Body1>
                  <Caption1>{formatTarget(row.target, row.direction, row.unit)}</Caption1>
                  <Badge color={STATUS_COLOR[row.status]} appearance="tint">
                    {row.status}
                  </Badge>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </Screen>
  );
}
