/**
 * The sheets that belong to people: `Настройки` (targets, parameters, custom
 * indicators), `Меры` and `Правила рекомендаций`. The report reads them before
 * it computes, creates them only when absent, and never writes over them.
 */
import { codeKey } from "../../core/text/code-key";
import {
  CATALOG_CODES,
  defaultOfficialDetails,
  defaultSettings,
  readSettings,
} from "../../core/indicators";
import { findOfficialBlock } from "../../core/indicators/settings";
import { officialBlockRows } from "../../core/indicators/settings-sheet";
import type { OutCell } from "../../port/sheet-model";
import type { Settings, ShareDefinition } from "../../core/indicators";
import { readCustomIndicators, readMeasures, type Measure } from "../../core/cycle";
import type { Grid, Issue } from "../../core/model";
import { readRecommendationRules, type RecommendationRule } from "../../core/recommend";
import { MEASURES, RULE_TEXTS, SCHOOL_LIST, SCHOOLS, TARGETS, fieldByKey } from "../../core/schema";
import { readSchoolList, type ExpectedSchool } from "../../core/consolidate";
import type { WorkbookPort } from "../../port/workbook-port";
import { sameSheet } from "../registry";
import { appendAll } from "../../core/arrays";

export interface PeopleSheets {
  settings: Settings;
  custom: ShareDefinition[];
  measures: Measure[];
  /** The edited rule set; undefined when the workbook has no rules sheet (the defaults apply). */
  rules?: RecommendationRule[];
  /** Russian warnings about what could not be read (the defaults stay). */
  issues: Issue[];
  /**
   * The `Код ОО` of the workbook's `ОО` sheet (the schools a person expects, or the last
   * consolidation's): the справка's «из N». Undefined when the workbook has no such list.
   */
  expectedSchools?: string[];
  /**
   * The schools `Сбор данных` expects: the workbook's `Список ОО` (the methodologist's), else
   * its `ОО` (the last consolidation's); undefined when it has neither.
   */
  schoolList?: ExpectedSchool[];
  /** True when the workbook has `Список ОО` (never created again). */
  hasSchoolList?: boolean;
  /** True when that `Список ОО` has no code yet (a `template municipality` workbook): filled once. */
  schoolListEmpty?: boolean;
  /** Which of the sheets the workbook already holds: those are never created again. */
  present: { settings: boolean; measures: boolean; rules: boolean };
}

export function defaultPeople(): PeopleSheets {
  return {
    settings: defaultSettings(),
    custom: [],
    measures: [],
    issues: [],
    present: { settings: false, measures: false, rules: false },
  };
}

async function gridOf(
  port: WorkbookPort,
  names: readonly string[],
  wanted: string
): Promise<Grid | null> {
  const name = names.find((n) => sameSheet(n, wanted));
  return name === undefined ? null : port.readSheet(name);
}

/** The list's codes once each by codeKey (a row repeated as «OO-1» is the same school, named in `Сбор данных`). */
export function expectedCodes(list: readonly { code: string }[]): string[] {
  const seen = new Set<string>();
  return list.flatMap(({ code }) =>
    seen.has(codeKey(code)) || !seen.add(codeKey(code)) ? [] : [code]
  );
}

/** The codes under the `Код ОО` header of the `ОО` sheet, each once; undefined when none. */
export function schoolCodesOf(grid: Grid): string[] | undefined {
  const header = fieldByKey(SCHOOLS, "schoolCode").header;
  for (let r = 0; r < Math.min(grid.length, 10); r++) {
    const col = grid[r].findIndex((v) => typeof v === "string" && v.trim() === header);
    if (col < 0) continue;
    const codes = new Set<string>();
    for (const row of grid.slice(r + 1)) {
      const v = row[col];
      if (v !== null && v !== undefined && String(v).trim() !== "") codes.add(String(v).trim());
    }
    return codes.size ? [...codes] : undefined;
  }
  return undefined;
}

