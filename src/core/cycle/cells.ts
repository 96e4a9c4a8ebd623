/**
 * Small tolerant readers for the people-filled tables of the management cycle
 * (`Меры`, the custom-indicator block of `Настройки`): find a header row, map
 * headers to columns with `fold`, and read a cell as text, number or day.
 */
import type { CellValue, Grid } from "../model";
import { fold } from "../text/fold";
import { civilDay, dayFromDate, dayFromSerial, type Day } from "../time/day";

/** 0-based position of a header row and the column of each expected header (by fold). */
export interface HeaderHit {
  row: number;
  columns: Map<string, number>;
}

export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).trim();
}

/**
 * The first row among the first `maxRows` whose cells contain `keyHeader`;
 * every expected header found in that row is mapped to its column.
 */
export function findHeader(
  grid: Grid,
  keyHeader: string,
  headers: readonly string[],
  maxRows = 10
): HeaderHit | null {
  const key = fold(keyHeader);
  const wanted = new Map(headers.map((h) => [fold(h), h]));
  for (let r = 0; r < Math.min(grid.length, maxRows); r++) {
    const row = grid[r] ?? [];
    if (!row.some((c) => fold(cellText(c)) === key)) continue;
    const columns = new Map<string, number>();
    row.forEach((c, col) => {
      const header = wanted.get(fold(cellText(c)));
      if (header !== undefined && !columns.has(header)) columns.set(header, col);
    });
    return { row: r, columns };
  }
  return null;
}

/** A number from a number cell or from text with "," or "." as the decimal separator. */
export function cellNumber(value: CellValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = cellText(value).replace(/\s/g, "").replace(",", ".");
  if (text === "" || !/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** A day from a Date, an Excel serial, or text ДД.ММ.ГГГГ / ГГГГ-ММ-ДД; null when unreadable. */
export function cellDay(value: CellValue | undefined): Day | null {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayFromDate(value);
  if (typeof value === "number")
    return value > 0 && value < 2_958_466 ? dayFromSerial(value) : null;
  const text = cellText(value);
  const ru = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const [y, m, d] = ru ? [+ru[3], +ru[2], +ru[1]] : iso ? [+iso[1], +iso[2], +iso[3]] : [0, 0, 0];
  if (y === 0 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const day = civilDay(y, m, d);
  return day === day ? day : null;
}
