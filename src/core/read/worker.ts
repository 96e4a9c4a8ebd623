/**
 * Turns a row's parsed values (schema order of the sheet being read) into a
 * Worker: the schema's TEACHER_FIELDS, each value read the way its column's type
 * says (emptyValueOf), compiled once into one object literal with a stable shape
 * (row-code.ts says why). The rule row is filled by code made the same way.
 */
import type { Worker } from "../model";
import { prop, compileRowCode } from "../schema/row-code";
import { emptyValueOf, type TeacherValues } from "../schema/teacher-row";
import { TEACHER_FIELDS } from "../schema/teachers";
import type { FieldSpec } from "../schema/types";

/** A parsed value as a Worker field holds it (the row code keeps values as unknown). */
const asText = (v: unknown): string | null => (v as string | null) ?? null;
const asNumber = (v: unknown): number | null => (v as number | null) ?? null;

/** What an empty cell of column k reads to. */
const EMPTY: readonly unknown[] = TEACHER_FIELDS.map(emptyValueOf);

/**
 * The expression reading column k from `v` at offset `o`: a yes/no column whose
 * empty cell means Нет reads anything but Да as false; any other column its parsed
 * value, or EMPTY[k] when empty.
 */
function valueCode(field: FieldSpec, k: number): string {
  if (field.type === "yesno" && field.emptyMeans !== undefined) return `v[o + ${k}] === true`;
  return EMPTY[k] === null ? `v[o + ${k}] ?? null` : `v[o + ${k}] ?? EMPTY[${k}]`;
}

/** `key: value,` for every column, in schema order. */
const FIELDS_CODE = TEACHER_FIELDS.map(
  (f: FieldSpec, k) => `${prop(f.key)}: ${valueCode(f, k)},`
).join("\n");

/**
 * Where the `Педагоги` columns start among a sheet's fields: they must all be there,
 * in schema order, from that position on (a consolidated sheet puts `Код ОО` first).
 */
export function teacherColumnsStart(fields: readonly FieldSpec[]): number {
  const at = (key: string): number => fields.findIndex((f) => f.key === key);
  const missing = TEACHER_FIELDS.find((f) => at(f.key) < 0);
  if (missing) throw new Error(`Schema: sheet lacks ${missing.key}`);
  const o = at(TEACHER_FIELDS[0].key);
  const misplaced = TEACHER_FIELDS.find((f, k) => at(f.key) !== o + k);
  if (misplaced) throw new Error(`Schema: ${misplaced.key} out of order`);
  return o;
}

export type WorkerBuilder = (
  values: readonly unknown[],
  row: number,
  schoolCode: string,
  hasErrors: boolean
) => Worker;

/**
 * Compiled once at load; each sheet's builder is a closure of it, so every builder
 * shares one optimised code (a sheet of a few rows would never warm up code of its own).
 */
const workerBuilderFor = compileRowCode<(o: number, src: number, srcRow: number) => WorkerBuilder>(
  { EMPTY, asText, asNumber },
  `return function workerBuilderFor(o, src, srcRow) {
  return function buildWorker(v, row, schoolCode, hasErrors) {
    const worker = {
      schoolCode,
      row,
      hasErrors,
${FIELDS_CODE}
    };
    if (src >= 0 || srcRow >= 0) {
      worker.sourceFile = src >= 0 ? asText(v[src]) : null;
      worker.sourceRow = srcRow >= 0 ? asNumber(v[srcRow]) : null;
    }
    return worker;
  };
};`
);

export function makeWorkerBuilder(fields: readonly FieldSpec[]): WorkerBuilder {
  return workerBuilderFor(
    teacherColumnsStart(fields),
    fields.findIndex((f) => f.key === "sourceFile"),
    fields.findIndex((f) => f.key === "sourceRow")
  );
}

type TeacherValuesFiller = (values: readonly unknown[]) => TeacherValues;

/**
 * Compiled once, as workerBuilderFor: each filler writes its own reused row, made by
 * an object literal so that it keeps fast properties (an object given 41 keys one by
 * one turns into a hash table).
 */
const fillerFor = compileRowCode<(o: number) => TeacherValuesFiller>(
  { EMPTY },
  `return function fillerFor(o) {
  const row = {
${TEACHER_FIELDS.map((f: FieldSpec, k) => `    ${prop(f.key)}: EMPTY[${k}],`).join("\n")}
  };
  return function fillRow(v) {
${TEACHER_FIELDS.map((f: FieldSpec, k) => `    row.${prop(f.key)} = ${valueCode(f, k)};`).join("\n")}
    return row;
  };
};`
);

/** Fills ONE `Педагоги` values object from each row's parsed values and returns it. */
export function makeTeacherValuesFiller(fields: readonly FieldSpec[]): TeacherValuesFiller {
  return fillerFor(teacherColumnsStart(fields));
}
