/**
 * Validation messages, errors first; in the open workbook each has a button «Перейти к ячейке
 * L8» that selects the cell in Excel: a short accessible name (where it goes, the sheet, the
 * kind, the column) with the whole message as its description.
 */
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import * as React from "react";
import type { Issue } from "../../core/model";
import { cellA1 } from "../../core/text/a1";
import { SEVERITY_LABEL, renderIssue } from "../../core/validate/message";

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  item: { paddingLeft: 0, justifyContent: "flex-start", minWidth: 0 },
  line: { display: "block", paddingLeft: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
});

/** A long list would make the pane slow; the whole list is on the `Ошибки` sheet. */
export const MAX_LISTED = 100;

/** The messages name the sheet, row and column themselves; a file-level one gets its file. */
function text(issue: Issue): string {
  const kind = SEVERITY_LABEL[issue.severity];
  const message = renderIssue(issue);
  const where =
    issue.row === null && issue.file && !message.includes(issue.file) ? `${issue.file}: ` : "";
  return `${kind} — ${where}${message}`;
}

/** «Перейти к ячейке L8» (or «к строке 8» when the column is not known). */
function goToText(issue: Issue): string {
  return issue.columnIndex !== undefined && issue.columnIndex !== null && issue.row !== null
    ? `Перейти к ячейке ${cellA1(issue.row - 1, issue.columnIndex)}`
    : `Перейти к строке ${issue.row}`;
}

/** «Перейти к ячейке L8: лист «Педагоги», ошибка, «Стаж»»: short; the whole message describes it. */
function goToName(issue: Issue): string {
  const what = [
    `лист «${issue.sheet}»`,
    SEVERITY_LABEL[issue.severity].toLowerCase(),
    issue.column ? `«${issue.column}»` : null,
  ].filter(Boolean);
  return `${goToText(issue)}: ${what.join(", ")}`;
}

export function IssueList({
  issues,
  onShow,
  label = "Найденные ошибки",
}: {
  issues: readonly Issue[];
  /** Without it (a school's file, not the open workbook) the messages are plain lines. */
  onShow?(issue: Issue): void;
  label?: string;
}) {
  const styles = useStyles();
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1
  );
  const shown = sorted.slice(0, MAX_LISTED);
  const id = React.useId();
  return (
    <>
      <ul className={styles.list} aria-label={label}>
        {shown.map((issue, i) => (
          <li key={i}>
            {onShow === undefined ? (
              <Caption1
                className={mergeClasses(
                  styles.line,
                  issue.severity === "error" ? styles.error : styles.warning
                )}
              >
                {text(issue)}
              </Caption1>
            ) : (
              <div
                className={mergeClasses(
                  styles.line,
                  issue.severity === "error" ? styles.error : styles.warning
                )}
              >
                <Caption1 block id={`${id}-${i}`}>
                  {text(issue)}
                </Caption1>
                {issue.row !== null && (
                  <Button
                    size="small"
                    appearance="transparent"
                    className={styles.item}
                    aria-label={goToName(issue)}
                    aria-describedby={`${id}-${i}`}
                    onClick={() => onShow(issue)}
                  >
                    {goToText(issue)}
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {sorted.length > shown.length && (
        <Caption1>{`Показаны первые ${shown.length} из ${sorted.length}; полный список — на листе «Ошибки».`}</Caption1>
      )}
    </>
  );
}
