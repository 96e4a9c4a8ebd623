/**
 * The shape of a cross-field row rule of `Педагоги` (template.md, "Row rules
 * beyond types"). Each rule is a small file with its code and message template;
 * a rule never fires on a value that is already unusable (it has its own error).
 */
import type { Period } from "../../model";
import { TEACHERS } from "../../schema/school";
import type { TeacherFieldSpec, TeacherKey, TeacherValues } from "../../schema/teacher-row";
import { compileRowCode, prop } from "../../schema/row-code";
import { TEACHER_FIELDS } from "../../schema/teachers";
import { fieldByKey } from "../../schema/types";
import type { IssueCode } from "../codes";
import type { Params } from "../message";

/** Worker fields that come from a column of the sheet. */
export type WorkerField = TeacherKey;

/**
 * The values the rules read, as the Worker they become (a Worker is one). Validation
 * alone fills one reused object of this shape per row instead of building a Worker.
 */
export type RuleRow = TeacherValues;

/** What a rule sees of the row being checked; reused from row to row. */
export interface WorkerCheck {
  worker: RuleRow;
  /** the school's period; null when unusable (period rules are then skipped) */
  period: Period | null;
  /** full years at the period's end; null when the birth date or period is unusable */
  age: number | null;
  /** the cell was filled but unusable */
  isBad(field: WorkerField): boolean;
  report(code: IssueCode, field: WorkerField | null, template: string, params?: Params): void;
}

export interface WorkerRule {
  readonly code: IssueCode;
  check(row: WorkerCheck): void;
}

type DateField = Extract<TeacherFieldSpec, { type: "date" }>["key"];

/**
 * The date fields a person fills: the birth date first (the age rules count from it),
 * then the other date columns in sheet order.
 */
export const DATE_FIELDS: readonly DateField[] = [
  "birthDate",
  ...TEACHER_FIELDS.filter(
    (f): f is Extract<TeacherFieldSpec, { type: "date" }> => f.type === "date"
  )
    .map((f) => f.key)
    .filter((key) => key !== "birthDate"),
];

/**
 * DATE_FIELDS[i] of a worker. A switch generated from the schema, because
 * `worker[field]` over the date names is a megamorphic keyed load, paid several
 * times per row.
 */
export const dateAt = compileRowCode<(worker: RuleRow, i: number) => number | null>(
  {},
  `return function dateAt(w, i) {
  switch (i) {
${DATE_FIELDS.map((f, i) => `    case ${i}: return w.${prop(f)};`).join("\n")}
    default: return null;
  }
};`
);

/** A column's header from the schema, for messages that name another column. */
export function headerOf(field: WorkerField): string {
  return fieldByKey(TEACHERS, field).header;
}
