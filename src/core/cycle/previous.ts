/**
 * The previous period's values. The simplest robust source is the previous
 * period's own workbook re-reported by the same engine (the app reads it with
 * the reader and calls computeIndicators), so values are comparable by
 * construction; `Значение за предыдущий период` in `Настройки` is the
 * fallback for the total when no such workbook is given.
 */
import { TOTAL, type IndicatorResult, type Scope, type Settings } from "../indicators/types";

export type PreviousValues = ReadonlyMap<string, number>;

/** The key of the engine's `previous` map: "CODE|scope". */
export function previousKey(code: string, scope: Scope): string {
  return `${code}|${scope}`;
}

/** The values of a period's results as a "CODE|scope" map; empty values are left out. */
export function toPreviousMap(results: readonly IndicatorResult[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of results) if (r.value !== null) out.set(previousKey(r.code, r.scope), r.value);
  return out;
}

/** `Значение за предыдущий период` of `Настройки`, for the total scope. */
export function previousFromSettings(settings: Settings): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of settings.targets.values()) {
    if (t.previous !== null) out.set(previousKey(t.code, TOTAL), t.previous);
  }
  return out;
}

/**
 * The previous workbook's values first; where it has none (or none was given),
 * the settings' value for the total.
 */
export function mergePrevious(
  fromWorkbook: PreviousValues | readonly IndicatorResult[] | undefined,
  settings: Settings
): Map<string, number> {
  const out = previousFromSettings(settings);
  const primary = fromWorkbook === undefined ? new Map<string, number>() : asMap(fromWorkbook);
  for (const [k, v] of primary) out.set(k, v);
  return out;
}

export function asMap(previous: PreviousValues | readonly IndicatorResult[]): Map<string, number> {
  return Array.isArray(previous)
    ? toPreviousMap(previous as readonly IndicatorResult[])
    : new Map(previous as PreviousValues);
}
