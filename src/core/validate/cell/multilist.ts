/**
 * Several allowed values in one cell. Separated by ";" as the spec says; "," and
 * line breaks are read the same way, because no allowed value contains them and
 * people type them. Repeats are dropped, the order typed is kept.
 */
import { fold, foldedIndex } from "../../text/fold";
import { Invalid, type Parsed } from "./invalid";
import { allowedList } from "./list";
import { textOf } from "./text";

const SEPARATORS = /[;,\n\r]+/;

export function multiListParser(values: readonly string[]): (raw: unknown) => Parsed<string[]> {
  const index = foldedIndex(values);
  const allowed = allowedList(values);
  return (raw) => {
    const text = textOf(raw);
    if (text === null) return null;
    const out: string[] = [];
    for (const part of text.split(SEPARATORS)) {
      const folded = fold(part);
      if (folded === "") continue;
      const value = index.get(folded);
      if (value === undefined) {
        return new Invalid("cell/enum", "«{item}» нет в списке. Перечислите через «;» значения из списка: {allowed}.", {
          item: part.trim().slice(0, 40),
          allowed,
        });
      }
      if (!out.includes(value)) out.push(value);
    }
    return out.length === 0 ? null : out;
  };
}
