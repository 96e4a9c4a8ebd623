/**
 * One getter per Worker field, generated from the schema's keys. A generic
 * `w[field]` inside a shared closure sees every field name at one load site and
 * turns megamorphic (a hash lookup per row and condition); a getter per field
 * keeps each load monomorphic, which makes the one-pass engine several times
 * faster on 100,000 rows. The engine's column layout is the same order: a field's
 * column is its place in FIELD_IDS (the school code, then the schema's columns).
 */
import type { Worker } from "../model";
import { compileRowCode, prop } from "../schema/row-code";
import { TEACHER_FIELDS } from "../schema/teachers";
import type { FieldSpec } from "../schema/types";
import type { WorkerField } from "./conditions";

export type Getter = (w: Worker) => unknown;

/** The fields a condition reads: the school code, then the `Педагоги` columns in schema order. */
const FIELDS: readonly WorkerField[] = ["schoolCode", ...TEACHER_FIELDS.map((f) => f.key)];

/** One function literal per field, so each load site sees one field (see above). */
export const GET = compileRowCode<Record<WorkerField, Getter>>(
  {},
  `return {\n${FIELDS.map((f) => `  ${prop(f)}: (w) => w.${prop(f)},`).join("\n")}\n};`
);

export function getter(field: WorkerField): Getter {
  const get = GET[field];
  if (!get) throw new Error(`Показатель ссылается на неизвестное поле «${field}».`);
  return get;
}

/** Field ids for the engine's row program: index into FIELD_IDS. */
export const FIELD_IDS: readonly WorkerField[] = Object.keys(GET) as WorkerField[];

const idOf = (field: WorkerField): number => FIELD_IDS.indexOf(field);

/** Fields in RARE_FIELDS: identity, free text, the population's own fields. */
export const RARE_FIELDS: readonly WorkerField[] = [
  "schoolCode",
  "tabNumber",
  "fullName",
  "workerCategory",
  "position",
  "subject",
  "deficits",
  "contestResult",
  "note",
  "employment",
];

/**
 * The Worker's yes/no fields (the schema's yesno columns, in its order), in the bit
 * order of yesFlags. The engine gives `true` on flag i the atom bit i, so those atoms
 * cost nothing per row beyond yesFlags.
 */
export const FLAG_FIELDS: readonly WorkerField[] = TEACHER_FIELDS.filter(
  (f: FieldSpec) => f.type === "yesno"
).map((f) => f.key);
if (FLAG_FIELDS.length > 31) throw new Error("Schema: more than 31 yes/no columns for yesFlags");

/** Every other field: the ones conditions commonly test. */
const COMMON_FIELDS = FIELD_IDS.filter((f) => !RARE_FIELDS.includes(f) && !FLAG_FIELDS.includes(f));

/** A loader: straight-line `cols[id][r] = w.field` stores, id the field's FIELD_IDS index. */
function loader(fields: readonly WorkerField[]): (w: Worker, cols: unknown[][], r: number) => void {
  const stores = fields.map((f) => `  cols[${idOf(f)}][r] = w.${prop(f)};`).join("\n");
  return compileRowCode({}, `return function load(w, cols, r) {\n${stores}\n};`);
}

/** Bit i set when flag i of the row is `value`: straight-line monomorphic loads. */
function flagBits(value: boolean): (w: Worker) => number {
  const bits = FLAG_FIELDS.map((f, i) => `(+(w.${prop(f)} === ${value}) << ${i})`);
  return compileRowCode({}, `return function flags(w) {\n  return ${bits.join(" |\n    ")};\n};`);
}

/**
 * Row `r` of a block: the fields conditions commonly test into their columns,
 * `cols[id][r]`, id being the field's place in FIELD_IDS (the schema's order). This is
 * the only pass over the (possibly scattered) Worker objects. The rest go in by
 * loadRareColumns and the yes/no flags' values by loadFlagColumns, only for a program
 * that tests them (every store costs). The flags' Да and Нет are read by yesFlags /
 * noFlags.
 */
export const loadColumns = loader(COMMON_FIELDS);

/** Fields in RARE_FIELDS. */
export const loadRareColumns = loader(RARE_FIELDS);

export const loadFlagColumns = loader(FLAG_FIELDS);

/** Bit i: flag i is Да. */
export const yesFlags = flagBits(true);

/** Bit i: flag i is Нет. */
export const noFlags = flagBits(false);
