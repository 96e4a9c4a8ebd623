/**
 * Next period's targets (total scope). The rule, in order:
 * 1. `Целевое значение на следующий период` filled in `Настройки` → the person's value is kept;
 * 2. no current target → none proposed;
 * 3. no current value → the target is kept;
 * 4. the target was missed → the target is kept;
 * 5. the target was met → it is raised (≥) or lowered (≤) by the gain achieved
 *    over the period (0 without a previous value), and never set below what
 *    is already achieved; shares are capped at 100, nothing goes below 0.
 * Proposals are rounded to one decimal, as the sheets show them.
 */
import type { Settings } from "../indicators/types";
import type { Direction } from "../schema/values";
import type { IndicatorChange } from "./effectiveness";
import { meets } from "./status";

export type NextTargetBasis =
  | "задано в настройках"
  | "цель не задана"
  | "нет данных: цель сохранена"
  | "цель не достигнута: сохранена"
  | "цель достигнута: сдвинута на прирост";

export interface NextTarget {
  code: string;
  direction: Direction;
  target: number | null;
  current: number | null;
  previous: number | null;
  proposed: number | null;
  basis: NextTargetBasis;
}

/** Units whose values cannot exceed 100. */
const CAPPED_UNITS = new Set(["%"]);

export function proposeNextTargets(
  totals: readonly IndicatorChange[],
  settings: Settings,
  units?: ReadonlyMap<string, string>
): NextTarget[] {
  return totals.map((c) => {
    const set = settings.targets.get(c.code);
    const base = {
      code: c.code,
      direction: c.direction,
      target: c.target,
      current: c.current,
      previous: c.previous,
    };
    if (set && set.nextTarget !== null)
      return { ...base, proposed: set.nextTarget, basis: "задано в настройках" };
    if (c.target === null) return { ...base, proposed: null, basis: "цель не задана" };
    if (c.current === null)
      return { ...base, proposed: c.target, basis: "нет данных: цель сохранена" };
    if (!meets(c.current, c.target, c.direction)) {
      return { ...base, proposed: c.target, basis: "цель не достигнута: сохранена" };
    }
    const capped = CAPPED_UNITS.has(units?.get(c.code) ?? "%");
    return {
      ...base,
      proposed: raised(c, c.target, c.current, capped),
      basis: "цель достигнута: сдвинута на прирост",
    };
  });
}

function raised(c: IndicatorChange, target: number, current: number, capped: boolean): number {
  const up = c.direction === "≥";
  const gain =
    c.previous === null ? 0 : Math.max(0, up ? current - c.previous : c.previous - current);
  let next = up ? Math.max(target + gain, current) : Math.min(target - gain, current);
  if (capped) next = Math.min(next, 100);
  return Math.max(0, Math.round(next * 10) / 10);
}
