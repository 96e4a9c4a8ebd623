/**
 * Dates: Date objects, Excel serial numbers, or text ДД.ММ.ГГГГ / ГГГГ-ММ-ДД
 * (a trailing time is tolerated). The calendar is checked: 31.02 is not a date.
 * Years outside 1900–2099 are typing mistakes, not dates of this monitoring.
 */
import { dayFromDate, dayFromSerial, dayOf, isLeap, type Day } from "../../time/day";
import { Invalid, type Parsed } from "./invalid";

const MIN_DAY = dayOf(1900, 1, 1);
const MAX_DAY = dayOf(2099, 12, 31);
const TIME = "(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?";
const DMY = new RegExp(`^(\\d{1,2})[./](\\d{1,2})[./](\\d{4})${TIME}$`);
const ISO = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}$`);
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const NOT_A_DATE = "не дата. Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2024.";
const OUT_OF_RANGE = "не дата между 1900 и 2099 годом. Введите дату в виде ДД.ММ.ГГГГ.";

function fromParts(year: number, month: number, date: number): Day | null {
  if (month < 1 || month > 12 || date < 1) return null;
  const last = month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1];
  return date > last ? null : dayOf(year, month, date);
}

function inRange(day: Day): Parsed<Day> {
  return day >= MIN_DAY && day <= MAX_DAY ? day : new Invalid("cell/type", OUT_OF_RANGE);
}

function fromText(raw: string): Parsed<Day> {
  const text = raw.trim();
  if (text === "") return null;
  let day: Day | null = null;
  let m = DMY.exec(text);
  if (m) day = fromParts(+m[3], +m[2], +m[1]);
  else if ((m = ISO.exec(text))) day = fromParts(+m[1], +m[2], +m[3]);
  return day === null ? new Invalid("cell/type", NOT_A_DATE) : inRange(day);
}

export function parseDate(raw: unknown): Parsed<Day> {
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? inRange(dayFromSerial(raw)) : new Invalid("cell/type", NOT_A_DATE);
  }
  if (raw instanceof Date) {
    const time = raw.getTime();
    return Number.isNaN(time) ? new Invalid("cell/type", NOT_A_DATE) : inRange(dayFromDate(raw));
  }
  if (typeof raw === "string") return fromText(raw);
  if (raw === null || raw === undefined) return null;
  return new Invalid("cell/type", NOT_A_DATE);
}
