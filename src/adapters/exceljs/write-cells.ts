/** Cell values of a SheetModel → ExcelJS values; text always stays text. */
import type ExcelJS from "exceljs";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { DATE_FORMAT, excelNumberFormat } from "../ooxml/formats";

export function excelValue(cell: OutCell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "string" || typeof cell === "boolean" || cell instanceof Date) return cell;
  // Custom functions exist only inside Excel with the add-in: elsewhere write what they gave.
  if (cell.custom) return cell.result;
  const formula = cell.formula.replace(/^=/, "");
  if (cell.result === null) return { formula } as ExcelJS.CellFormulaValue;
  return { formula, result: cell.result } as ExcelJS.CellFormulaValue;
}

/** Writes values, then the column widths and the data cells' number formats. */
export function writeCells(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  model.cells.forEach((cells, r) => {
    if (cells.length === 0) return;
    const row = sheet.getRow(r + 1);
    cells.forEach((cell, c) => {
      const value = excelValue(cell);
      if (value === null) return;
      const target = row.getCell(c + 1);
      target.value = value;
      if (cell instanceof Date) target.numFmt = DATE_FORMAT;
    });
  });
  writeColumns(sheet, model);
}

function writeColumns(sheet: ExcelJS.Worksheet, model: SheetModel): void {
  const firstDataRow = (model.headerRow ?? -1) + 2; // 1-based
  (model.columns ?? []).forEach((column, c) => {
    const target = sheet.getColumn(c + 1);
    if (column.width !== undefined) target.width = column.width;
    if (column.numberFormat === undefined) return;
    const numFmt = excelNumberFormat(column.numberFormat);
    for (let r = firstDataRow; r <= model.cells.length; r += 1) {
      const cell = sheet.getRow(r).getCell(c + 1);
      cell.style = { ...cell.style, numFmt };
    }
    // Cells typed in later (below the data) take the column's format.
    target.style = { ...target.style, numFmt };
  });
}
