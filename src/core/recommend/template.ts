/** Filling rule texts: `{name}` placeholders and Russian number formatting. */
import { formatDay, type Day } from "../time/day";
import type { RecommendationRule, RuleParam } from "./types";

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Replaces known placeholders; an unknown one stays as typed, so an edit error is
 * visible. A placeholder filled with nothing leaves no trace: «предмета ({subject}).»
 * with no subject reads «предмета.», not «предмета ().» (tidy).
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return tidy(template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole));
}

/** Empty brackets gone, double spaces collapsed, no space before a punctuation mark. */
export function tidy(text: string): string {
  return text
    .replace(/ *\(\s*\)/g, "")
    .replace(/ {2,}/g, " ")
    .replace(/ +([.,;:])/g, "$1")
    .trim();
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** One decimal with a decimal comma (30,0); whole counts without decimals. */
export function formatNumber(value: number | null, whole = false): string {
  if (value === null || !Number.isFinite(value)) return "нет данных";
  if (whole && Number.isInteger(value)) return String(value);
  return value.toFixed(1).replace(".", ",");
}

export function formatDayOr(day: Day | null, none: string): string {
  return day === null ? none : formatDay(day);
}

export function textOf(rule: RecommendationRule, addressee: string): string | null {
  return rule.texts.find((t) => t.addressee === addressee)?.template ?? null;
}

export function paramOf(rule: RecommendationRule, key: string): number {
  const param: RuleParam | undefined = rule.params.find((p) => p.key === key);
  if (!param) throw new Error(`Rule ${rule.code}: no parameter ${key}`);
  return param.value;
}
