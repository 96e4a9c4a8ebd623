/**
 * Reads a worksheet into a Grid: plain values from A1 to the last non-empty
 * cell. Only rows and cells present in the file are visited, so a sheet whose
 * dimension claims a million rows but holds thirty costs thirty rows.
 */
import type ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../core/model";

const MERGE_SLAVE = 1; // ExcelJS.ValueType.Merge: the value lives in the master cell

export function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const cells: { row: number; col: number; value: CellValue }[] = [];
  let lastRow = 0;
  let lastCol = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === MERGE_SLAVE) return;
      const value = plainValue(cell.value);
      if (value === null) return;
      cells.push({ row: rowNumber, col: colNumber, value });
      if (rowNumber > lastRow) lastRow = rowNumber;
      if (colNumber > lastCol) lastCol = colNumber;
    });
  });
  const grid: Grid = [];
  for (let r = 0; r < lastRow; r += 1) grid.push(new Array<CellValue>(lastCol).fill(null));
  for (const { row, col, value } of cells) grid[row - 1][col - 1] = value;
  return grid;
}

/**
 * One ExcelJS cell value as a plain value: formulas by result, rich text as text.
 * bounded: recursion one level deep, into a formula's result or a text that ExcelJS never nests.
 */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value === "" ? null : value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("formula" in v || "sharedFormula" in v) return plainValue(v.result);
  if (Array.isArray(v.richText)) {
    return plainValue((v.richText as { text?: string }[]).map((run) => run.text ?? "").join(""));
  }
  if ("hyperlink" in v || "text" in v) return plainValue(v.text);
  if (typeof v.error === "string") return v.error;
  return null;
}
