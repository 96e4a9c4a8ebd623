/**
 * Dates: Date objects, Excel serial numbers, or text ДД.ММ.ГГГГ / ГГГГ-ММ-ДД
 * (a trailing time is tolerated). The calendar is checked: 31.02 is not a date.
 * Years outside 1900–2099 are typing mistakes, not dates of this monitoring.
 * Text is scanned by character codes: no regex match array per cell.
 */
import { FIRST_YEAR, LAST_YEAR } from "../../time/bounds";
import {
  FIRST_DAY,
  LAST_DAY,
  civilDay,
  dayFromDate,
  dayFromSerial,
  type Day,
} from "../../time/day";
import { Invalid, trimmed, type Parsed } from "./invalid";

const TIME_TAIL = /^[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?$/;
const DOT = 46;
const SLASH = 47;
const DASH = 45;

export const NOT_A_DATE = "не дата. Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2024.";
const OUT_OF_RANGE = `не дата между ${FIRST_YEAR} и ${LAST_YEAR} годом. Введите дату в виде ДД.ММ.ГГГГ.`;

function fromParts(year: number, month: number, date: number): Day | null {
  const day = civilDay(year, month, date);
  return day === day ? day : null;
}

function inRange(day: Day): Parsed<Day> {
  return day >= FIRST_DAY && day <= LAST_DAY ? day : new Invalid("cell/type", OUT_OF_RANGE);
}

/** Digits of text[from, to) as a number, or -1 when any is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Three numbers separated by `seps`, widths given; returns the end or -1. */
function scan(
  text: string,
  widths: readonly number[][],
  isSep: (code: number) => boolean,
  out: number[]
): number {
  let at = 0;
  for (let part = 0; part < 3; part++) {
    let end = at;
    while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
    const width = end - at;
    if (!widths[part].includes(width)) return -1;
    out[part] = digits(text, at, end);
    if (part < 2) {
      if (end >= text.length || !isSep(text.charCodeAt(end))) return -1;
      at = end + 1;
    } else at = end;
  }
  return at;
}

const DMY_WIDTHS = [[1, 2], [1, 2], [4]];
const ISO_WIDTHS = [[4], [1, 2], [1, 2]];
const parts = [0, 0, 0];
const dmySep = (c: number): boolean => c === DOT || c === SLASH;
const isoSep = (c: number): boolean => c === DASH;

/**
 * The template's own form ДД.ММ.ГГГГ (exactly 10 characters) read directly; NaN for
 * anything else, which then takes the general scan. Accepts a subset of what the
 * scan accepts and gives the same day (a property test compares them).
 */
export function dayFromDmy10(text: string): number {
  if (text.length !== 10 || text.charCodeAt(2) !== DOT || text.charCodeAt(5) !== DOT) return NaN;
  const date = digits(text, 0, 2);
  const month = digits(text, 3, 5);
  const year = digits(text, 6, 10);
  if (date < 0 || month < 0 || year < 0) return NaN;
  return civilDay(year, month, date);
}

function fromText(raw: string): Parsed<Day> {
  const text = trimmed(raw);
  if (text === null) return null;
  const direct = dayFromDmy10(text);
  if (direct === direct) return inRange(direct);
  let day: Day | null = null;
  let end = scan(text, DMY_WIDTHS, dmySep, parts);
  if (end > 0) day = fromParts(parts[2], parts[1], parts[0]);
  else if ((end = scan(text, ISO_WIDTHS, isoSep, parts)) > 0)
    day = fromParts(parts[0], parts[1], parts[2]);
  if (day !== null && end < text.length && !TIME_TAIL.test(text.slice(end))) day = null;
  return day === null ? new Invalid("cell/type", NOT_A_DATE) : inRange(day);
}

export function parseDate(raw: unknown): Parsed<Day> {
  if (typeof raw === "number") {
    return Number.isFinite(raw)
      ? inRange(dayFromSerial(raw))
      : new Invalid("cell/type", NOT_A_DATE);
  }
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isNaN(time) ? new Invalid("cell/type", NOT_A_DATE) : inRange(dayFromDate(raw));
  }
  if (typeof raw === "string") return fromText(raw);
  if (raw === null || raw === undefined) return null;
  return new Invalid("cell/type", NOT_A_DATE);
}
