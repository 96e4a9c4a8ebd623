/**
 * A sheet's fields compiled once for the row loop: a kind code, bounds and list
 * matchers per field in typed arrays, parsed by ONE switch. The former closure per
 * column made the loop's call site megamorphic (no inlining, ~4 million indirect
 * calls per 100,000 rows); a switch calling known functions lets the compiler
 * inline the common paths. `compileField` stays the reference: both must agree.
 */
import type { FieldSpec } from "../../schema/types";
import { NO, YES } from "../../schema/values";
import { parseCode } from "./code";
import { emptyValueOf } from "./compile";
import { parseDate } from "./date";
import { Invalid } from "./invalid";
import { ListMatcher } from "./list";
import { MultiListMatcher } from "./multilist";
import { parseInteger, parseNumber } from "./number";
import { parseText } from "./text";
import { parseYesNo } from "./yesno";

const TEXT = 0,
  CODE = 1,
  DATE = 2,
  NUMBER = 3,
  INTEGER = 4,
  YESNO = 5,
  LIST = 6,
  MULTILIST = 7;
const KIND = {
  text: TEXT,
  code: CODE,
  date: DATE,
  number: NUMBER,
  integer: INTEGER,
  yesno: YESNO,
  list: LIST,
  multilist: MULTILIST,
} as const;

/** shortcuts: the value is the cell itself when it is `Да` / `Нет` or one of a list's values. */
const YES_NO_SHORTCUT = 1;
const LIST_SHORTCUT = 2;

/**
 * The parsed value of a cell when the shortcut decides it (the same as `parse`: a
 * property test compares them), undefined when the parser must. Small, so inlined.
 */
export function shortcutValue(
  shortcut: number,
  canonical: readonly string[] | null,
  cell: unknown
): unknown {
  if (shortcut === YES_NO_SHORTCUT) return cell === YES ? true : cell === NO ? false : undefined;
  if (shortcut === LIST_SHORTCUT) {
    for (let k = 0; k < canonical!.length; k++) if (cell === canonical![k]) return canonical![k];
  }
  return undefined;
}

export class CompiledColumns {
  readonly kinds: Int32Array;
  /** NaN where the field has no bound */
  readonly mins: Float64Array;
  readonly maxs: Float64Array;
  readonly bounded: Uint8Array;
  /**
   * Per field, what the row loop may decide without the parser: YES_NO_SHORTCUT (a cell
   * that is `Да` or `Нет`), LIST_SHORTCUT (a cell that is one of `canonicals[f]`), 0.
   */
  readonly shortcuts: Uint8Array;
  /** A list field's allowed values, as the schema spells them; null for other fields. */
  readonly canonicals: (readonly string[] | null)[];
  /** What an empty cell means per field (already parsed). */
  readonly empties: unknown[];
  readonly lists: (ListMatcher | null)[];
  readonly multis: (MultiListMatcher | null)[];

  constructor(fields: readonly FieldSpec[]) {
    this.kinds = Int32Array.from(fields.map((f) => KIND[f.type]));
    this.mins = Float64Array.from(fields.map((f) => f.min ?? NaN));
    this.maxs = Float64Array.from(fields.map((f) => f.max ?? NaN));
    this.bounded = Uint8Array.from(
      fields.map((f) => (f.min !== undefined || f.max !== undefined ? 1 : 0))
    );
    this.shortcuts = Uint8Array.from(
      fields.map((f, i) =>
        this.bounded[i] === 1
          ? 0
          : f.type === "yesno"
            ? YES_NO_SHORTCUT
            : f.type === "list"
              ? LIST_SHORTCUT
              : 0
      )
    );
    this.canonicals = fields.map((f) => (f.type === "list" ? [...(f.values ?? [])] : null));
    this.empties = fields.map(emptyValueOf);
    this.lists = fields.map((f) => (f.type === "list" ? new ListMatcher(f.values ?? []) : null));
    this.multis = fields.map((f) =>
      f.type === "multilist" ? new MultiListMatcher(f.values ?? []) : null
    );
  }

  /** The parsed value of a non-empty cell of field `f`: value, null (blank text) or Invalid. */
  parse(f: number, cell: unknown): unknown {
    const value = this.parseType(f, cell);
    return this.bounded[f] === 1 ? this.bound(f, value) : value;
  }

  private parseType(f: number, cell: unknown): unknown {
    switch (this.kinds[f]) {
      case YESNO:
        // The template's drop-down spellings first: a pointer or 2–3 character compare.
        return cell === YES ? true : cell === NO ? false : parseYesNo(cell);
      case LIST:
        return (this.lists[f] as ListMatcher).match(cell);
      case TEXT:
        return parseText(cell);
      case DATE:
        return parseDate(cell);
      case NUMBER:
        return parseNumber(cell);
      case INTEGER:
        return parseInteger(cell);
      case MULTILIST:
        return (this.multis[f] as MultiListMatcher).match(cell);
      case CODE:
        return parseCode(cell);
    }
    return null;
  }

  /** min/max as compileField's withBounds: min first; only numbers are checked. */
  private bound(f: number, value: unknown): unknown {
    if (typeof value !== "number") return value;
    const min = this.mins[f];
    const max = this.maxs[f];
    if (value < min)
      return new Invalid("cell/minimum", "меньше {min}. Введите число не меньше {min}.", { min });
    if (value > max)
      return new Invalid("cell/maximum", "больше {max}. Введите число не больше {max}.", { max });
    return value;
  }
}
