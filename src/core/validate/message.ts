/**
 * Builds the Russian message of an issue: where (sheet, row, column), what was
 * found (quoted, shortened) and the check's own text saying what is wrong and how
 * to fix it. Called only when a fault is found, never per healthy cell.
 */
import type { CellValue, Issue } from "../model";
import type { FieldType } from "../schema/types";
import { dateFromDay, dayFromDate, dayFromSerial, formatDay } from "../time/day";
import { CODES, type IssueCode } from "./codes";

export type Params = Readonly<Record<string, string | number>>;

/** Where a fault sits; `raw` is the cell as read (undefined for a row- or sheet-level fault). */
export interface Place {
  file?: string;
  sheet: string;
  row: number | null;
  column: string | null;
  columnIndex?: number | null;
  raw?: CellValue;
}

const MAX_QUOTED = 80;
const PLACEHOLDER = /\{(\w+)\}/g;

/** A cell as a person sees it, on one line, at most ~80 characters. */
export function shownValue(raw: CellValue | undefined): string {
  let text: string;
  if (raw === null || raw === undefined) text = "";
  else if (raw instanceof Date)
    text = Number.isNaN(raw.getTime()) ? "" : formatDay(dayFromDate(raw));
  else if (typeof raw === "boolean") text = raw ? "ИСТИНА" : "ЛОЖЬ";
  else text = String(raw);
  text = text.replace(/\s+/g, " ").trim();
  return text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED - 1)}…` : text;
}

/** Excel serials of 01.01.1900–31.12.2099: a date column's number is a date to a person. */
const SERIAL_MIN = 1;
const SERIAL_MAX = 73_415;

/**
 * The cell as a person saw it in its column: Office.js reads date cells as serial numbers,
 * so a message about «Дата аттестации» quotes «02.10.2019», not «43740».
 */
export function cellAsSeen(raw: CellValue | undefined, type: FieldType): CellValue | undefined {
  if (type !== "date" || typeof raw !== "number") return raw;
  if (raw < SERIAL_MIN || raw > SERIAL_MAX) return raw;
  return dateFromDay(dayFromSerial(raw));
}

export function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

function where(place: Place, value: string): string {
  let head = place.sheet;
  if (place.row !== null) head += `, строка ${place.row}`;
  if (place.column !== null) head += `, «${place.column}»`;
  if (place.raw === undefined) return `${head}: `;
  return value === "" ? `${head}: пусто — ` : `${head}: «${value}» — `;
}

export function makeIssue(place: Place, code: IssueCode, template: string, params?: Params): Issue {
  const value = shownValue(place.raw);
  const issue: Issue = {
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    columnIndex: place.columnIndex ?? null,
    code,
    severity: CODES[code].severity,
    message: where(place, value) + fill(template, params),
  };
  if (place.file !== undefined) issue.file = place.file;
  if (place.raw !== undefined) issue.value = value;
  return issue;
}
