/**
 * The columns an indicator reads must be in the range it is given: a range that stops short
 * (`'Сводные данные'!A1:AO5000` while the sheet runs to AS) would otherwise read the missing
 * column as empty — «Нет» for a yes/no field — and give a wrong figure with no error.
 */
import { entryWorkerFields } from "../core/indicators/compile";
import type { CatalogEntry } from "../core/indicators/measures";
import type { Grid } from "../core/model";
import { findHeaderRow, headerKey } from "../core/read/header";
import { TEACHERS } from "../core/schema/school";
import { fold } from "../core/text/fold";
import { FunctionInputError } from "./errors";

/** The headers of the columns `entry` reads that the grid's header row lacks, in schema order. */
export function missingColumns(grid: Grid, entry: CatalogEntry): string[] {
  const r = findHeaderRow(grid, TEACHERS.keyHeader);
  if (r < 0) return [];
  const present = new Set(grid[r].map(headerKey));
  const needed: ReadonlySet<string> = entryWorkerFields(entry);
  return TEACHERS.fields
    .filter((f) => needed.has(f.key) && !present.has(fold(f.header)))
    .map((f) => f.header);
}

/** Throws #VALUE! naming every missing column an entry reads. */
export function requireNeededColumns(grid: Grid, entry: CatalogEntry): void {
  const missing = missingColumns(grid, entry);
  if (missing.length === 0) return;
  const names = missing.map((h) => `«${h}»`).join(", ");
  const what = missing.length === 1 ? `столбца ${names}, нужного` : `столбцов ${names}, нужных`;
  throw new FunctionInputError(
    `В диапазоне нет ${what} показателю ${entry.code}: выделите таблицу целиком.`
  );
}
