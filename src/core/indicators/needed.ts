/**
 * Gap to target in workers (indicators.md, «Gap to target»): for a share of
 * people below its target, the smallest number of workers who would have to
 * move into the numerator (direction ≥) or out of it (direction ≤), the
 * denominator unchanged, for the value to meet the target. TUTORS_PER_100
 * (100 × n / d) follows the same formula. 0 when the target is met; null where
 * it does not apply (no target, no denominator, shares of schools, counts).
 */
import { NEUTRAL } from "../schema/values";
import type { Measure } from "./measures";
import type { IndicatorResult } from "./types";

/** Float noise: 100 × 3 / 10 must meet a target of 30. */
const EPSILON = 1e-9;

/** Only shares of people have workers to move; shares of schools and counts do not. */
export function hasNeeded(measure: Measure): boolean {
  return measure.kind === "share";
}

export function neededWorkers(
  r: Pick<IndicatorResult, "numerator" | "denominator" | "target" | "direction">
): number | null {
  const { numerator: n, denominator: d, target: t } = r;
  if (n === null || d === null || t === null || d <= 0 || r.direction === NEUTRAL) return null;
  const bound = (t * d) / 100;
  const k = r.direction === "≤" ? n - bound : bound - n;
  return Math.max(0, Math.ceil(k - EPSILON));
}
