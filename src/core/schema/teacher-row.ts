/**
 * What one row of `Педагоги` holds, derived from TEACHER_FIELDS: the key of each
 * column and the value its type reads to. A column added to the table is in these
 * types, in the reader's loop and in the engine's getters without another edit.
 */
import type { Day } from "../time/day";
import { TEACHER_FIELDS } from "./teachers";
import type { FieldSpec } from "./types";

export type TeacherFieldSpec = (typeof TEACHER_FIELDS)[number];
/** The key of a `Педагоги` column, in code. */
export type TeacherKey = TeacherFieldSpec["key"];

/**
 * The value a column of this spec reads to: a list of values for a multilist;
 * never empty when an empty cell has a meaning (`emptyMeans`) or for the unique key
 * column (empty reads as ""); otherwise null when empty.
 */
export type ValueOf<F> = F extends { type: "multilist" }
  ? string[]
  : F extends { type: "yesno" }
    ? F extends { emptyMeans: string }
      ? boolean
      : boolean | null
    : F extends { type: "date" }
      ? Day | null
      : F extends { type: "number" | "integer" }
        ? number | null
        : F extends { emptyMeans: string } | { unique: true }
          ? string
          : string | null;

/** The values of one `Педагоги` row by column key. */
export type TeacherValues = { -readonly [F in TeacherFieldSpec as F["key"]]: ValueOf<F> };

/** Shared by every row without a multilist value (parsed lists are shared and frozen too). */
export const NO_VALUES: string[] = Object.freeze([]) as unknown as string[];

/**
 * What an empty cell of the column reads to, at run time the same rule as ValueOf:
 * a yes/no column with `emptyMeans` reads Да as true and anything else as false.
 */
export function emptyValueOf(field: FieldSpec): unknown {
  if (field.type === "multilist") return NO_VALUES;
  if (field.type === "yesno") return field.emptyMeans === undefined ? null : false;
  if (field.type === "date" || field.type === "number" || field.type === "integer") return null;
  if (field.emptyMeans !== undefined) return field.emptyMeans;
  return field.unique ? "" : null;
}

/**
 * A row with every column empty, by key in schema order: the base a hand-made row
 * (tests, fixtures) overrides, so a new column needs no edit there.
 */
export function emptyTeacherValues(): TeacherValues {
  const row: Record<string, unknown> = {};
  for (const field of TEACHER_FIELDS as readonly FieldSpec[]) row[field.key] = emptyValueOf(field);
  return row as TeacherValues;
}
