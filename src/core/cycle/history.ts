/**
 * The indicators' history over the earlier periods and the current one (municipality-wide):
 * what `Динамика` shows and the JSON's `history` (cli.md «Additions»), from one computation.
 */
import { TOTAL, type IndicatorResult } from "../indicators/types";
import type { Period } from "../model";
import type { DynamicsInput } from "../report/dynamics-sheet";
import { isoDay } from "../time/day";
import { periodLabel, type EarlierPeriod } from "./periods";
import { previousKey } from "./previous";

export interface HistoryJson {
  code: string;
  scope: typeof TOTAL;
  /** Oldest first, the current period last; exact values. */
  periods: { end: string; value: number | null }[];
}

export interface History {
  /** Oldest first, the current period last. */
  periods: Period[];
  /** Code → total value per period, aligned with `periods`. */
  values: Map<string, (number | null)[]>;
}

/** Null without an earlier period (or without the current period's dates). */
export function historyOf(
  earlier: readonly EarlierPeriod[],
  current: Period | null,
  results: readonly IndicatorResult[]
): History | null {
  if (earlier.length === 0 || current === null) return null;
  const periods = [...earlier.map((e) => e.period), current];
  const values = new Map<string, (number | null)[]>();
  for (const r of results) {
    if (r.scope !== TOTAL || values.has(r.code)) continue;
    const key = previousKey(r.code, TOTAL);
    values.set(r.code, [...earlier.map((e) => e.values.get(key) ?? null), r.value]);
  }
  return { periods, values };
}

export function dynamicsInput(history: History | null): DynamicsInput | null {
  return history === null
    ? null
    : { labels: history.periods.map(periodLabel), values: history.values };
}

/** `history` of the JSON: [] without an earlier period. */
export function historyJson(history: History | null): HistoryJson[] {
  if (history === null) return [];
  return [...history.values].map(([code, values]) => ({
    code,
    scope: TOTAL,
    periods: history.periods.map((p, i) => ({ end: isoDay(p.end), value: values[i] ?? null })),
  }));
}
