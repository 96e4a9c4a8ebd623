/**
 * `Сбор данных` in the pane: the sheet's own rows (schools to call first on top), one line
 * per school with its status and counts, and a button per school that shows its file's errors.
 */
import * as React from "react";
import { Badge, Button, Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { collectionLine, type CollectionStatus } from "../../core/consolidate/collection";
import type { TrackerLine } from "../steps/report";
import { IssueList } from "./IssueList";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { overflowWrap: "anywhere", minWidth: 0 },
});

const COLOR: Record<CollectionStatus, "danger" | "warning" | "success"> = {
  "Не сдан": "danger",
  "Сдан с ошибками": "warning",
  Принят: "success",
};

function counts(line: TrackerLine): string {
  const r = line.row;
  if (!r.received) return "файл не получен";
  // A school's second file: its rows are not in the consolidation, not «строк 0».
  const rows = r.duplicate ? "второй файл ОО, строки не учтены" : `строк ${r.rows}`;
  const parts = [`файл «${r.file}»`, rows, `ошибок ${r.errors}`];
  if (r.warnings > 0) parts.push(`предупреждений ${r.warnings}`);
  if (r.excludedRows > 0) parts.push(`не учтено строк ${r.excludedRows}`);
  return parts.join(", ");
}

export function CollectionList({ lines }: { lines: readonly TrackerLine[] }) {
  const styles = useStyles();
  const [open, setOpen] = React.useState<number | null>(null);
  if (lines.length === 0) return null;
  const call = lines
    .filter((l) => l.row.status !== "Принят" && l.row.expected)
    .map((l) => l.row.code);
  return (
    <section aria-label="Сбор данных">
      <Text block weight="semibold" as="h3">
        Сбор данных
      </Text>
      <Caption1 block>{collectionLine(lines.map((l) => l.row))}</Caption1>
      {call.length > 0 && (
        <Caption1 block>{`Позвонить в первую очередь: ${call.join(", ")}.`}</Caption1>
      )}
      <ul className={styles.list} aria-label="ОО по статусу сдачи">
        {lines.map((line, i) => {
          const r = line.row;
          const who = r.code || r.file || "без кода";
          return (
            <li key={`${r.code}\u0000${r.file ?? ""}`}>
              <div className={styles.head}>
                <Badge appearance="tint" color={COLOR[r.status]}>
                  {r.status}
                </Badge>
                <Text className={styles.name}>{`${who}${r.name ? ` — ${r.name}` : ""}`}</Text>
                {line.issues.length > 0 && (
                  <Button
                    size="small"
                    aria-expanded={open === i}
                    aria-label={`Ошибки ОО ${who}`}
                    onClick={() => setOpen(open === i ? null : i)}
                  >
                    Ошибки
                  </Button>
                )}
              </div>
              <Caption1 block>{counts(line)}</Caption1>
              {r.note && <Caption1 block>{r.note}</Caption1>}
              {open === i && <IssueList issues={line.issues} label={`Ошибки ОО ${who}`} />}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
