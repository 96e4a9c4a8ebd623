/**
 * The previous period's values, re-reported by the same engine from the
 * previous period's workbooks (a municipality workbook or school files), so
 * that they are comparable by construction: the same settings and custom
 * indicators apply to both periods.
 */
import { consolidate } from "../../core/consolidate";
import { toPreviousMap } from "../../core/cycle";
import { computeIndicators, type Settings, type ShareDefinition } from "../../core/indicators";
import type { Period, SchoolData } from "../../core/model";

export interface PreviousPeriod {
  values: Map<string, number>;
  period: Period | null;
  schools: number;
  rows: number;
}

export function previousPeriod(
  schools: readonly SchoolData[],
  settings: Settings,
  custom: readonly ShareDefinition[] = []
): PreviousPeriod {
  const c = consolidate([...schools], []);
  const { results } = computeIndicators(c.included, settings, { custom });
  return {
    values: toPreviousMap(results),
    period: c.period,
    schools: c.included.length,
    rows: c.included.reduce((sum, s) => sum + s.workers.length, 0),
  };
}
