/**
 * The values the row rules read, taken from a row's parsed values into ONE object
 * reused from row to row: validation alone needs no Worker per row (100,000 objects
 * of 47 fields cost more than reading every cell). The values are read by the same
 * schema code as a Worker's, so the rules see the same thing either way.
 */
import type { FieldSpec } from "../schema/types";
import type { RuleRow } from "../validate/rows";
import { makeTeacherValuesFiller } from "./worker";

export type RuleRowFiller = (values: readonly unknown[]) => RuleRow;

export function makeRuleRowFiller(fields: readonly FieldSpec[]): RuleRowFiller {
  return makeTeacherValuesFiller(fields);
}
