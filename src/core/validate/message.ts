/**
 * The one issue factory (`makeIssue`, called only when a fault is found, never per
 * healthy cell) and the Russian rendering of an issue at the edge (`renderIssue`):
 * where (sheet, row, column, in the frame its code names), what was found (quoted,
 * shortened) and the check's own text saying what is wrong and how to fix it.
 */
import type { CellValue, Issue } from "../model";
import { SEVERITY_TEXT } from "../schema/errors";
import type { FieldType } from "../schema/types";
import { cellA1 } from "../text/a1";
import { dateFromDay, dayFromDate, dayFromSerial, formatDay } from "../time/day";
import { ISSUE_CODES, type IssueCode } from "./codes";

export type Params = Readonly<Record<string, string | number>>;

/**
 * Where a fault sits; `raw` is the cell as read (undefined for a row- or sheet-level
 * fault), `value` the value as text when the check already has it so.
 */
export interface Place {
  file?: string;
  sheet: string;
  row: number | null;
  column: string | null;
  columnIndex?: number | null;
  raw?: CellValue;
  value?: string;
  expected?: string;
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

/**
 * Excel serials read as dates in a date column: 01.01.1900–31.12.2100 (one year past
 * time/bounds.ts LAST_DAY, so a slip into 2100 is still quoted as the date typed).
 */
const FIRST_SERIAL = 1;
const LAST_SERIAL = 73_415;

/**
 * The cell as a person saw it in its column: Office.js reads date cells as serial numbers,
 * so a message about «Дата аттестации» quotes «02.10.2019», not «43740».
 */
export function cellAsSeen(raw: CellValue | undefined, type: FieldType): CellValue | undefined {
  if (type !== "date" || typeof raw !== "number") return raw;
  if (raw < FIRST_SERIAL || raw > LAST_SERIAL) return raw;
  return dateFromDay(dayFromSerial(raw));
}

export function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in params ? String(params[name]) : whole
  );
}

/**
 * What a check's params say the cell should hold, as the issue's `expected`: the
 * allowed values, the whole range when the check names both bounds («16–100»), else
 * the one bound it names.
 */
export function expectedOf(params: Params | undefined): string | undefined {
  if (!params) return undefined;
  if (params.allowed !== undefined) return String(params.allowed);
  const { min, max } = params;
  if (min !== undefined && max !== undefined) return `${min}–${max}`;
  const bound = min ?? max;
  return bound === undefined ? undefined : String(bound);
}

/** The one way to make an issue: the code's severity from the table, the place as fields. */
export function makeIssue(place: Place, code: IssueCode, template: string, params?: Params): Issue {
  const issue: Issue = {
    sheet: place.sheet,
    row: place.row,
    column: place.column,
    columnIndex: place.columnIndex ?? null,
    code,
    severity: ISSUE_CODES[code].severity,
    detail: fill(template, params),
  };
  if (place.file !== undefined) issue.file = place.file;
  const value = place.value ?? (place.raw === undefined ? undefined : shownValue(place.raw));
  if (value !== undefined) issue.value = value;
  const expected = place.expected ?? expectedOf(params);
  if (expected !== undefined) issue.expected = expected;
  return issue;
}

function cellFrame(issue: Issue): string {
  let head = issue.sheet;
  if (issue.row !== null) head += `, строка ${issue.row}`;
  if (issue.column !== null) head += `, «${issue.column}»`;
  if (issue.unsavedFormula !== undefined)
    return `${head}: в ячейке ${issue.unsavedFormula} формула без сохранённого значения, программа видит её пустой — `;
  if (issue.value === undefined) return `${head}: `;
  return issue.value === "" ? `${head}: пусто — ` : `${head}: «${issue.value}» — `;
}

/**
 * An issue's severity as a message starts with it (notes, the pane's list): the words of
 * `Ошибки` (SEVERITY_TEXT, the one table), capitalised.
 */
export const SEVERITY_LABEL: Readonly<Record<Issue["severity"], string>> = {
  error: capitalised(SEVERITY_TEXT.error),
  warning: capitalised(SEVERITY_TEXT.warning),
};

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The Russian message of an issue, as printed, written to `Ошибки`, cell notes and JSON. */
export function renderIssue(issue: Issue): string {
  const sheet = `Лист «${issue.sheet}», строка ${issue.row}`;
  switch (ISSUE_CODES[issue.code].frame) {
    case "cell":
      return cellFrame(issue) + issue.detail;
    case "sheet":
      return `${issue.sheet}: ${issue.detail}`;
    case "sheet-row":
      return `${sheet}: ${issue.detail}`;
    case "sheet-row-column":
      return `${sheet}, столбец «${issue.column}»: ${issue.detail}`;
    case "sheet-cell":
      return `Лист «${issue.sheet}», ячейка ${cellA1((issue.row ?? 1) - 1, issue.columnIndex ?? 0)} («${issue.column}»): ${issue.detail}`;
    case "row":
      return `Строка ${issue.row}: ${issue.detail}`;
    case "plain":
      return issue.detail;
  }
}
