/**
 * What municipal outputs (sheets, JSON) show of the recommendations: burnout is
 * private, so T_BURNOUT_HIGH is counted per school (one ОО row) instead of
 * listing workers. The school's own feedback keeps the individual rows.
 */
import { DEFAULT_RULES, ruleByCode } from "./rules";
import { fillTemplate, textOf } from "./template";
import { countOf, NOUN } from "../text/plural";
import type { Recommendation, RecommendationRule } from "./types";

export const PRIVATE_RULES: readonly string[] = ["T_BURNOUT_HIGH"];

export function municipalView(
  recs: readonly Recommendation[],
  rules: readonly RecommendationRule[] = DEFAULT_RULES
): Recommendation[] {
  const out: Recommendation[] = [];
  const counts = new Map<string, { rec: Recommendation; n: number }>();
  for (const rec of recs) {
    if (!PRIVATE_RULES.includes(rec.rule) || rec.addressee !== "Педагог") {
      out.push(rec);
      continue;
    }
    const key = `${rec.rule}|${rec.scope}`;
    const entry = counts.get(key);
    if (entry) entry.n += 1;
    else {
      const summary: Recommendation = {
        rule: rec.rule,
        addressee: "ОО",
        scope: rec.scope,
        indicator: null,
        teacher: null,
        text: "",
      };
      counts.set(key, { rec: summary, n: 1 });
      out.push(summary);
    }
  }
  for (const { rec, n } of counts.values()) {
    const rule = rules.find((r) => r.code === rec.rule) ?? ruleByCode(DEFAULT_RULES, rec.rule);
    rec.text = fillTemplate(textOf(rule, "ОО") ?? "{workersCount}", {
      count: String(n),
      workersCount: countOf(n, NOUN.worker),
    });
  }
  return out;
}
