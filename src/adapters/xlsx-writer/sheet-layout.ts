/**
 * Everything about a sheet that is decided before its XML is written: the
 * extent, each cell's format id (in the ExcelJS adapter's order: dates, column
 * number formats, style ranges, merges, links), the texts that replace values
 * (link texts, table header names) and the merged cells whose value Excel
 * ignores. Formats are kept in one flat array: no object per cell.
 */
import type { CellValue } from "../../core/model";
import type { OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { DATE_FORMAT, excelNumberFormat } from "../ooxml/formats";
import { plainText } from "../ooxml/plain-text";
import { tableColumnNames } from "../ooxml/table-names";
import type { StyleRegistry } from "./style-registry";

export interface SheetLayout {
  rows: number;
  cols: number;
  /** cellXfs index by row * cols + col. */
  formats: Uint32Array;
  /** Text written instead of the model's value (links, table headers), by row * cols + col. */
  texts: Map<number, string>;
  /** Merged cells other than the top-left one: their value is not written. */
  hidden: Set<number>;
  /** cellXfs index of each column's own format (cells typed in later take it). */
  columnFormats: (number | undefined)[];
}

/**
 * The plain value of a model cell: formulas by their result.
 * bounded: one level deep, a formula's result is a plain value by its type.
 */
export function plainOf(cell: OutCell | undefined): CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === "string") return cell === "" ? null : cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell === "boolean") return cell;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell;
  return plainOf(cell.result);
}

export function extentOf(model: SheetModel): { rows: number; cols: number } {
  let rows = model.cells.length;
  let cols = 0;
  for (const row of model.cells) if (row.length > cols) cols = row.length;
  const cover = (r: RangeRef) => {
    rows = Math.max(rows, r.row + r.rows);
    cols = Math.max(cols, r.col + r.cols);
  };
  for (const s of model.styles ?? []) cover(s.range);
  for (const m of model.merges ?? []) cover(m);
  for (const t of model.tables ?? []) cover({ ...t.range, rows: 1 });
  for (const l of model.hyperlinks ?? []) cover({ ...l.cell, rows: 1, cols: 1 });
  if (model.columns?.some((c) => c.numberFormat !== undefined))
    cols = Math.max(cols, model.columns.length);
  return { rows, cols };
}

export function layoutSheet(model: SheetModel, registry: StyleRegistry): SheetLayout {
  const { rows, cols } = extentOf(model);
  const formats = new Uint32Array(rows * cols);
  const paint = (range: RangeRef, layer: number) => {
    for (let r = range.row; r < range.row + range.rows; r += 1) {
      for (
        let c = range.col, i = r * cols + range.col;
        c < range.col + range.cols;
        c += 1, i += 1
      ) {
        formats[i] = registry.apply(formats[i], layer);
      }
    }
  };
  const date = registry.layer({ kind: "numFmt", numFmt: DATE_FORMAT });
  model.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell instanceof Date) formats[r * cols + c] = registry.apply(formats[r * cols + c], date);
    });
  });
  const firstDataRow = (model.headerRow ?? -1) + 1;
  const columnFormats = (model.columns ?? []).map((column, c) => {
    if (column.numberFormat === undefined) return undefined;
    const layer = registry.layer({
      kind: "numFmt",
      numFmt: excelNumberFormat(column.numberFormat),
    });
    const dataRows = model.cells.length - firstDataRow;
    if (dataRows > 0) paint({ row: firstDataRow, col: c, rows: dataRows, cols: 1 }, layer);
    return registry.apply(0, layer);
  });
  for (const { range, style } of model.styles ?? [])
    paint(range, registry.layer({ kind: "style", style }));
  for (const m of model.merges ?? []) {
    if (m.rows < 2 && m.cols < 2) continue;
    const master = formats[m.row * cols + m.col];
    for (let r = m.row; r < m.row + m.rows; r += 1) {
      for (let c = m.col; c < m.col + m.cols; c += 1) formats[r * cols + c] = master;
    }
  }
  const { texts, hidden } = overridesOf(model, cols);
  const link = registry.layer({ kind: "link" });
  for (const l of model.hyperlinks ?? []) {
    const i = l.cell.row * cols + l.cell.col;
    formats[i] = registry.apply(formats[i], link);
  }
  return { rows, cols, formats, texts, hidden, columnFormats };
}

/**
 * Values that differ from the model's: a merged cell other than the top-left
 * one holds nothing; a table's header cells hold its column names (unique, not
 * empty, as Excel requires); a link cell holds its text (the sheet's name when
 * the cell is empty). `cols` is the row stride of the keys.
 */
export function overridesOf(
  model: SheetModel,
  cols: number
): { texts: Map<number, string>; hidden: Set<number> } {
  const texts = new Map<number, string>();
  const hidden = new Set<number>();
  for (const m of model.merges ?? []) {
    if (m.rows < 2 && m.cols < 2) continue;
    for (let r = m.row; r < m.row + m.rows; r += 1) {
      for (let c = m.col; c < m.col + m.cols; c += 1) {
        if (r !== m.row || c !== m.col) hidden.add(r * cols + c);
      }
    }
  }
  for (const table of model.tables ?? []) {
    const { row, col } = table.range;
    const headers = Array.from({ length: table.range.cols }, (_, i) =>
      plainText(plainOf(model.cells[row]?.[col + i])).trim()
    );
    tableColumnNames(headers).forEach((name, i) => texts.set(row * cols + col + i, name));
  }
  for (const l of model.hyperlinks ?? []) {
    const i = l.cell.row * cols + l.cell.col;
    const text = texts.get(i) ?? plainText(plainOf(model.cells[l.cell.row]?.[l.cell.col]));
    texts.set(i, text || l.sheet);
  }
  return { texts, hidden };
}
