/**
 * One line per worker (recommendations.md): a school receives a short list, not
 * one line per rule. The individual recommendations of one worker are joined in
 * the order of priority — law first (ПК, аттестация), then diagnostics, ИОМ,
 * mentoring, retraining, burnout — as «1) направить на ПК …; 2) …». The JSON
 * keeps one entry per rule and worker; only sheets and feedback files join.
 */
import { DEFAULT_RULES, INDIVIDUAL_RULES } from "./rules";
import type { Recommendation, RecommendationRule } from "./types";

export interface WorkerLine {
  scope: string;
  teacher: string;
  /** Rule codes in priority order. */
  rules: string[];
  /** Russian titles of the rules, in the same order. */
  titles: string[];
  /** «1) направить …; 2) …». */
  text: string;
}

const PRIORITY = new Map(INDIVIDUAL_RULES.map((r, i) => [r.code, i]));
const rank = (code: string): number => PRIORITY.get(code) ?? PRIORITY.size;

/** The Russian title of a rule (the edited set's, else the default's, else the code). */
export function ruleTitle(
  code: string,
  rules: readonly RecommendationRule[] = DEFAULT_RULES
): string {
  return (
    rules.find((r) => r.code === code)?.title ??
    DEFAULT_RULES.find((r) => r.code === code)?.title ??
    code
  );
}

/** «Направить на ПК.» → «направить на ПК» (an abbreviation keeps its capitals). */
function asItem(text: string): string {
  const t = text.trim().replace(/[.\s]+$/u, "");
  const [a, b] = [t.charAt(0), t.charAt(1)];
  return b && b === b.toLowerCase() && b !== b.toUpperCase() ? a.toLowerCase() + t.slice(1) : t;
}

/** Joins the actions of one worker: «1) …; 2) ….», or the one action as it is written. */
export function joinActions(texts: readonly string[]): string {
  if (texts.length === 1) return texts[0];
  return `${texts.map((t, i) => `${i + 1}) ${asItem(t)}`).join("; ")}.`;
}

/**
 * The individual recommendations (addressee `Педагог`) grouped by school and
 * `Табельный номер`, in the order of first appearance; other recommendations are ignored.
 */
export function perWorker(
  recs: readonly Recommendation[],
  rules: readonly RecommendationRule[] = DEFAULT_RULES
): WorkerLine[] {
  const groups = new Map<string, Recommendation[]>();
  for (const r of recs) {
    if (r.addressee !== "Педагог" || r.teacher === null) continue;
    const key = `${r.scope}\u0000${r.teacher}`;
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: WorkerLine[] = [];
  for (const list of groups.values()) {
    const sorted = list
      .map((r, i) => ({ r, i }))
      .sort((a, b) => rank(a.r.rule) - rank(b.r.rule) || a.i - b.i)
      .map((x) => x.r);
    out.push({
      scope: sorted[0].scope,
      teacher: sorted[0].teacher!,
      rules: sorted.map((r) => r.rule),
      titles: sorted.map((r) => ruleTitle(r.rule, rules)),
      text: joinActions(sorted.map((r) => r.text)),
    });
  }
  return out;
}
