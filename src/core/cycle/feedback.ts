/**
 * Feedback to one school («адресные рекомендации направляются субъектам
 * мониторинга»): its indicators beside the municipality's values and targets,
 * its recommendations, its part of `План ПК` and its measures. Everything is
 * filtered by the school's code, so nothing about other schools' workers can
 * appear; names are left out unless asked for.
 */
import { CATALOG } from "../indicators/catalog";
import type { Profile } from "../indicators/profiles";
import { TOTAL, type IndicatorResult, type Settings } from "../indicators/types";
import type { Issue, Period } from "../model";
import type { PlanEntry } from "../plan/plan";
import { perWorker, ruleTitle } from "../recommend/per-worker";
import { TO_FILL } from "../recommend/responsible";
import type { Recommendation, RecommendationRule } from "../recommend/types";
import { MEASURES, OUTPUT_SHEETS } from "../schema";
import { fold } from "../text/fold";
import { addYears, dateFromDay, formatDay, type Day } from "../time/day";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { DATE_FORMAT, ONE_DECIMAL } from "../report/kit";
import { statusRules } from "../report/status-style";
import { measureScope, type Measure } from "./measures";
import { SectionSheet } from "./sections";
import { feedbackErrorsSheet, resendByText } from "./feedback-errors";

export interface FeedbackInput {
  results: readonly IndicatorResult[];
  recommendations: readonly Recommendation[];
  plan: readonly PlanEntry[];
  measures: readonly Measure[];
  settings: Settings;
  profile: Profile;
  schoolName?: string | null;
  /** Titles of custom indicators (the catalog's are known). */
  titles?: ReadonlyMap<string, string>;
  /** Show ФИО where filled (only when the user asked for names). */
  names?: boolean;
  /** The report's period: the answer is due by the next period's end unless Настройки says. */
  period?: Period | null;
  /** The rule set in force (edited titles); the defaults when absent. */
  rules?: readonly RecommendationRule[];
  /**
   * The school's own validation messages and the file it sent: with an error among them
   * (its file «Сдан с ошибками»), the workbook opens with `Ошибки` — what to fix, by when.
   */
  issues?: readonly Issue[];
  file?: string;
  /** Its rows left out of the indicators because of errors (the reminder says only what is true). */
  excludedRows?: number;
}

export const FEEDBACK_SHEETS = {
  indicators: "Показатели ОО",
  recommendations: OUTPUT_SHEETS.recommendations,
  plan: OUTPUT_SHEETS.trainingPlan,
  measures: MEASURES.name,
} as const;

export function feedbackWorkbook(schoolCode: string, input: FeedbackInput): SheetModel[] {
  const key = fold(schoolCode);
  const heading = `${schoolCode}${input.schoolName ? ` — ${input.schoolName}` : ""}`;
  const errors = feedbackErrorsSheet(heading, input.issues ?? [], {
    file: input.file ?? "",
    excludedRows: input.excludedRows ?? 0,
    replyBy: resendByText(input.settings.official),
    contact: input.settings.official.contact,
  });
  return [
    ...(errors ? [errors] : []),
    indicatorsSheet(schoolCode, heading, input, key),
    recommendationsSheet(heading, ofScope(input.recommendations, recommendationScope, key), input),
    planSheet(heading, ofScope(input.plan, planScope, key), input.names === true),
    measuresSheet(heading, ofScope(input.measures, measureScope, key)),
  ];
}

const recommendationScope = (r: Recommendation): string | null => r.scope;
const planScope = (p: PlanEntry): string | null => p.schoolCode;
const resultScope = (r: IndicatorResult): string | null => r.scope;
/** The municipality's own results, matched exactly (a school may be coded «TOTAL»). */
const totalScope = (r: IndicatorResult): string | null => (r.scope === TOTAL ? TOTAL : null);

/**
 * The items of one school, in their order. Each list is grouped by folded
 * school code once and kept while the list lives, so feedback for every
 * school costs one pass over the report's lists, not one per school (issue 11:
 * 10,000 schools × 610,000 recommendations was 6 billion comparisons).
 * `scopeOf` must be one of the constants above: the groups are kept per list and function.
 */
function ofScope<T extends object>(
  items: readonly T[],
  scopeOf: (item: T) => string | null,
  key: string
): T[] {
  let byFunction = GROUPS.get(items);
  if (byFunction === undefined) GROUPS.set(items, (byFunction = new Map()));
  let cached = byFunction.get(scopeOf as (item: object) => string | null);
  if (cached === undefined || cached.length !== items.length) {
    const groups = new Map<string, object[]>();
    for (const item of items) {
      const scope = scopeOf(item);
      if (scope === null) continue;
      const k = fold(scope);
      const list = groups.get(k);
      if (list) list.push(item);
      else groups.set(k, [item]);
    }
    cached = { length: items.length, groups };
    byFunction.set(scopeOf as (item: object) => string | null, cached);
  }
  return [...((cached.groups.get(key) as T[] | undefined) ?? [])];
}

