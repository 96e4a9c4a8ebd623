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
import { indicatorSummary, type SchoolIndicators } from "../steps/school";

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  row: {
    display: "flex",
    flexDirection: "column",
    gap: 0,
    paddingBottom: tokens.spacingVerticalXS,
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

/** What needs attention first: below target, then met, then no data, then no target. */
const ORDER: Status[] = ["несоответствие", "соответствие", "нет данных", "цель не задана"];

function byStatus<T extends { status: Status }>(rows: readonly T[]): T[] {
  return ORDER.flatMap((status) => rows.filter((r) => r.status === status));
}

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
          <Body1 role="status">{indicatorSummary(data.rows)}</Body1>
          <ul className={styles.list} aria-label="Показатели ОО">
            {byStatus(data.rows).map((row) =>
              row.status === "цель не задана" ? (
                // Without a target: one compact line, no badge (the summary counts them).
                <li key={row.code} className={styles.row}>
                  <Caption1>
                    {`${row.title}: `}
                    <strong>{formatValue(row.value, row.unit)}</strong>
                  </Caption1>
                </li>
              ) : (
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
              )
            )}
          </ul>
        </>
      )}
    </Screen>
  );
}
