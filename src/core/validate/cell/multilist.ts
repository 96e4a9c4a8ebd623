/**
 * Several allowed values in one cell. Separated by ";" as the spec says; "," and
 * line breaks are read the same way, because no allowed value contains them and
 * people type them. Repeats are dropped, the order typed is kept. A column repeats
 * a few combinations, so answers are cached by raw text and shared frozen.
 */
import { fold, foldedIndex } from "../../text/fold";
import { Invalid, type Parsed } from "./invalid";
import { allowedList } from "./list";
import { textOf } from "./text";

const SEPARATORS = /[;,\n\r]+/;
const CACHE_LIMIT = 256;

export class MultiListMatcher {
  private readonly index: Map<string, string>;
  private readonly allowed: string;
  private readonly cache = new Map<string, Parsed<string[]>>();

  constructor(values: readonly string[]) {
    this.index = foldedIndex(values);
    this.allowed = allowedList(values);
  }

  match(raw: unknown): Parsed<string[]> {
    if (typeof raw === "string") {
      const known = this.cache.get(raw);
      if (known !== undefined) return known;
    }
    const text = textOf(raw);
    if (text === null) return null;
    const answer = this.parse(text);
    if (typeof raw === "string" && this.cache.size < CACHE_LIMIT) this.cache.set(raw, answer);
    return answer;
  }

  private parse(text: string): Parsed<string[]> {
    const out: string[] = [];
    for (const part of text.split(SEPARATORS)) {
      const folded = fold(part);
      if (folded === "") continue;
      const value = this.index.get(folded);
      if (value === undefined) {
        return new Invalid(
          "cell/enum",
          "«{item}» нет в списке. Перечислите через «;» значения из списка: {allowed}.",
          {
            item: part.trim().slice(0, 40),
            allowed: this.allowed,
          }
        );
      }
      if (!out.includes(value)) out.push(value);
    }
    return out.length === 0 ? null : (Object.freeze(out) as string[]);
  }
}

export function multiListParser(values: readonly string[]): (raw: unknown) => Parsed<string[]> {
  const matcher = new MultiListMatcher(values);
  return (raw) => matcher.match(raw);
}
