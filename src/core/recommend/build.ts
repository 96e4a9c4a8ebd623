/** buildRecommendations: every rule of the rule set over one consolidation. */
import { CATALOG } from "../indicators/catalog";
import type { CatalogEntry } from "../indicators/measures";
import type { IndicatorResult, Settings } from "../indicators/types";
import type { Period, SchoolData } from "../model";
import {
  belowTarget,
  bestPractice,
  deficitFocus,
  schoolBelowTarget,
  type IndicatorRuleInput,
} from "./indicator";
import { individualRecommendations } from "./individual";
import { DEFAULT_RULES } from "./rules";
import type { Recommendation, RecommendationRule } from "./types";
import { appendAll } from "../arrays";

export interface RecommendationInput {
  schools: readonly SchoolData[];
  results: readonly IndicatorResult[];
  settings: Settings;
  period: Period;
  /** The rule set (edited texts and parameters); the defaults when absent. */
  rules?: readonly RecommendationRule[];
  /** Catalog entries, custom shares included; the catalog when absent. */
  catalog?: readonly CatalogEntry[];
  /** The chosen profile (its passports name the responsible party); the full catalog when absent. */
  profileId?: string;
}

type IndicatorEngine = (rule: RecommendationRule, input: IndicatorRuleInput) => Recommendation[];

const INDICATOR_ENGINES: Readonly<Record<string, IndicatorEngine>> = {
  IND_BELOW_TARGET: belowTarget,
  SCHOOL_BELOW_TARGET: schoolBelowTarget,
  DEFICIT_FOCUS: deficitFocus,
  SCHOOL_BEST_PRACTICE: bestPractice,
};

/** Indicator recommendations first (in rule order), then individual ones by school and row. */
export function buildRecommendations(input: RecommendationInput): Recommendation[] {
  const rules = input.rules ?? DEFAULT_RULES;
  const catalog = new Map((input.catalog ?? CATALOG).map((e) => [e.code, e]));
  const ctx: IndicatorRuleInput = { ...input, catalog };
  const out: Recommendation[] = [];
  for (const rule of rules) {
    const engine = INDICATOR_ENGINES[rule.code];
    if (rule.group === "indicator" && engine) appendAll(out, engine(rule, ctx));
  }
  appendAll(out, individualRecommendations(input.schools, rules, input.period, input.settings));
  return out;
}
