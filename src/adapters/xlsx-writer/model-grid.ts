/**
 * A kept sheet model read as the ExcelJS adapter reads a written sheet (plain
 * values, link texts, table header names, merged cells empty, trailing blanks
 * dropped), and rows appended to it.
 */
import type { CellValue, Grid } from "../../core/model";
import type { SheetModel } from "../../port/sheet-model";
import { extentOf, overridesOf, plainOf } from "./sheet-layout";

/** The value shown at (row, col) once written; `stride` is the extent's column count. */
export function valueReader(model: SheetModel): (row: number, col: number) => CellValue {
  const { cols } = extentOf(model);
  const { texts, hidden } = overridesOf(model, cols);
  return (row, col) => {
    if (col >= cols) return null;
    const i = row * cols + col;
    const text = texts.get(i);
    if (text !== undefined) return text === "" ? null : text;
    return hidden.has(i) ? null : plainOf(model.cells[row]?.[col]);
  };
}

export function gridOf(model: SheetModel): Grid {
  const { rows, cols } = extentOf(model);
  const valueAt = valueReader(model);
  const values: CellValue[][] = [];
  let lastRow = 0;
  let lastCol = 0;
  for (let r = 0; r < rows; r += 1) {
    const row: CellValue[] = [];
    for (let c = 0; c < cols; c += 1) {
      const v = valueAt(r, c);
      row.push(v);
      if (v !== null) {
        lastRow = r + 1;
        if (c + 1 > lastCol) lastCol = c + 1;
      }
    }
    values.push(row);
  }
  return values.slice(0, lastRow).map((row) => row.slice(0, lastCol));
}

/**
 * Rows below the last row holding a value; a single table that reaches that
 * row grows over the new rows. (New cells get no formats but the date format
 * of dates: only the add-in appends, to people's workbooks, through Office.js.)
 */
export function appendToModel(model: SheetModel, rows: SheetModel["cells"]): SheetModel {
  if (rows.length === 0) return model;
  const valueAt = valueReader(model);
  let lastUsed = 0; // 1-based
  model.cells.forEach((row, r) => {
    if (row.some((_c, c) => valueAt(r, c) !== null)) lastUsed = r + 1;
  });
  const cells = [...model.cells.slice(0, lastUsed), ...rows];
  const tables = model.tables ?? [];
  if (tables.length !== 1) return { ...model, cells };
  const range = tables[0].range;
  const tableEnd = range.row + range.rows;
  const newEnd = lastUsed + rows.length;
  if (tableEnd < lastUsed || newEnd <= tableEnd) return { ...model, cells };
  return {
    ...model,
    cells,
    tables: [{ ...tables[0], range: { ...range, rows: newEnd - range.row } }],
  };
}
