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
import { CANCELLED, measureScope, type Measure } from "./measures";
import { proposeNextTargets, type NextTarget } from "./next-targets";
import { mergePrevious, previousKey, type PreviousValues } from "./previous";
import { EPSILON, gapToTarget, improves, meets, statusOf, trendOf } from "./status";

export type Trend = "лучше" | "хуже" | "без изменений";
export type Verdict = "эффективна" | "неэффективна" | "нет данных";
export const VERDICTS: readonly Verdict[] = ["эффективна", "неэффективна", "нет данных"];

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
  statusChanged: boolean;
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
    statusChanged: statusBefore !== statusAfter,
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
  if (m.status === CANCELLED) return none("мера отменена — не оценивается");
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
 * «Moved toward the target»: with a target, the gap to it shrank, or the target
 * is met now (keeping a met target counts); without a target, the value moved
 * the indicator's way (its direction).
 */
export function judge(
  previous: number,
  current: number,
  target: number | null,
  direction: Direction
): { verdict: Verdict; reason: string } {
  if (target === null) {
    return improves(current - previous, direction)
      ? { verdict: "эффективна", reason: "цель не задана; значение изменилось в лучшую сторону" }
      : { verdict: "неэффективна", reason: "цель не задана; значение не улучшилось" };
  }
  if (meets(current, target, direction)) {
    return { verdict: "эффективна", reason: "целевое значение достигнуто" };
  }
  const before = gapToTarget(previous, target, direction);
  const after = gapToTarget(current, target, direction);
  return after < before - EPSILON
    ? { verdict: "эффективна", reason: "разрыв с целевым значением сократился" }
    : { verdict: "неэффективна", reason: "разрыв с целевым значением не сократился" };
}
