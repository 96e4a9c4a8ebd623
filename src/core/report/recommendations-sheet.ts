/**
 * `Рекомендации`: part 1 grouped by addressee (МОУО, ММС, ЦНППМ, ОО), then
 * scope (the municipality first, then schools in order); part 2 the individual
 * recommendations per school, one line per worker with the actions in priority
 * order (perWorker). Burnout is counted per school (municipalView).
 */
import { municipalView } from "../recommend/municipal-view";
import { perWorker } from "../recommend/per-worker";
import type { Recommendation } from "../recommend/types";
import { OUTPUT_SHEETS } from "../schema";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { reportContext, TOTAL } from "./context";
import { HEADER_STYLE, TITLE_STYLE } from "./kit";
import type { ReportInput } from "./types";

export const ADDRESSEE_ORDER = ["МОУО", "ММС", "ЦНППМ", "ОО"] as const;
export const ADDRESSEE_NAMES: Readonly<Record<string, string>> = {
  МОУО: "Орган местного самоуправления, осуществляющий управление в сфере образования",
  ММС: "Муниципальная методическая служба (ИМЦ)",
  ЦНППМ: "Региональный центр непрерывного повышения профессионального мастерства (ИРО)",
  ОО: "Руководители образовательных организаций",
  Педагог: "Педагогические работники",
};
export const GROUP_HEADERS = [
  "Адресат",
  "Уровень",
  "Правило",
  "Показатель",
  "Рекомендация",
  "Табельные номера",
] as const;
/** The text stays in the fifth column, under part 1's: ФИО, or else the count of actions. */
export const INDIVIDUAL_HEADERS = [
  "Код ОО",
  "Табельный номер",
  "ФИО",
  "Правила",
  "Рекомендации (в порядке очерёдности)",
] as const;
const ACTIONS_HEADER = "Число рекомендаций";
export const MUNICIPALITY_LABEL = "Муниципалитет";

/** The municipality first, then schools in order (first occurrence), unknown scopes last; a map, not indexOf in a sort. */
function scopeRank(scopes: string[]): (s: string) => number {
  const order = new Map<string, number>();
  scopes.forEach((scope, i) => {
    if (!order.has(scope)) order.set(scope, i);
  });
  return (s) => (s === TOTAL ? -1 : (order.get(s) ?? scopes.length));
}

/**
 * The recommendation's workers, unless its text already lists them all, in order (a school's
 * candidates): printed twice, the list doubled each row's height for nothing.
 */
export function teachersCell(r: Pick<Recommendation, "teachers" | "text">): string | null {
  const list = r.teachers?.join(", ") ?? "";
  if (list === "" || r.text.includes(list)) return null;
  return list;
}

export function recommendationsSheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const view = municipalView(input.recommendations, input.rules);
  const rank = scopeRank(ctx.schools.map(ctx.schoolCode));
  const addr = (r: Recommendation): number =>
    ADDRESSEE_ORDER.indexOf(r.addressee as (typeof ADDRESSEE_ORDER)[number]);
  const grouped = view
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.addressee !== "Педагог")
    .sort((a, b) => addr(a.r) - addr(b.r) || rank(a.r.scope) - rank(b.r.scope) || a.i - b.i)
    .map(({ r }): OutCell[] => [
      r.addressee,
      r.scope === TOTAL ? MUNICIPALITY_LABEL : r.scope,
      r.rule,
      r.indicator,
      r.text,
      teachersCell(r),
    ]);
  const names = new Map<string, string | null>();
  if (input.withNames)
    for (const s of ctx.schools)
      for (const w of s.workers) names.set(`${w.schoolCode}|${w.tabNumber}`, w.fullName);
  const individualHeaders = INDIVIDUAL_HEADERS.map((h) =>
    h === "ФИО" && !input.withNames ? ACTIONS_HEADER : h
  );
  const individual = perWorker(view, input.rules)
    .map((line, i) => ({ line, i }))
    .sort((a, b) => rank(a.line.scope) - rank(b.line.scope) || a.i - b.i)
    .map(({ line }): OutCell[] => {
      const third = input.withNames
        ? (names.get(`${line.scope}|${line.teacher}`) ?? null)
        : line.rules.length;
      return [line.scope, line.teacher, third, line.titles.join("; "), line.text];
    });
  const part2Title = grouped.length + 3;
  const part2Header = part2Title + 1;
  return {
    name: OUTPUT_SHEETS.recommendations,
    cells: [
      ["Адресные рекомендации по итогам мониторинга"],
      [...GROUP_HEADERS],
      ...grouped,
      [],
      ["Индивидуальные рекомендации педагогам (по ОО)"],
      [...individualHeaders],
      ...individual,
    ],
    headerRow: 1,
    // Landscape at no less than 65 %: part 2's «Правила» (part 1's codes) two lines at most,
    // the text about a hundred characters a line (recommendations-print.test.ts).
    columns: [
      { width: 10 },
      { width: 14 },
      { width: 22 },
      { width: 40 },
      { width: 110 },
      { width: 18 },
    ],
    freeze: { rows: 2 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      { range: { row: 1, col: 0, rows: 1, cols: GROUP_HEADERS.length }, style: HEADER_STYLE },
      {
        range: { row: 2, col: 4, rows: Math.max(1, grouped.length), cols: 1 },
        style: { wrap: true, vAlign: "top" },
      },
      { range: { row: part2Title, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      {
        range: { row: part2Header, col: 0, rows: 1, cols: individualHeaders.length },
        style: HEADER_STYLE,
      },
      {
        range: {
          row: part2Header + 1,
          col: 3,
          rows: Math.max(1, individual.length),
          cols: 2,
        },
        style: { wrap: true, vAlign: "top" },
      },
    ],
    tables: [
      {
        name: "РекомендацииАдресные",
        range: {
          row: 1,
          col: 0,
          rows: Math.max(1, grouped.length) + 1,
          cols: GROUP_HEADERS.length,
        },
      },
      {
        name: "РекомендацииПедагогам",
        range: {
          row: part2Header,
          col: 0,
          rows: Math.max(1, individual.length) + 1,
          cols: individualHeaders.length,
        },
      },
    ],
    pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
