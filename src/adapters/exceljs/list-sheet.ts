/**
 * The very hidden sheet `_Списки` holds list values too long for an inline
 * validation list: one column per distinct list, reused when the same list
 * is asked for again (so rewriting a sheet does not grow it).
 */
import type ExcelJS from "exceljs";
import { rangeA1, sheetReference } from "../../core/text/a1";
import { LIST_SHEET } from "../ooxml/formats";

export function listSourceRange(workbook: ExcelJS.Workbook, values: readonly string[]): string {
  const sheet = workbook.getWorksheet(LIST_SHEET) ?? createListSheet(workbook);
  const col = findOrAddColumn(sheet, values);
  const rows = Math.max(values.length, 1);
  return sheetReference(
    LIST_SHEET,
    rangeA1({ row: 0, col: col - 1, rows, cols: 1 }, { absolute: true })
  );
}

function createListSheet(workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  return workbook.addWorksheet(LIST_SHEET, { state: "veryHidden" });
}

function findOrAddColumn(sheet: ExcelJS.Worksheet, values: readonly string[]): number {
  const count = sheet.actualColumnCount;
  for (let col = 1; col <= sheet.columnCount; col += 1) {
    if (sameList(sheet.getColumn(col).values, values)) return col;
  }
  const col = count === 0 ? 1 : sheet.columnCount + 1;
  values.forEach((value, i) => {
    sheet.getCell(i + 1, col).value = value;
  });
  return col;
}

function sameList(existing: readonly ExcelJS.CellValue[], values: readonly string[]): boolean {
  const present = existing.slice(1).filter((v) => v !== null && v !== undefined);
  return present.length === values.length && values.every((v, i) => present[i] === v);
}
