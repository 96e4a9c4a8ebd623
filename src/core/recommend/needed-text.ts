/**
 * The gap to target in words (indicators.md, «Gap to target»): how many workers
 * a recommendation asks for, which schools need the most of them, and by when.
 * Each sentence comes with its leading space, or is "" where it does not apply,
 * so a rule text reads right either way.
 */
import { hasNeeded, neededWorkers } from "../indicators/needed";
import type { CatalogEntry } from "../indicators/measures";
import type { IndicatorResult } from "../indicators/types";
import type { Period } from "../model";
import { countOf, NOUN, pluralWord, type Forms } from "../text/plural";
import { addYears, formatDay } from "../time/day";

/** `needed` of a result, null where the indicator is not a share of people. */
export function neededOf(r: IndicatorResult, entry: CatalogEntry | undefined): number | null {
  if (!entry || !hasNeeded(entry.measure)) return null;
  return neededWorkers(r);
}

/** «педагог» when the numerator counts PED only, «работник» otherwise. */
export function neededNoun(entry: CatalogEntry | undefined): Forms {
  const m = entry?.measure;
  return m && m.kind === "share" && m.numerator.population === "PED" ? NOUN.teacher : NOUN.worker;
}

/**
 * « Для достижения цели нужно ещё 3 педагога.» (≥) or « … число педагогов,
 * учтённых в показателе, должно уменьшиться на 3.» (≤); "" when nothing is needed.
 */
export function neededSentence(
  n: number | null,
  direction: IndicatorResult["direction"],
  forms: Forms,
  where = ""
): string {
  if (n === null || n <= 0) return "";
  if (direction === "≤")
    return ` Для достижения цели${where} число ${forms[2]}, учтённых в показателе, должно уменьшиться на ${n}.`;
  const need = pluralWord(n, ["нужен", "нужно", "нужно"]);
  return ` Для достижения цели${where} ${need} ещё ${countOf(n, forms)}.`;
}

/** The next period's end (the period's end + 1 year): the deadline of a recommendation. */
export function deadlineOf(period: Period): string {
  return formatDay(addYears(period.end, 1));
}
