/**
 * `Меры`: the measures and management decisions people type in. Read
 * tolerantly (header within the first 10 rows, any column order, folded
 * spellings); a questionable cell is a warning, never a reason to drop the row.
 */
import { TOTAL, type Scope } from "../indicators/types";
import type { Grid, Issue } from "../model";
import { MEASURE_LEVEL, MEASURE_STATUS, MEASURES, fieldByKey } from "../schema";
import { fold, foldedIndex } from "../text/fold";
import type { Day } from "../time/day";
import type { IssueCode } from "../validate/codes";
import { makeIssue } from "../validate/message";
import { cellDay, cellText, findHeader, type HeaderHit } from "./cells";

export type MeasureLevel = (typeof MEASURE_LEVEL)[number];
export type MeasureStatus = (typeof MEASURE_STATUS)[number];
export const MUNICIPAL_LEVEL: MeasureLevel = MEASURE_LEVEL[0];
export const SCHOOL_LEVEL: MeasureLevel = MEASURE_LEVEL[1];
export const CANCELLED: MeasureStatus = MEASURE_STATUS[3];
export const IN_PROGRESS: MeasureStatus = MEASURE_STATUS[1];
export const DONE: MeasureStatus = MEASURE_STATUS[2];

export interface Measure {
  /** Real sheet row, 1-based. */
  row: number;
  measure: string;
  /** Catalog code in its canonical spelling when known, else the text as typed; null when empty. */
  indicator: string | null;
  level: MeasureLevel | null;
  schoolCode: string | null;
  responsible: string | null;
  due: Day | null;
  status: MeasureStatus | null;
  decision: string | null;
}

export interface ReadMeasuresOptions {
  /** Catalog (and custom) indicator codes: an unknown code gets a warning. */
  indicatorCodes?: readonly string[];
}

const header = (key: string): string => fieldByKey(MEASURES, key).header;
const HEADERS = MEASURES.fields.map((f) => f.header);
const LEVELS = foldedIndex(MEASURE_LEVEL);
const STATUSES = foldedIndex(MEASURE_STATUS);

/**
 * The scope a measure acts on: a school-level measure acts on its school, a
 * municipal one on the total. With the level empty, a filled `Код ОО` means the school.
 */
export function measureScope(m: Measure): Scope | null {
  if (m.level === MUNICIPAL_LEVEL) return TOTAL;
  if (m.level === SCHOOL_LEVEL) return m.schoolCode;
  return m.schoolCode ?? TOTAL;
}

export function readMeasures(
  grid: Grid,
  options: ReadMeasuresOptions = {}
): { measures: Measure[]; issues: Issue[] } {
  const hit = findHeader(grid, MEASURES.keyHeader, HEADERS);
  if (!hit) {
    const message = `На листе «${MEASURES.name}» не найдена строка заголовков со столбцом «${MEASURES.keyHeader}» в первых 10 строках: меры не прочитаны.`;
    const empty = grid.every((row) => row.every((c) => cellText(c) === ""));
    return { measures: [], issues: empty ? [] : [sheetIssue("measures/header-missing", message)] };
  }
  const codes = foldedIndex(options.indicatorCodes ?? []);
  const measures: Measure[] = [];
  const issues: Issue[] = [];
  for (let r = hit.row + 1; r < grid.length; r++) {
    const read = readRow(grid, hit, r, codes, options.indicatorCodes !== undefined, issues);
    if (read) measures.push(read);
  }
  return { measures, issues };
}

function readRow(
  grid: Grid,
  hit: HeaderHit,
  r: number,
  codes: Map<string, string>,
  checkCodes: boolean,
  issues: Issue[]
): Measure | null {
  const text = (key: string): string => {
    const col = hit.columns.get(header(key));
    return col === undefined ? "" : cellText(grid[r]?.[col]);
  };
  const values = MEASURES.fields.map((f) => text(f.key));
  if (values.every((v) => v === "")) return null;
  const row = r + 1;
  const warn = (key: string, code: IssueCode, value: string, detail: string): void => {
    const columnIndex = hit.columns.get(header(key)) ?? null;
    const column = header(key);
    issues.push(makeIssue({ sheet: MEASURES.name, row, column, columnIndex, value }, code, detail));
  };
  const measure = text("measure");
  if (measure === "")
    warn(
      "measure",
      "measures/measure-empty",
      "",
      `не указана мера («${header("measure")}»). Строка учтена, но опишите меру.`
    );
  const rawIndicator = text("indicator");
  const indicator = rawIndicator === "" ? null : (codes.get(fold(rawIndicator)) ?? rawIndicator);
  if (checkCodes && indicator !== null && !codes.has(fold(indicator))) {
    warn(
      "indicator",
      "measures/indicator-unknown",
      rawIndicator,
      `«${rawIndicator}» — нет такого кода показателя. Выберите код из списка; эффективность этой меры не оценивается.`
    );
  }
  const level = pick(text("level"), LEVELS, (v) =>
    warn(
      "level",
      "measures/level-unknown",
      v,
      `уровень «${v}» не распознан; допустимо: ${MEASURE_LEVEL.join(", ")}.`
    )
  ) as MeasureLevel | null;
  const status = pick(text("status"), STATUSES, (v) =>
    warn(
      "status",
      "measures/status-unknown",
      v,
      `статус «${v}» не распознан; допустимо: ${MEASURE_STATUS.join(", ")}.`
    )
  ) as MeasureStatus | null;
  const schoolCode = text("schoolCode") || null;
  if (level === SCHOOL_LEVEL && schoolCode === null) {
    warn(
      "schoolCode",
      "measures/school-missing",
      "",
      `мера уровня ОО без кода ОО — укажите «${header("schoolCode")}».`
    );
  }
  const dueCol = hit.columns.get(header("due"));
  const dueCell = dueCol === undefined ? null : (grid[r]?.[dueCol] ?? null);
  const due = cellDay(dueCell);
  if (due === null && text("due") !== "") {
    warn(
      "due",
      "measures/due-invalid",
      text("due"),
      `срок «${text("due")}» не является датой; введите ДД.ММ.ГГГГ.`
    );
  }
  return {
    row,
    measure,
    indicator,
    level,
    schoolCode,
    responsible: text("responsible") || null,
    due,
    status,
    decision: text("decision") || null,
  };
}

function pick(
  value: string,
  index: Map<string, string>,
  onUnknown: (v: string) => void
): string | null {
  if (value === "") return null;
  const canonical = index.get(fold(value));
  if (canonical === undefined) onUnknown(value);
  return canonical ?? null;
}

function sheetIssue(code: IssueCode, detail: string): Issue {
  return makeIssue({ sheet: MEASURES.name, row: null, column: null }, code, detail);
}