/** Reads `Настройки` (with its custom indicators) from a workbook; null when it has none. */
export async function readSettingsSheet(
  port: WorkbookPort,
  file?: string
): Promise<{ settings: Settings; custom: ShareDefinition[]; issues: Issue[] } | null> {
  const grid = await gridOf(port, await port.sheetNames(), TARGETS.name);
  if (grid === null) return null;
  const custom = readCustomIndicators(grid, CATALOG_CODES);
  const known = [...CATALOG_CODES, ...custom.definitions.map((d) => d.code)];
  const read = readSettings(grid, known);
  const issues = [...read.issues, ...custom.issues].map((i) => (file ? { ...i, file } : i));
  return { settings: read.settings, custom: custom.definitions, issues };
}

/** Everything people keep in the workbook the report is written into. */
export async function readPeopleSheets(port: WorkbookPort | null): Promise<PeopleSheets> {
  const people = defaultPeople();
  if (port === null) return people;
  const names = await port.sheetNames();
  const settings = await readSettingsSheet(port);
  if (settings) {
    people.settings = settings.settings;
    people.custom = settings.custom;
    appendAll(people.issues, settings.issues);
    people.present.settings = true;
  }
  const codes = [...CATALOG_CODES, ...people.custom.map((d) => d.code)];
  const measures = await gridOf(port, names, MEASURES.name);
  if (measures !== null) {
    const read = readMeasures(measures, { indicatorCodes: codes });
    people.measures = read.measures;
    appendAll(people.issues, read.issues);
    people.present.measures = true;
  }
  const list = await gridOf(port, names, SCHOOL_LIST.name);
  const listed = list === null ? null : readSchoolList(list);
  people.hasSchoolList = list !== null;
  // An empty list (headers only, as `template municipality` makes it) expects nobody yet.
  const empty = listed !== null && listed.length === 0;
  if (empty) people.schoolListEmpty = true;
  const schools = listed === null || empty ? await gridOf(port, names, SCHOOLS.name) : null;
  const previous = schools === null ? null : readSchoolList(schools);
  // A list without a code (an empty template's `ОО` too) expects nobody: the schools received are.
  const nonEmpty = (l: ExpectedSchool[] | null): ExpectedSchool[] | null =>
    l !== null && l.length > 0 ? l : null;
  const expected = nonEmpty(listed) ?? nonEmpty(previous);
  if (expected !== null) {
    people.schoolList = expected;
    const codes = expectedCodes(expected);
    if (codes.length) people.expectedSchools = codes;
  }
  const rules = await gridOf(port, names, RULE_TEXTS.name);
  if (rules !== null) {
    const read = readRecommendationRules(rules);
    people.rules = read.rules;
    appendAll(people.issues, read.issues);
    people.present.rules = true;
  }
  return people;
}

/**
 * Rows to append to a person's `Настройки` made before the «Реквизиты документов»
 * block existed: an empty row, then the block with the defaults (label in the
 * first column, value in the second), below everything she has; null when the
 * block is there (wherever she moved it).
 */
export function settingsAppendix(grid: Grid): OutCell[][] | null {
  if (findOfficialBlock(grid) !== null) return null;
  return [[], ...officialBlockRows(defaultOfficialDetails())];
}

/**
 * Adds the missing block to the workbook's `Настройки` the way drafts are added to
 * `Меры` (port.appendRows; the .xlsx patch writer edits only that sheet's rows):
 * nothing she typed is touched. "present": nothing to do; "appended";
 * "unsupported": the writer refused (e.g. a chart sheet of that name), so the
 * defaults apply until she adds the block.
 */
export async function completeSettingsSheet(
  port: WorkbookPort,
  name: string
): Promise<"present" | "appended" | "unsupported"> {
  try {
    const rows = settingsAppendix(await port.readSheet(name));
    if (rows === null) return "present";
    await port.appendRows(name, rows);
    return "appended";
  } catch {
    return "unsupported";
  }
}

/** What the person reads when the block could not be added for her. */
export function missingOfficialNote(sheet: string): string {
  return (
    `В листе «${sheet}» нет блока «Реквизиты документов» (орган управления, подписывающий, контакт, ` +
    `срок ответа, ответственный по умолчанию): действуют значения по умолчанию. Добавьте блок — два столбца ` +
    `«Реквизиты документов» и «Значение» — или создайте лист заново командой template municipality.`
  );
}

export { settingsSheetWithCustom } from "../template/settings-sheet";
