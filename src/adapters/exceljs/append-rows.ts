/**
 * Appends rows below a sheet's last used row, keeping its look: new cells take
 * the style of the cell above (unless that is the header), and a table that
 * covers the data grows over the new rows.
 */
import type ExcelJS from "exceljs";
import type { SheetModel } from "../../port/sheet-model";
import { plainValue } from "./read-grid";
import { DATE_FORMAT } from "../ooxml/formats";
import { extendTable, tableRange } from "./tables";
import { excelValue } from "./write-cells";
import { tablesOf } from "./internals";

export function appendRows(sheet: ExcelJS.Worksheet, rows: SheetModel["cells"]): void {
  if (rows.length === 0) return;
  const lastUsed = lastUsedRow(sheet); // 1-based, 0 when empty
  const tables = tablesOf(sheet);
  const isHeader = tables.some((t) => tableRange(t).row + 1 === lastUsed);
  const source = lastUsed > 1 && !isHeader ? sheet.getRow(lastUsed) : undefined;
  rows.forEach((cells, i) => {
    const row = sheet.getRow(lastUsed + 1 + i);
    cells.forEach((cell, c) => {
      const target = row.getCell(c + 1);
      if (source && Object.keys(target.style).length === 0) {
        target.style = structuredClone(source.getCell(c + 1).style);
      }
      target.value = excelValue(cell);
      if (cell instanceof Date && !target.numFmt) target.numFmt = DATE_FORMAT;
    });
  });
  if (tables.length === 1) {
    const range = tableRange(tables[0]);
    const tableEnd = range.row + range.rows; // 1-based last row
    const newEnd = lastUsed + rows.length;
    if (tableEnd >= lastUsed && newEnd > tableEnd) extendTable(tables[0], newEnd - 1);
  }
}

export function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (!used && plainValue(cell.value) !== null) used = true;
    });
    if (used) last = rowNumber;
  });
  return last;
}
