/**
 * Judging values for the effectiveness analysis: the engine's status and trend
 * (one definition project-wide), plus the distance still to go to a target.
 */
import { NEUTRAL, type Direction } from "../schema/values";

export { statusOf, trendOf } from "../indicators/status";

/** Float noise from summed shares must not read as a change (as in the engine). */
export const EPSILON = 1e-9;

export function meets(value: number, target: number, direction: Direction): boolean {
  if (direction === NEUTRAL) return false;
  return direction === "≤" ? value <= target + EPSILON : value >= target - EPSILON;
}

/** How far a value is from meeting the target (0 when it meets it). */
export function gapToTarget(value: number, target: number, direction: Direction): number {
  if (direction === NEUTRAL) return 0;
  return Math.max(0, direction === "≥" ? target - value : value - target);
}

/** A change is an improvement when it goes the indicator's way (beyond float noise). */
export function improves(change: number, direction: Direction): boolean {
  if (direction === NEUTRAL) return false;
  return direction === "≥" ? change > EPSILON : change < -EPSILON;
}
