/**
 * One getter per Worker field, generated from the schema's keys. A generic
 * `w[field]` inside a shared closure sees every field name at one load site and
 * turns megamorphic (a hash lookup per row and condition); a getter per field
 * keeps each load monomorphic, which makes the one-pass engine several times
 * faster on 100,000 rows. compile-condition.ts (the one evaluator of the condition
 * language) reads fields only through these.
 */
import type { Worker } from "../model";
import { compileRowCode, prop } from "../schema/row-code";
import { TEACHER_FIELDS } from "../schema/teachers";
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
