/**
 * The `Ошибки` sheet: every validation message as a row of one table, with a
 * link to the cell where the workbook holds that sheet, errors and warnings
 * coloured, header frozen.
 */
import type { Issue } from "../core/model";
import { ERRORS, SEVERITY_TEXT } from "../core/schema/errors";
import type { HyperlinkModel, OutCell, SheetModel } from "../port/sheet-model";
import { tableSheet } from "./template/table-sheet";
import { cellA1 } from "../core/text/a1";
import { renderIssue } from "../core/validate/message";

const ERROR_FILL = "#FFC7CE";
const WARNING_FILL = "#FFEB9C";

export interface ErrorsSheetOptions {
  /** Sheets of the workbook being written: only their cells get a link. */
  linkSheets?: readonly string[];
}

export function errorsSheet(
  issues: readonly Issue[],
  options: ErrorsSheetOptions = {}
): SheetModel {
  const linkable = new Set(options.linkSheets ?? []);
  const hyperlinks: HyperlinkModel[] = [];
  const rows: OutCell[][] = issues.map((issue, i) => {
    const address = cellAddress(issue);
    if (address && linkable.has(issue.sheet)) {
      hyperlinks.push({ cell: { row: i + 1, col: CELL_COLUMN }, sheet: issue.sheet, address });
    }
    return [
      SEVERITY_TEXT[issue.severity],
      issue.sheet,
      address,
      issue.row,
      issue.column,
      issue.value ?? null,
      renderIssue(issue),
      issue.code,
      issue.file || null,
    ];
  });
  const sheet = tableSheet(ERRORS, { rows });
  const severity = { row: 1, col: 0, rows: Math.max(1, rows.length), cols: 1 };
  return {
    ...sheet,
    styles: [
      ...(sheet.styles ?? []),
      {
        range: { row: 1, col: MESSAGE_COLUMN, rows: severity.rows, cols: 1 },
        style: { wrap: true, vAlign: "top" },
      },
    ],
    hyperlinks,
    conditionalFormats: [
      { range: severity, equals: SEVERITY_TEXT.error, fill: ERROR_FILL },
      { range: severity, equals: SEVERITY_TEXT.warning, fill: WARNING_FILL },
    ],
    tabColor: "#C00000",
  };
}

const CELL_COLUMN = ERRORS.fields.findIndex((f) => f.key === "cell");
const MESSAGE_COLUMN = ERRORS.fields.findIndex((f) => f.key === "message");

/** A1 address of the issue's cell; the row's first cell for a row-level message. */
export function cellAddress(issue: Issue): string | null {
  if (issue.row === null) return null;
  return cellA1(issue.row - 1, issue.columnIndex ?? 0);
}
