/**
 * `Эффективность`: this period against the previous one, per indicator and
 * scope, and per measure of `Меры` the change of its indicator in its scope.
 * Pure: the current results come from the engine, the previous values from
 * the previous period's workbook or `Настройки` (see previous.ts).
 */
import {
  TOTAL,
  type IndicatorResult,
  type Scope,
  type Settings,
  type Status,
} from "../indicators/types";
import { CATALOG } from "../indicators/catalog";
import type { Direction } from "../schema/values";
import { DONE, IN_PROGRESS, measureScope, type Measure, type MeasureStatus } from "./measures";
import { proposeNextTargets, type NextTarget } from "./next-targets";
import { mergePrevious, previousKey, type PreviousValues } from "./previous";
import { NEUTRAL } from "../schema/values";
import { EPSILON, improves, meets, statusOf, trendOf } from "./status";

export type Trend = "лучше" | "хуже" | "без изменений";
export type Verdict = "эффективна" | "неэффективна" | "нет данных" | "не оценивается";
export const VERDICTS: readonly Verdict[] = [
  "эффективна",
  "неэффективна",
  "нет данных",
  "не оценивается",
];

/** Only these measures are judged (recommendations.md): the others are «не оценивается». */
export const JUDGED_STATUSES: readonly MeasureStatus[] = [DONE, IN_PROGRESS];

export interface IndicatorChange {
  code: string;
  scope: Scope;
  direction: Direction;
  target: number | null;
  previous: number | null;
  current: number | null;
  /** current − previous, when both are known. */
  change: number | null;
  trend: Trend | null;
  statusBefore: Status;
  statusAfter: Status;
  /** Null without a previous (or current) value (recommendations.md: «нет данных», never «Да»). */
  statusChanged: boolean | null;
  /** Moved the indicator's better way: null for a neutral indicator or without both values. */
  better: boolean | null;
}

export interface MeasureEffect {
  measure: Measure;
  /** The scope the measure acts on; null when it cannot be told (ОО level without a code). */
  scope: Scope | null;
  previous: number | null;
  current: number | null;
  change: number | null;
  verdict: Verdict;
  /** Russian: why this verdict. */
  reason: string;
}

export interface Effectiveness {
  indicators: IndicatorChange[];
  measures: MeasureEffect[];
  nextTargets: NextTarget[];
}

export function analyseEffectiveness(
  current: readonly IndicatorResult[],
  previous: PreviousValues | readonly IndicatorResult[] | undefined,
  measures: readonly Measure[],
  settings: Settings,
  units?: ReadonlyMap<string, string>
): Effectiveness {
  const prev = mergePrevious(previous, settings);
  const indicators = current.map((r) =>
    changeOf(r, prev.get(previousKey(r.code, r.scope)) ?? r.previous)
  );
  const byKey = new Map(indicators.map((c) => [previousKey(c.code, c.scope), c]));
  const codes = new Set(current.map((r) => r.code));
  const scopes = new Set(current.map((r) => r.scope));
  return {
    indicators,
    measures: measures.map((m) => effectOf(m, byKey, codes, scopes)),
    nextTargets: proposeNextTargets(
      indicators.filter((c) => c.scope === TOTAL),
      settings,
      units ?? catalogUnits()
    ),
  };
}

/** Units of the catalog's indicators; a code not in it (a custom share) counts as "%". */
function catalogUnits(): Map<string, string> {
  return new Map(CATALOG.map((e) => [e.code, e.unit]));
}

function changeOf(r: IndicatorResult, previous: number | null): IndicatorChange {
  const { trend: change, trendVerdict: trend } = trendOf(r.value, previous, r.direction);
  const statusBefore = statusOf(previous, r.target, r.direction);
  const statusAfter = statusOf(r.value, r.target, r.direction);
  return {
    code: r.code,
    scope: r.scope,
    direction: r.direction,
    target: r.target,
    previous,
    current: r.value,
    change,
    trend,
    statusBefore,
    statusAfter,
    statusChanged: previous === null || r.value === null ? null : statusBefore !== statusAfter,
    better: change === null || r.direction === NEUTRAL ? null : improves(change, r.direction),
  };
}

function effectOf(
  m: Measure,
  byKey: Map<string, IndicatorChange>,
  codes: Set<string>,
  scopes: Set<string>
): MeasureEffect {
  const scope = measureScope(m);
  const none = (reason: string): MeasureEffect => ({
    measure: m,
    scope,
    previous: null,
    current: null,
    change: null,
    verdict: "нет данных",
    reason,
  });
  if (m.status === null || !JUDGED_STATUSES.includes(m.status)) {
    const why = m.status === null ? "статус меры не указан" : `статус меры «${m.status}»`;
    // Not judged, but the figures are shown where they are known.
    const c =
      m.indicator !== null && scope !== null
        ? byKey.get(previousKey(m.indicator, scope))
        : undefined;
    return {
      ...none(`${why}: оцениваются только выполненные и выполняемые меры`),
      previous: c?.previous ?? null,
      current: c?.current ?? null,
      change: c?.change ?? null,
      verdict: "не оценивается",
    };
  }
  if (m.indicator === null) return none("не указан показатель");
  if (!codes.has(m.indicator)) return none(`нет показателя с кодом «${m.indicator}»`);
  if (scope === null) return none("мера уровня ОО без кода ОО");
  if (!scopes.has(scope)) return none(`ОО с кодом «${scope}» нет в сводке`);
  const c = byKey.get(previousKey(m.indicator, scope));
  if (!c || c.current === null)
    return { ...none("нет значения за текущий период"), previous: c?.previous ?? null };
  if (c.previous === null)
    return { ...none("нет значения за предыдущий период"), current: c.current };
  const judged = judge(c.previous, c.current, c.target, c.direction);
  return {
    measure: m,
    scope,
    previous: c.previous,
    current: c.current,
    change: c.change,
    ...judged,
  };
}

/**
 * recommendations.md, exact rules: «эффективна» only when the value moved the indicator's
 * better way; no change or a change the wrong way is «неэффективна» even when the target is
 * met (the reason then says so). A neutral indicator has no better way: «не оценивается».
 */
export function judge(
  previous: number,
  current: number,
  target: number | null,
  direction: Direction
): { verdict: Verdict; reason: string } {
  if (direction === NEUTRAL)
    return {
      verdict: "не оценивается",
      reason: "у показателя не задано направление (нейтральный): лучше или хуже — не определить",
    };
  const change = current - previous;
  const met = target !== null && meets(current, target, direction);
  if (improves(change, direction)) {
    if (target === null)
      return { verdict: "эффективна", reason: "цель не задана; показатель улучшился" };
    return met
      ? { verdict: "эффективна", reason: "показатель улучшился, цель достигнута" }
      : { verdict: "эффективна", reason: "показатель улучшился, но цель ещё не достигнута" };
  }
  const still = Math.abs(change) < EPSILON;
  if (met)
    return {
      verdict: "неэффективна",
      reason: still
        ? "цель достигнута, но показатель не изменился"
        : "цель достигнута, но показатель ухудшился",
    };
  const how = still ? "показатель не изменился" : "показатель ухудшился";
  return {
    verdict: "неэффективна",
    reason: target === null ? `цель не задана; ${how}` : `${how}, цель не достигнута`,
  };
}
