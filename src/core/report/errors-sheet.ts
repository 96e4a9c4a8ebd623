/**
 * `Ошибки`: every issue; a link to its cell when the sheet is in this workbook
 * (a municipality workbook's own sheets), otherwise where to find it as text.
 */
import type { Issue } from "../model";
import { OUTPUT_SHEETS } from "../schema";
import type { HyperlinkModel, OutCell, SheetModel } from "../../port/sheet-model";
import { a1 } from "./kit";
import { HEADER_STYLE } from "./kit";

export const ERROR_HEADERS = ["Файл", "Лист", "Строка", "Столбец", "Код", "Серьёзность", "Значение", "Сообщение", "Где исправить"] as const;
export const SEVERITY_RU = { error: "ошибка", warning: "предупреждение" } as const;

export interface ErrorsOptions {
  /** Sheets of the workbook being written: issues on them get a hyperlink. */
  sheetsHere?: readonly string[];
  /** The workbook's own file name ("" inside Excel): issues of other files are never linked. */
  thisFile?: string;
}

function location(i: Issue): string {
  const parts = [i.file ? `файл «${i.file}»` : null, `лист «${i.sheet}»`, i.row !== null ? `строка ${i.row}` : null, i.column ? `столбец «${i.column}»` : null];
  return parts.filter(Boolean).join(", ");
}

function linkable(i: Issue, opts: ErrorsOptions): boolean {
  const here = opts.sheetsHere ?? [];
  const sameFile = !i.file || i.file === (opts.thisFile ?? "");
  return sameFile && here.includes(i.sheet);
}

export function errorsSheet(issues: readonly Issue[], opts: ErrorsOptions = {}): SheetModel {
  const hyperlinks: HyperlinkModel[] = [];
  const rows: OutCell[][] = issues.map((i, k) => {
    const row = k + 1;
    if (linkable(i, opts)) {
      const address = i.row === null ? "A1" : a1(i.row - 1, i.columnIndex ?? 0);
      hyperlinks.push({ cell: { row, col: ERROR_HEADERS.length - 1 }, sheet: i.sheet, address });
      return [i.file ?? null, i.sheet, i.row, i.column, i.code, SEVERITY_RU[i.severity], i.value ?? null, i.message, `Перейти: ${i.sheet}!${address}`];
    }
    return [i.file ?? null, i.sheet, i.row, i.column, i.code, SEVERITY_RU[i.severity], i.value ?? null, i.message, location(i)];
  });
  const cols = ERROR_HEADERS.length;
  return {
    name: OUTPUT_SHEETS.errors,
    cells: [[...ERROR_HEADERS], ...rows],
    headerRow: 0,
    columns: [24, 20, 8, 24, 24, 14, 20, 80, 40].map((width) => ({ width })),
    freeze: { rows: 1 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols }, style: HEADER_STYLE },
      { range: { row: 1, col: 7, rows: Math.max(1, rows.length), cols: 1 }, style: { wrap: true, vAlign: "top" } },
    ],
    tables: [{ name: "Ошибки", range: { row: 0, col: 0, rows: Math.max(1, rows.length) + 1, cols } }],
    conditionalFormats: [{ range: { row: 1, col: 5, rows: Math.max(1, rows.length), cols: 1 }, equals: SEVERITY_RU.error, fill: "#FFC7CE", fontColor: "#9C0006" }],
    ...(hyperlinks.length ? { hyperlinks } : {}),
  };
}
