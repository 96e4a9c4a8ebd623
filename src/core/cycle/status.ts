/**
 * Judging a value against a target by the indicator's direction, and the
 * distance still to go: the effectiveness analysis needs both for values of
 * a period the engine did not compute (the previous one).
 */
import type { Status } from "../indicators/types";
import type { Direction } from "../schema/values";

/** The spec's status of a value against its target (indicators.md, Targets and status). */
export function statusAgainst(value: number | null, target: number | null, direction: Direction): Status {
  if (value === null) return "нет данных";
  if (target === null) return "цель не задана";
  return meets(value, target, direction) ? "соответствие" : "несоответствие";
}

export function meets(value: number, target: number, direction: Direction): boolean {
  return direction === "≥" ? value >= target : value <= target;
}

/** How far a value is from meeting the target (0 when it meets it). */
export function gapToTarget(value: number, target: number, direction: Direction): number {
  return Math.max(0, direction === "≥" ? target - value : value - target);
}

/** A change is an improvement when it goes the indicator's way. */
export function improves(change: number, direction: Direction): boolean {
  return direction === "≥" ? change > 0 : change < 0;
}

/** Float noise from summed shares must not read as a change. */
export const EPSILON = 1e-9;
