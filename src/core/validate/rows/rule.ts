/**
 * The shape of a cross-field row rule of `Педагоги` (template.md, "Row rules
 * beyond types"). Each rule is a small file with its code and message template;
 * a rule never fires on a value that is already unusable (it has its own error).
 */
import type { Period, Worker } from "../../model";
import { TEACHERS } from "../../schema/school";
import { fieldByKey } from "../../schema/types";
import type { IssueCode } from "../codes";
import type { Params } from "../message";

/** Worker fields that come from a column of the sheet. */
export type WorkerField = Exclude<
  keyof Worker,
  "schoolCode" | "row" | "hasErrors" | "sourceFile" | "sourceRow"
>;

/**
 * The fields the rules read, as the Worker they become (a Worker is one). Validation
 * alone fills one reused object of this shape per row instead of building a Worker.
 */
export type RuleRow = Pick<
  Worker,
  | "birthDate"
  | "attestationDate"
  | "diagnosticsDate"
  | "courseDate"
  | "pedExperience"
  | "qualificationCategory"
  | "diagnosticsLevel"
  | "courseOrganisation"
  | "retrainingSent"
  | "retrainingCompleted"
  | "contestLevel"
  | "contestResult"
  | "pedagogicalEducation"
  | "educationLevel"
  | "iomDeveloped"
  | "courseFromDiagnostics"
  | "deficits"
  | "courseInRegistry"
>;

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

/** The date fields a person fills, in sheet order. */
export const DATE_FIELDS = [
  "birthDate",
  "attestationDate",
  "diagnosticsDate",
  "courseDate",
] as const satisfies readonly WorkerField[];

/**
 * DATE_FIELDS[i] of a worker. A switch, because `worker[field]` over four names is
 * a megamorphic keyed load, paid several times per row.
 */
export function dateAt(worker: RuleRow, i: number): number | null {
  switch (i) {
    case 0:
      return worker.birthDate;
    case 1:
      return worker.attestationDate;
    case 2:
      return worker.diagnosticsDate;
    default:
      return worker.courseDate;
  }
}

/** A column's header from the schema, for messages that name another column. */
export function headerOf(field: WorkerField): string {
  return fieldByKey(TEACHERS, field).header;
}
