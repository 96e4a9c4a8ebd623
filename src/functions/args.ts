/**
 * Arguments as Excel passes them to custom functions: ranges as 2-D arrays,
 * dates as serial numbers, empty cells as "" (or null), omitted optional
 * arguments as null or undefined.
 */
import type { CellValue, Grid, Period } from "../core/model";
import { PASSPORT } from "../core/schema/school";
import { fold } from "../core/text/fold";
import { formatDay, type Day } from "../core/time/day";
import { parseDate } from "../core/validate/cell/date";
import { FunctionInputError } from "./errors";

export type RangeArg = unknown[][] | null | undefined;

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

/** An optional scalar: null when omitted or empty (a 1×1 range counts as its cell). */
export function optionalScalar(v: unknown): CellValue {
  const cell = Array.isArray(v) ? (v[0] as unknown[] | undefined)?.[0] : v;
  return isEmpty(cell) ? null : (cell as CellValue);
}

export function optionalText(v: unknown): string | null {
  const cell = optionalScalar(v);
  return cell === null ? null : String(cell).trim();
}

export function requiredText(v: unknown, what: string): string {
  const text = optionalText(v);
  if (text === null) throw new FunctionInputError(`Укажите ${what}.`);
  return text;
}

/** A range argument as a Grid; null when omitted or entirely empty. */
export function optionalGrid(v: RangeArg | unknown): Grid | null {
  if (v === null || v === undefined) return null;
  const grid = (Array.isArray(v) ? (Array.isArray(v[0]) ? v : [v]) : [[v]]) as CellValue[][];
  return grid.every((row) => row.every(isEmpty)) ? null : grid;
}

export function requiredGrid(v: unknown, what: string): Grid {
  const grid = optionalGrid(v);
  if (grid === null) throw new FunctionInputError(`Передайте ${what}.`);
  return grid;
}

export function dayArg(v: unknown, what: string): Day {
  const cell = optionalScalar(v);
  const day = parseDate(cell);
  if (typeof day !== "number") {
    throw new FunctionInputError(
      `${what}: «${cell ?? ""}» не дата. Укажите ячейку с датой или текст ДД.ММ.ГГГГ.`
    );
  }
  return day;
}

const START_LABEL = fold(PASSPORT.fields.find((f) => f.key === "periodStart")?.header ?? "");
const END_LABEL = fold(PASSPORT.fields.find((f) => f.key === "periodEnd")?.header ?? "");

/** The value right of a passport label, if the range is (part of) `Паспорт ОО`. */
function labelled(grid: Grid, label: string): CellValue | undefined {
  for (const row of grid) {
    for (let c = 0; c < row.length; c++) {
      if (typeof row[c] === "string" && fold(row[c] as string) === label) {
        return row.slice(c + 1).find((x) => !isEmpty(x)) ?? null;
      }
    }
  }
  return undefined;
}

/** Start and end dates of a period, read from two cells. */
function periodOf(startCell: unknown, endCell: unknown): Period {
  const start = dayArg(startCell, "Начало отчётного периода");
  const end = dayArg(endCell, "Конец отчётного периода");
  if (end < start) {
    throw new FunctionInputError(
      `Период: конец ${formatDay(end)} раньше начала ${formatDay(start)}.`
    );
  }
  return { start, end };
}

/**
 * The period under the passport's labels (`Начало отчётного периода` / `Конец отчётного
 * периода`) anywhere in a grid — `Паспорт ОО`, or the calculation block above
 * `Сводные данные`; undefined when neither label is there.
 */
export function labelledPeriod(grid: Grid): Period | undefined {
  const startCell = labelled(grid, START_LABEL);
  const endCell = labelled(grid, END_LABEL);
  if (startCell === undefined && endCell === undefined) return undefined;
  return periodOf(startCell ?? null, endCell ?? null);
}

/**
 * The `period` argument: the `Паспорт ОО` range (labels `Начало отчётного периода` /
 * `Конец отчётного периода` with their values), or two cells (start, end) in a row or
 * a column. Omitted: null — indicators that need the period then say so.
 */
export function periodArg(v: unknown): Period | null {
  const grid = optionalGrid(v);
  if (grid === null) return null;
  const fromLabels = labelledPeriod(grid);
  if (fromLabels !== undefined) return fromLabels;
  const cells = grid.flat().filter((x) => !isEmpty(x));
  if (cells.length !== 2) {
    throw new FunctionInputError(
      "Период: передайте диапазон листа «Паспорт ОО» или две ячейки с датами начала и конца отчётного периода."
    );
  }
  return periodOf(cells[0], cells[1]);
}
