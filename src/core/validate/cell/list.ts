/**
 * List cells: the allowed value matched tolerantly (case, spaces, ё/е, Latin
 * look-alikes) and returned in its canonical spelling. Each column keeps a small
 * cache from raw text to answer, since a column repeats a handful of spellings.
 */
import { fold, foldedIndex } from "../../text/fold";
import { Invalid, type Parsed } from "./invalid";
import { textOf } from "./text";

const CACHE_LIMIT = 256;

export function allowedList(values: readonly string[]): string {
  return values.map((v) => `«${v}»`).join(", ");
}

export function notInList(values: readonly string[]): Invalid {
  return new Invalid("cell/enum", "нет в списке. Выберите одно из значений: {allowed}.", {
    allowed: allowedList(values),
  });
}

export function listParser(values: readonly string[]): (raw: unknown) => Parsed<string> {
  const index = foldedIndex(values);
  const cache = new Map<string, string | null | Invalid>();
  const bad = notInList(values);
  const canonical = [...values];
  return (raw) => {
    if (raw === null || raw === undefined) return null;
    if (typeof raw === "string") {
      // Most cells hold the canonical spelling (the template's drop-down): compare before hashing.
      for (let k = 0; k < canonical.length; k++) if (raw === canonical[k]) return canonical[k];
      const known = cache.get(raw);
      if (known !== undefined) return known;
    }
    const text = textOf(raw);
    if (text === null) return null;
    const answer = typeof raw === "string" || typeof raw === "number" ? (index.get(fold(text)) ?? bad) : bad;
    if (typeof raw === "string" && cache.size < CACHE_LIMIT) cache.set(raw, answer);
    return answer;
  };
}
