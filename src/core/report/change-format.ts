/**
 * A change since the previous period in its unit (indicators.md): a share's in percentage
 * points («п. п.»), a count's in its unit, always signed. The cell stays a number.
 */
import type { CellStyle, RangeRef } from "../../port/sheet-model";

const WHOLE_UNITS = new Set(["человек", "единиц"]);

export function changeFormat(unit: string): string {
  // «на 100 педагогов» would not fit a trend column: «+0,4 на 100 пед.».
  const suffix = unit === "%" ? "п. п." : unit === "на 100 педагогов" ? "на 100 пед." : unit;
  const digits = WHOLE_UNITS.has(unit) ? "0" : "0.0";
  return [`+${digits}`, `-${digits}`, digits].map((f) => `${f}" ${suffix}"`).join(";");
}

/** One style per row: rows of one column may hold changes of different units. */
export function changeFormatStyles(
  firstRow: number,
  col: number,
  units: readonly string[]
): { range: RangeRef; style: CellStyle }[] {
  return units.map((unit, i) => ({
    range: { row: firstRow + i, col, rows: 1, cols: 1 },
    style: { numberFormat: changeFormat(unit) },
  }));
}
