/** `effectiveness` of the report's JSON (cli.md «Additions»): exact values, not rounded. */
import type { Effectiveness, Verdict } from "./effectiveness";

export interface EffectivenessJson {
  indicators: {
    code: string;
    scope: string;
    before: number | null;
    after: number | null;
    change: number | null;
    /** true, false, or null for a neutral indicator or without both values. */
    better: boolean | null;
  }[];
  measures: {
    /** The row in `Меры`. */
    row: number;
    measure: string;
    code: string | null;
    scope: string | null;
    status: string | null;
    before: number | null;
    after: number | null;
    verdict: Verdict;
  }[];
}

export function effectivenessJson(e: Effectiveness): EffectivenessJson {
  return {
    indicators: e.indicators.map((c) => ({
      code: c.code,
      scope: c.scope,
      before: c.previous,
      after: c.current,
      change: c.change,
      better: c.better,
    })),
    measures: e.measures.map((m) => ({
      row: m.measure.row,
      measure: m.measure.measure,
      code: m.measure.indicator,
      scope: m.scope,
      status: m.measure.status,
      before: m.previous,
      after: m.current,
      verdict: m.verdict,
    })),
  };
}
