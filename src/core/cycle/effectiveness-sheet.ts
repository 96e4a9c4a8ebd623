/**
 * The `Эффективность` sheet: indicators this period against the previous one
 * (the total first, then each school for the indicators with a target), a before/after chart of the total, the
 * verdict per measure of `Меры`, and next period's targets.
 */
import { CATALOG } from "../indicators/catalog";
import type { Profile } from "../indicators/profiles";
import { TOTAL } from "../indicators/types";
import { OUTPUT_SHEETS } from "../schema";
import { NEUTRAL } from "../schema/values";
import { dateFromDay } from "../time/day";
import type { ConditionalTextRule, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { ONE_DECIMAL, DATE_FORMAT } from "../report/kit";
import { statusRules } from "../report/status-style";
import { changeFormatStyles } from "../report/change-format";
import { appendAll } from "../arrays";
import type { Effectiveness, IndicatorChange, Verdict } from "./effectiveness";
import { SectionSheet } from "./sections";

export const VERDICT_FILL: Readonly<Record<Verdict, { fill: string; fontColor: string }>> = {
  эффективна: { fill: "#C6EFCE", fontColor: "#006100" },
  неэффективна: { fill: "#FFC7CE", fontColor: "#9C0006" },
  "нет данных": { fill: "#E7E6E6", fontColor: "#3A3838" },
  "не оценивается": { fill: "#F2F2F2", fontColor: "#7F7F7F" },
};
export const TOTAL_SCOPE_LABEL = "Всего";

const INDICATOR_HEADERS = [
  "Код",
  "Показатель",
  "ОО",
  "Предыдущий период",
  "Текущий период",
  "Изменение",
  "Динамика",
  "Статус до",
  "Статус после",
  "Статус изменился",
];
const MEASURE_HEADERS = [
  "Строка в «Меры»",
  "Мера",
  "Показатель",
  "ОО",
  "Статус меры",
  "Срок",
  "Предыдущий период",
  "Текущий период",
  "Изменение",
  "Оценка",
  "Пояснение",
];
const TARGET_HEADERS = [
  "Код",
  "Показатель",
  "Направление",
  "Целевое значение",
  "Текущее значение",
  "Предлагаемое значение на следующий период",
  "Основание",
];

export function effectivenessSheet(
  e: Effectiveness,
  profile: Profile,
  titles: ReadonlyMap<string, string> = catalogTitles(),
  units: ReadonlyMap<string, string> = catalogUnits()
): SheetModel {
  const unit = (code: string) => units.get(code) ?? "%";
  const inProfile = new Set(profile.codes);
  const order = new Map(profile.codes.map((c, i) => [c, i]));
  const scopeOrder = new Map<string, number>();
  for (const c of e.indicators)
    if (!scopeOrder.has(c.scope)) scopeOrder.set(c.scope, c.scope === TOTAL ? -1 : scopeOrder.size);
  // Per school only the indicators with a target (where a school's status can change): all 38
  // for every school would print as some 25 pages; the schools' values are in «Показатели по ОО»
  // and the JSON keeps every scope (docs/decisions/cycle.md).
  const changes = e.indicators
    .filter((c) => inProfile.has(c.code) || !CATALOG.some((k) => k.code === c.code))
    .filter((c) => c.scope === TOTAL || (c.target !== null && c.direction !== NEUTRAL))
    .sort(
      (a, b) =>
        (scopeOrder.get(a.scope) ?? 0) - (scopeOrder.get(b.scope) ?? 0) ||
        (order.get(a.code) ?? 1e6) - (order.get(b.code) ?? 1e6)
    );
  const title = (code: string) => titles.get(code) ?? code;
  const sheet = new SectionSheet(`Анализ эффективности принятых мер`, `Профиль: ${profile.name}`);

  const ind = sheet.add({
    title: "Показатели: текущий период в сравнении с предыдущим",
    tableName: "ЭффективностьПоказатели",
    headers: INDICATOR_HEADERS,
    rows: changes.map((c) => indicatorRow(c, title(c.code))),
    formats: { 3: ONE_DECIMAL, 4: ONE_DECIMAL },
  });
  changeFormats(
    sheet,
    ind.firstRow,
    5,
    changes.map((c) => unit(c.code))
  );
  sheet.colour([...statusRules(colRange(ind, 7)), ...statusRules(colRange(ind, 8))]);
  sheet.colour([
    {
      range: colRange(ind, 6),
      equals: "лучше",
      fill: VERDICT_FILL.эффективна.fill,
      fontColor: VERDICT_FILL.эффективна.fontColor,
    },
    {
      range: colRange(ind, 6),
      equals: "хуже",
      fill: VERDICT_FILL.неэффективна.fill,
      fontColor: VERDICT_FILL.неэффективна.fontColor,
    },
  ]);
  const totals = changes.filter((c) => c.scope === TOTAL).length;

  const mea = sheet.add({
    title: "Меры и управленческие решения: изменение показателя в области действия меры",
    tableName: "ЭффективностьМеры",
    note: e.measures.length
      ? "Оцениваются меры со статусом «Выполнена» или «Выполняется»: «эффективна» — показатель " +
        "изменился в лучшую сторону; без изменения или в худшую — «неэффективна», даже если цель достигнута."
      : "В листе «Меры» нет мер: оценивать нечего.",
    headers: MEASURE_HEADERS,
    rows: e.measures.map((m) => [
      m.measure.row,
      m.measure.measure,
      m.measure.indicator,
      scopeLabel(m.scope),
      m.measure.status,
      m.measure.due === null ? null : dateFromDay(m.measure.due),
      m.previous,
      m.current,
      m.change,
      m.verdict,
      m.reason,
    ]),
    formats: { 5: DATE_FORMAT, 6: ONE_DECIMAL, 7: ONE_DECIMAL },
  });
  changeFormats(
    sheet,
    mea.firstRow,
    8,
    e.measures.map((m) => unit(m.measure.indicator ?? ""))
  );
  sheet.colour(verdictRules(colRange(mea, 9)));

  sheet.add({
    title: "Целевые значения на следующий период (предложение)",
    tableName: "ЭффективностьЦели",
    headers: TARGET_HEADERS,
    rows: e.nextTargets
      .filter((t) => inProfile.has(t.code) || !CATALOG.some((k) => k.code === t.code))
      .sort((a, b) => (order.get(a.code) ?? 1e6) - (order.get(b.code) ?? 1e6))
      .map((t) => [t.code, title(t.code), t.direction, t.target, t.current, t.proposed, t.basis]),
    formats: { 3: ONE_DECIMAL, 4: ONE_DECIMAL, 5: ONE_DECIMAL },
  });

  const charts: SheetModel["charts"] = totals
    ? [
        {
          kind: "column",
          title: "Показатели муниципалитета: до и после",
          categories: { row: ind.firstRow, col: 0, rows: totals, cols: 1 },
          series: [
            {
              name: INDICATOR_HEADERS[3],
              values: { row: ind.firstRow, col: 3, rows: totals, cols: 1 },
            },
            {
              name: INDICATOR_HEADERS[4],
              values: { row: ind.firstRow, col: 4, rows: totals, cols: 1 },
            },
          ],
          anchor: { row: 1, col: 11, rows: 18, cols: 9 },
        },
      ]
    : [];
  return sheet.model(
    OUTPUT_SHEETS.effectiveness,
    [10, 44, 9, 11, 11, 17, 12, 14, 17, 11, 28].map((width) => ({ width })),
    {
      charts,
      freeze: { rows: 2 },
      pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
    }
  );
}

function indicatorRow(c: IndicatorChange, title: string): OutCell[] {
  return [
    c.code,
    title,
    scopeLabel(c.scope),
    c.previous,
    c.current,
    c.change,
    c.trend,
    c.statusBefore,
    c.statusAfter,
    c.statusChanged === null ? "нет данных" : c.statusChanged ? "Да" : "Нет",
  ];
}

/** Each row's change in its own unit: «п. п.» for shares, the unit for counts. */
function changeFormats(sheet: SectionSheet, firstRow: number, col: number, units: string[]): void {
  appendAll(sheet.styles, changeFormatStyles(firstRow, col, units));
}

function scopeLabel(scope: string | null): OutCell {
  return scope === TOTAL ? TOTAL_SCOPE_LABEL : scope;
}

function colRange(at: { firstRow: number; rows: number }, col: number): RangeRef {
  return { row: at.firstRow, col, rows: Math.max(1, at.rows), cols: 1 };
}

export function verdictRules(range: RangeRef): ConditionalTextRule[] {
  return (Object.keys(VERDICT_FILL) as Verdict[]).map((v) => ({
    range,
    equals: v,
    ...VERDICT_FILL[v],
  }));
}

function catalogUnits(): Map<string, string> {
  return new Map(CATALOG.map((e) => [e.code, e.unit as string]));
}

function catalogTitles(): Map<string, string> {
  return new Map(CATALOG.map((e) => [e.code, e.title]));
}
