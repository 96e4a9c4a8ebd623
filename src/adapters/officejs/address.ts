/** A1 addresses for the 0-based coordinates of the SheetModel. */
import type { RangeRef } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";

export { columnLetters };

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeA1(range: RangeRef): string {
  const first = cellA1(range.row, range.col);
  if (range.rows === 1 && range.cols === 1) return first;
  return `${first}:${cellA1(range.row + range.rows - 1, range.col + range.cols - 1)}`;
}

/** `'Sheet name'!A1`, quotes doubled, as Excel writes references to other sheets. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
