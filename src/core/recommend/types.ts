/** Contracts of the recommendation engine (src/core/recommend). */
import type { Scope } from "../indicators/types";

export type AddresseeCode = "МОУО" | "ММС" | "ЦНППМ" | "ОО" | "Педагог";

export interface Recommendation {
  rule: string;
  addressee: AddresseeCode;
  /** `total` or a school's code. */
  scope: Scope;
  indicator: string | null;
  /** `Табельный номер` for individual rules. */
  teacher: string | null;
  /** Workers named by a school-level recommendation. */
  teachers?: string[];
  text: string;
  /** Gap to target in workers (indicators.md); null or absent where it does not apply. */
  needed?: number | null;
}

/** A number a methodologist may change in the workbook (a threshold, a count, a term). */
export interface RuleParam {
  key: string;
  /** Russian label shown beside the value. */
  label: string;
  value: number;
}

/** The text one addressee receives; `{name}` placeholders are filled with the figures. */
export interface RuleText {
  addressee: AddresseeCode;
  template: string;
}

/**
 * One recommendation rule as data: a methodologist can read the trigger, and edit
 * the texts and parameters in the workbook (sheet «Правила рекомендаций»).
 */
export interface RecommendationRule {
  code: string;
  /** Russian title shown instead of the code where a school reads it (feedback, per-worker lines). */
  title: string;
  group: "indicator" | "individual";
  /** Russian: when the rule fires. */
  trigger: string;
  texts: readonly RuleText[];
  params: readonly RuleParam[];
}