type Groups = { length: number; groups: Map<string, object[]> };
const GROUPS = new WeakMap<readonly object[], Map<(item: object) => string | null, Groups>>();

/** Codes of the results that are not in the catalog (custom indicators), once per results list. */
function customCodes(results: readonly IndicatorResult[]): string[] {
  let codes = CUSTOM.get(results);
  if (codes === undefined) {
    const catalog = new Set(CATALOG.map((e) => e.code));
    codes = [...new Set(results.map((r) => r.code))].filter((c) => !catalog.has(c));
    CUSTOM.set(results, codes);
  }
  return codes;
}

const CUSTOM = new WeakMap<readonly IndicatorResult[], string[]>();

/** `Обратная связь <Код ОО>.xlsx`, with characters illegal in file names replaced by «_». */
export function feedbackFileName(code: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are illegal in file names
  const safe = code.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").replace(/^[\s.]+|[\s.]+$/g, "");
  return `Обратная связь ${safe === "" ? "_" : safe}.xlsx`;
}

function indicatorsSheet(
  code: string,
  heading: string,
  input: FeedbackInput,
  key: string
): SheetModel {
  const titles = new Map([
    ...CATALOG.map((e) => [e.code, e.title] as const),
    ...(input.titles ?? []),
  ]);
  const codes = [...input.profile.codes, ...customCodes(input.results)];
  const ofSchool = new Map(ofScope(input.results, resultScope, key).map((r) => [r.code, r]));
  const ofTotal = new Map(ofScope(input.results, totalScope, fold(TOTAL)).map((r) => [r.code, r]));
  const rows: OutCell[][] = codes
    .filter((c) => ofSchool.has(c) || ofTotal.has(c))
    .map((c) => {
      const s = ofSchool.get(c);
      const t = ofTotal.get(c);
      return [
        c,
        titles.get(c) ?? c,
        s?.numerator ?? null,
        s?.denominator ?? null,
        s?.value ?? null,
        t?.value ?? null,
        s?.target ?? t?.target ?? null,
        s?.direction ?? t?.direction ?? null,
        s?.status ?? "нет данных",
        s?.previous ?? null,
        s?.trendVerdict ?? null,
      ];
    });
  const sheet = new SectionSheet(
    `Обратная связь по итогам мониторинга: ${heading}`,
    `Профиль: ${input.profile.name}. Код ОО: ${code}`
  );
  addCoveringText(sheet, input);
  const at = sheet.add({
    title: "Показатели ОО в сравнении со значениями муниципалитета",
    tableName: "ОСПоказатели",
    headers: [
      "Код",
      "Показатель",
      "Числитель",
      "Знаменатель",
      "Значение ОО",
      "Значение муниципалитета",
      "Целевое значение",
      "Направление",
      "Статус ОО",
      "Значение ОО за предыдущий период",
      "Динамика",
    ],
    rows,
    formats: { 4: ONE_DECIMAL, 5: ONE_DECIMAL, 6: ONE_DECIMAL, 9: ONE_DECIMAL },
  });
  sheet.colour(statusRules({ row: at.firstRow, col: 8, rows: Math.max(1, at.rows), cols: 1 }));
  return sheet.model(
    FEEDBACK_SHEETS.indicators,
    [12, 50, 10, 11, 10, 14, 10, 10, 16, 14, 12].map((width) => ({ width })),
    {
      pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
    }
  );
}

/** By when the school answers: Настройки' date, else the next period's end, else a blank. */
export function replyByText(input: Pick<FeedbackInput, "settings" | "period">): string {
  const day =
    input.settings.official.replyBy ?? (input.period ? addYears(input.period.end, 1) : null);
  return day === null ? TO_FILL : formatDay(day);
}

const filled = (text: string): string => text.trim() || TO_FILL;

/**
 * The covering text at the top of the feedback (recommendations.md): from whom,
 * what to do, by when, whom to contact — from `Настройки`; a blank line to fill
 * by hand where a detail is not set. One short line each, so it prints unwrapped.
 */
export function coveringText(input: Pick<FeedbackInput, "settings" | "period">): string[] {
  const o = input.settings.official;
  return [
    `От кого: ${filled(o.authority)}`,
    "Что сделать: рассмотреть показатели ОО и адресные рекомендации (лист «Рекомендации»), включить меры в план работы ОО,",
    "направить работников на ПК по листу «План ПК» и сообщить о принятых управленческих решениях (лист «Меры»).",
    `Срок: до ${replyByText(input)}`,
    `Контактное лицо: ${filled(o.contact)}`,
  ];
}

