/** A value judged against its target, and the change since the previous period. */
import { NEUTRAL, type Direction } from "../schema/values";
import type { IndicatorResult, Status } from "./types";

/** Shares are exact fractions: 29.999999999999996 meets a target of 30. */
const EPSILON = 1e-9;

export function statusOf(
  value: number | null,
  target: number | null,
  direction: Direction
): Status {
  if (value === null || !Number.isFinite(value)) return "нет данных";
  if (direction === NEUTRAL || target === null || !Number.isFinite(target)) return "цель не задана";
  const meets = direction === "≤" ? value <= target + EPSILON : value >= target - EPSILON;
  return meets ? "соответствие" : "несоответствие";
}

export type TrendVerdict = IndicatorResult["trendVerdict"];

export function trendOf(
  value: number | null,
  previous: number | null,
  direction: Direction
): { trend: number | null; trendVerdict: TrendVerdict } {
  if (value === null || previous === null) return { trend: null, trendVerdict: null };
  const trend = value - previous;
  if (direction === NEUTRAL) return { trend, trendVerdict: null };
  if (Math.abs(trend) < EPSILON) return { trend, trendVerdict: "без изменений" };
  const better = direction === "≤" ? trend < 0 : trend > 0;
  return { trend, trendVerdict: better ? "лучше" : "хуже" };
}
