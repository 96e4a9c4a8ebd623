/** A1 addresses and colours in the form ExcelJS and the OOXML files use. */
import type { CellRef, RangeRef } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";

export { columnLetters };

export function cellAddress(cell: CellRef, absolute = false): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetters(cell.col)}${$}${cell.row + 1}`;
}

export function rangeAddress(range: RangeRef, absolute = false): string {
  const first = cellAddress(range, absolute);
  const last = cellAddress(
    { row: range.row + range.rows - 1, col: range.col + range.cols - 1 },
    absolute
  );
  return first === last && !absolute ? first : `${first}:${last}`;
}

/** "A1:C5" (or "$A$1:$C$5", or "A1") → a 0-based range. */
export function parseRange(address: string): RangeRef {
  const [first, last = first] = address.replace(/\$/g, "").split(":");
  const a = parseCell(first);
  const b = parseCell(last);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

export function parseCell(address: string): CellRef {
  const match = /^([A-Z]+)(\d+)$/i.exec(address.replace(/\$/g, ""));
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** A sheet name as formulas quote it: 'Лист 1'!… (inner quotes doubled). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "#RRGGBB" → "FFRRGGBB" (ExcelJS argb). */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Not a #RRGGBB colour: ${color}`);
  return `FF${hex}`;
}

/** "FFRRGGBB" or "RRGGBB" → "#RRGGBB"; anything else null. */
export function hexOfArgb(argb: string | undefined): string | null {
  if (!argb) return null;
  const hex = argb.toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  return null;
}