function addCoveringText(sheet: SectionSheet, input: FeedbackInput): void {
  const lines = coveringText(input);
  sheet.cells.push([]);
  for (const line of lines) sheet.cells.push([line]);
}

function recommendationsSheet(
  heading: string,
  recs: Recommendation[],
  input: FeedbackInput
): SheetModel {
  const titles = new Map([
    ...CATALOG.map((e) => [e.code, e.title] as const),
    ...(input.titles ?? []),
  ]);
  const sheet = new SectionSheet(`Адресные рекомендации: ${heading}`);
  const indicatorRecs = recs.filter((r) => r.teacher === null);
  const top = sheet.add({
    title: "Рекомендации по показателям",
    tableName: "ОСРекомендации",
    note: indicatorRecs.length ? undefined : "Рекомендаций по показателям нет.",
    headers: ["Рекомендация", "Адресат", "Показатель", "Текст", "Кандидаты (табельные номера)"],
    rows: indicatorRecs.map((r) => [
      ruleTitle(r.rule, input.rules),
      r.addressee,
      r.indicator === null ? null : (titles.get(r.indicator) ?? r.indicator),
      r.text,
      r.teachers?.length ? r.teachers.join(", ") : null,
    ]),
  });
  const personal = perWorker(recs, input.rules).sort((a, b) =>
    a.teacher.localeCompare(b.teacher, "ru", { numeric: true })
  );
  // The text in the fourth column in both sections: the wide one.
  const bottom = sheet.add({
    title: "Индивидуальные рекомендации (одна строка на работника, по очерёдности)",
    tableName: "ОСИндивидуальные",
    note: personal.length ? undefined : "Индивидуальных рекомендаций нет.",
    headers: [
      "Табельный номер",
      "Направления",
      "Число рекомендаций",
      "Рекомендации (в порядке очерёдности)",
    ],
    rows: personal.map((line) => [
      line.teacher,
      line.titles.join("; "),
      line.rules.length,
      line.text,
    ]),
  });
  for (const at of [top, bottom])
    sheet.styles.push({
      range: { row: at.firstRow, col: 0, rows: Math.max(1, at.rows), cols: 5 },
      style: { wrap: true, vAlign: "top" },
    });
  return sheet.model(
    FEEDBACK_SHEETS.recommendations,
    [16, 30, 30, 80, 30].map((width) => ({ width }))
  );
}

function planSheet(heading: string, entries: PlanEntry[], names: boolean): SheetModel {
  const day = (d: Day | null): OutCell => (d === null ? null : dateFromDay(d));
  const sheet = new SectionSheet(
    `План повышения квалификации на следующий период: ${heading}`,
    `Работников к направлению на ПК: ${entries.length}`
  );
  const headers = [
    "Табельный номер",
    ...(names ? ["ФИО"] : []),
    "Должность",
    "Дата окончания последнего ПК",
    "Срок следующего ПК",
    "Срок истёк",
    "Дефициты для программы ПК",
    "Дата диагностики",
    "ИОМ разработан",
  ];
  const dates = names ? [3, 4, 7] : [2, 3, 6];
  sheet.add({
    title: "Работники, которым нужно пройти ПК",
    tableName: "ОСПланПК",
    note: entries.length ? undefined : "Все работники прошли ПК в пределах трёх лет.",
    headers,
    rows: entries.map((p) => [
      p.tabNumber,
      ...(names ? [p.fullName] : []),
      p.position,
      day(p.lastCourse),
      day(p.due),
      p.overdue ? "Да" : "Нет",
      p.deficits.join("; ") || null,
      day(p.diagnosticsDate),
      p.iomDeveloped === null ? null : p.iomDeveloped ? "Да" : "Нет",
    ]),
    formats: Object.fromEntries(dates.map((c) => [c, DATE_FORMAT])),
  });
  return sheet.model(
    FEEDBACK_SHEETS.plan,
    headers.map((h) => ({ width: Math.min(30, Math.max(12, h.length)) }))
  );
}

function measuresSheet(heading: string, measures: Measure[]): SheetModel {
  const sheet = new SectionSheet(`Меры и управленческие решения: ${heading}`);
  sheet.add({
    title: "Меры уровня ОО",
    tableName: "ОСМеры",
    note: measures.length ? undefined : "Мер уровня ОО пока нет.",
    headers: MEASURES.fields.map((f) => f.header),
    rows: measures.map((m) => [
      m.measure,
      m.indicator,
      m.level,
      m.schoolCode,
      m.responsible,
      m.due === null ? null : dateFromDay(m.due),
      m.status,
      m.decision,
    ]),
    formats: { [MEASURES.fields.findIndex((f) => f.key === "due")]: DATE_FORMAT },
  });
  return sheet.model(
    FEEDBACK_SHEETS.measures,
    MEASURES.fields.map((f) => ({ width: f.width ?? 14 }))
  );
}
