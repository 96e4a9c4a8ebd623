/** Excel tables: header row, filter buttons, no totals row, valid unique names. */
import type ExcelJS from "exceljs";
import type { RangeRef, TableModel } from "../../port/sheet-model";
import { cellA1, parseRangeA1, rangeA1 } from "../../core/text/a1";
import { tablesOf, type TableInternals } from "./internals";
import { tableColumnNames } from "../ooxml/table-names";

export function tableNamesIn(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  for (const sheet of workbook.worksheets) {
    for (const table of tablesOf(sheet)) names.add(table.model.name.toLowerCase());
  }
  return names;
}

/**
 * Adds the table over values already written to the sheet. Header cells must be
 * unique text in Excel: an empty or repeated header gets a «Столбец N» name.
 * A table needs one data row, so a header-only range gets an empty row.
 */
export function addTable(sheet: ExcelJS.Worksheet, model: TableModel, name: string): void {
  const { range } = model;
  const headers = Array.from({ length: range.cols }, (_, i) =>
    headerText(sheet.getCell(range.row + 1, range.col + i + 1).value)
  );
  const columns = tableColumnNames(headers).map((name) => ({ name, filterButton: true }));
  // ExcelJS rewrites every row given to addTable: give it the first one and
  // stretch the table over the rest, which are already on the sheet.
  const firstRow = columns.map((_c, i) => sheet.getCell(range.row + 2, range.col + i + 1).value);
  sheet.addTable({
    name,
    displayName: name,
    ref: cellA1(range.row, range.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: (model.style ?? "TableStyleMedium2") as never, showRowStripes: true },
    columns,
    rows: [firstRow],
  });
  const table = tablesOf(sheet).find((t) => t.model.name === name);
  if (table && range.rows > 2) extendTable(table, range.row + range.rows - 1);
}

function headerText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "richText" in value) {
    return value.richText
      .map((run) => run.text)
      .join("")
      .trim();
  }
  return String(value).trim();
}

/** The range of a table, whether made in this session or loaded from a file. */
export function tableRange(table: TableInternals): RangeRef {
  const { model } = table;
  return parseRangeA1(model.tableRef ?? model.ref ?? "A1");
}

/** Grows a table (and its filter) down to `lastRow` (0-based, inclusive). */
export function extendTable(table: TableInternals, lastRow: number): void {
  const range = tableRange(table);
  const grown: RangeRef = { ...range, rows: lastRow - range.row + 1 };
  const { model } = table;
  model.tableRef = rangeA1(grown);
  model.autoFilterRef = rangeA1(grown);
}
