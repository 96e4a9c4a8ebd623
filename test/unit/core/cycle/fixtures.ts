import { defaultOfficialDetails } from "../../../../src/core/indicators/defaults";
/** Small builders for the cycle's tests: results, settings, measures. */
import {
  TOTAL,
  type IndicatorResult,
  type Settings,
  type Target,
} from "../../../../src/core/indicators/types";
import type { Direction } from "../../../../src/core/schema/values";
import type { Measure } from "../../../../src/core/cycle/measures";

export function result(
  code: string,
  scope: string,
  value: number | null,
  target: number | null = null,
  direction: Direction = "≥"
): IndicatorResult {
  const status =
    value === null
      ? "нет данных"
      : target === null
        ? "цель не задана"
        : (direction === "≥" ? value >= target : value <= target)
          ? "соответствие"
          : "несоответствие";
  return {
    code,
    scope,
    numerator: null,
    denominator: null,
    value,
    target,
    direction,
    status,
    previous: null,
    trend: null,
    trendVerdict: null,
  };
}

export function settings(targets: Partial<Target>[] = []): Settings {
  const map = new Map<string, Target>();
  for (const t of targets) {
    const code = t.code as string;
    map.set(code, { code, direction: "≥", target: null, nextTarget: null, previous: null, ...t });
  }
  return {
    targets: map,
    youngAgeLimit: 35,
    beginnerExperience: 3,
    pensionAges: [{ fromYear: 2000, male: 65, female: 60 }],
    official: defaultOfficialDetails(),
  };
}

export function measure(partial: Partial<Measure>): Measure {
  return {
    row: 2,
    measure: "Мера",
    indicator: null,
    level: null,
    schoolCode: null,
    responsible: null,
    due: null,
    status: null,
    decision: null,
    ...partial,
  };
}

export { TOTAL };
