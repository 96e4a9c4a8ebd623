/**
 * Finding the header row and the columns of a table sheet: the header row is the
 * first of the first 10 rows holding the sheet's key header; columns are matched
 * by tolerant header text in any order.
 */
import type { CellValue, Grid } from "../model";
import type { FieldSpec } from "../schema/types";
import { fold } from "../text/fold";
import { textOf } from "../validate/cell/text";

export const HEADER_SEARCH_ROWS = 10;

export function headerKey(cell: CellValue | undefined): string {
  const text = textOf(cell);
  return text === null ? "" : fold(text);
}

/** 0-based index of the header row, or -1. */
export function findHeaderRow(grid: Grid, keyHeader: string): number {
  const key = fold(keyHeader);
  const rows = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < rows; r++) {
    const cells = grid[r];
    if (!Array.isArray(cells)) continue;
    for (let c = 0; c < cells.length; c++) if (headerKey(cells[c]) === key) return r;
  }
  return -1;
}

export interface ColumnMap {
  /** sheet column of each field (schema order), -1 when absent */
  readonly columnOf: Int32Array;
  readonly extras: ReadonlyArray<{ index: number; header: string }>;
  readonly duplicates: ReadonlyArray<{ index: number; header: string }>;
}

export function mapColumns(header: readonly CellValue[], fields: readonly FieldSpec[]): ColumnMap {
  const byKey = new Map<string, number>();
  fields.forEach((field, i) => byKey.set(fold(field.header), i));
  const columnOf = new Int32Array(fields.length).fill(-1);
  const extras: { index: number; header: string }[] = [];
  const duplicates: { index: number; header: string }[] = [];
  for (let c = 0; c < header.length; c++) {
    const key = headerKey(header[c]);
    if (key === "") continue;
    const field = byKey.get(key);
    const text = textOf(header[c]) ?? "";
    if (field === undefined) extras.push({ index: c, header: text });
    else if (columnOf[field] >= 0) duplicates.push({ index: c, header: text });
    else columnOf[field] = c;
  }
  return { columnOf, extras, duplicates };
}
