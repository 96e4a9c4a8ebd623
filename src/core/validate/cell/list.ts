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

/**
 * One list column's matcher. The cache is seeded with the canonical spellings, so
 * the common cell (the template's drop-down value) is one hash lookup, whatever
 * string object the workbook reader produced; the hash of a string is cached
 * inside the string, so a spelling repeated by reference costs a probe.
 */
export class ListMatcher {
  private readonly index: Map<string, string>;
  private readonly cache = new Map<string, string | null | Invalid>();
  private readonly bad: Invalid;
  private readonly canonical: string[];

  constructor(values: readonly string[]) {
    this.canonical = [...values];
    this.index = foldedIndex(values);
    this.bad = notInList(values);
    for (const value of values) this.cache.set(value, value);
  }

  match(raw: unknown): Parsed<string> {
    if (typeof raw === "string") {
      // The drop-down's own strings are often the very same objects: compare before hashing.
      const canonical = this.canonical;
      for (let k = 0; k < canonical.length; k++) if (raw === canonical[k]) return canonical[k];
      const known = this.cache.get(raw);
      if (known !== undefined) return known;
    }
    return this.slow(raw);
  }

  private slow(raw: unknown): Parsed<string> {
    if (raw === null || raw === undefined) return null;
    const text = textOf(raw);
    if (text === null) return null;
    const answer =
      typeof raw === "string" || typeof raw === "number"
        ? (this.index.get(fold(text)) ?? this.bad)
        : this.bad;
    if (typeof raw === "string" && this.cache.size < CACHE_LIMIT) this.cache.set(raw, answer);
    return answer;
  }
}

export function listParser(values: readonly string[]): (raw: unknown) => Parsed<string> {
  const matcher = new ListMatcher(values);
  return (raw) => matcher.match(raw);
}
