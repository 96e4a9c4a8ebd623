/**
 * Calendar dates as whole day numbers (days since 1970-01-01, UTC): cheap to
 * compare in a single pass over 100,000 rows, free of time zones. The calendar
 * arithmetic is allocation-free (Howard Hinnant's days-from-civil algorithms, no
 * Date per call): validating 100,000 rows calls it several times per row. A
 * property test checks it against JavaScript's Date on every day of 1890–2110.
 */
import { FIRST_YEAR, LAST_YEAR } from "./bounds";

export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel's serial 25569 is 1970-01-01 (the 1900 leap-year bug is before it). */
const EXCEL_EPOCH_OFFSET = 25_569;

export function dayOf(year: number, month: number, date: number): Day {
  return daysFromCivil(year, month, date);
}

export function dayFromDate(value: Date): Day {
  // ExcelJS gives dates as UTC midnight; a local-midnight Date is rounded to its calendar day.
  return Math.round(value.getTime() / MS_PER_DAY);
}

export function dayFromSerial(serial: number): Day {
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

export function serialFromDay(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

export function dateFromDay(day: Day): Date {
  return new Date(day * MS_PER_DAY);
}

/** Days between Excel's 1900 and 1904 date systems: the same serial is this much later in 1904. */
export const DAYS_1900_TO_1904 = 1462;

/** A moment as an Excel 1900-system serial, the time of day as the fraction. */
export function serialFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/** An Excel serial (fraction kept; 1904 system when asked) as a moment, rounded to the ms. */
export function dateFromSerial(serial: number, date1904 = false): Date {
  const days = serial - EXCEL_EPOCH_OFFSET + (date1904 ? DAYS_1900_TO_1904 : 0);
  return new Date(Math.round(days * MS_PER_DAY));
}

export interface Ymd {
  year: number;
  month: number;
  date: number;
}

export function ymdOf(day: Day): Ymd {
  const p = packedYmd(day);
  return { year: Math.floor(p / 10000), month: Math.floor(p / 100) % 100, date: p % 100 };
}

/** ДД.ММ.ГГГГ, as Russian users write dates. */
export function formatDay(day: Day): string {
  const { year, month, date } = ymdOf(day);
  return `${String(date).padStart(2, "0")}.${String(month).padStart(2, "0")}.${year}`;
}

/** ГГГГ-ММ-ДД, for JSON. */
export function isoDay(day: Day): string {
  const { year, month, date } = ymdOf(day);
  return `${year}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}

export function daysFromCivil(year: number, month: number, date: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month and date of a day packed as year * 10000 + month * 100 + date. */
export function packedYmd(day: Day): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const date = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10000 + month * 100 + date;
}

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * packedYmd with a one-entry memo per argument role: per row the rules ask for the
 * same birth date twice (age, 14th birthday) and for the period's end on every row.
 */
let memoDay = NaN;
let memoPacked = 0;
let memoAt = NaN;
let memoAtPacked = 0;

function packedOf(day: Day): number {
  if (day !== memoDay) {
    memoPacked = packedYmd(day);
    memoDay = day;
  }
  return memoPacked;
}

function packedOfAt(day: Day): number {
  if (day !== memoAt) {
    memoAtPacked = packedYmd(day);
    memoAt = day;
  }
  return memoAtPacked;
}

/** Years whose month starts are tabulated: the dates of this monitoring. */
const TABLE_FIRST_YEAR = FIRST_YEAR;
const TABLE_LAST_YEAR = LAST_YEAR;
/** Per year 13 days: the first of each month and of the next January. */
const MONTH_STARTS = new Int32Array((TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1) * 13);
for (let year = TABLE_FIRST_YEAR; year <= TABLE_LAST_YEAR; year++) {
  for (let month = 1; month <= 13; month++) {
    MONTH_STARTS[(year - TABLE_FIRST_YEAR) * 13 + month - 1] =
      month === 13 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month, 1);
  }
}

/**
 * The day of a calendar date, or NaN when the month or the day of the month does not
 * exist. Two table loads for 1900–2099 (text dates of 133,000 cells each did the
 * divisions of daysFromCivil); other years computed. Same answers (property-tested).
 */
export function civilDay(year: number, month: number, date: number): number {
  if (month < 1 || month > 12 || date < 1) return NaN;
  if (year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR) {
    const at = (year - TABLE_FIRST_YEAR) * 13 + month - 1;
    const start = MONTH_STARTS[at];
    return date <= MONTH_STARTS[at + 1] - start ? start + date - 1 : NaN;
  }
  return date <= daysInMonth(year, month) ? daysFromCivil(year, month, date) : NaN;
}

/** Full years from `birth` to `at`: a birthday on `at` counts; 29 February → 28 February in common years. */
export function fullYears(birth: Day, at: Day): number {
  const b = packedOf(birth);
  const a = packedOfAt(at);
  const bMonthDate = b % 10000;
  const aMonthDate = a % 10000;
  let years = Math.floor(a / 10000) - Math.floor(b / 10000);
  if (aMonthDate < bMonthDate) years -= 1;
  if (bMonthDate === 229 && aMonthDate === 228 && !isLeap(Math.floor(a / 10000))) years += 1;
  return years;
}

/** Same calendar date `years` later (or earlier); 29 February becomes 28 February. */
export function addYears(day: Day, years: number): Day {
  const p = packedOf(day);
  const year = Math.floor(p / 10000) + years;
  const month = Math.floor(p / 100) % 100;
  const date = Math.min(p % 100, daysInMonth(year, month));
  return daysFromCivil(year, month, date);
}

/** 01.01.1900 and 31.12.2099: the first and last day a date of this monitoring can be. */
export const FIRST_DAY: Day = daysFromCivil(FIRST_YEAR, 1, 1);
export const LAST_DAY: Day = daysFromCivil(LAST_YEAR, 12, 31);
