import { computeIndicators, type ComputeOptions } from "../../../../src/core/indicators/engine";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import type { IndicatorResult, Settings } from "../../../../src/core/indicators/types";
import type { SchoolData, Worker } from "../../../../src/core/model";
import { school } from "./fixtures";

export function resultsOf(
  schools: SchoolData[],
  settings: Settings = defaultSettings(),
  options?: ComputeOptions
) {
  return computeIndicators(schools, settings, options);
}

export function find(results: IndicatorResult[], code: string, scope = "total"): IndicatorResult {
  const r = results.find((x) => x.code === code && x.scope === scope);
  if (!r) throw new Error(`no result ${code}|${scope}`);
  return r;
}

/** numerator/denominator/value of one indicator over one school of these workers. */
export function figures(code: string, workers: Worker[], settings?: Settings) {
  const { results } = resultsOf([school("ОО-1", workers)], settings);
  const r = find(results, code);
  return [r.numerator, r.denominator, r.value];
}
