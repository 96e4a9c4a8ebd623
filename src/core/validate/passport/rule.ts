/**
 * Cross-field rules of the school passport (period, vacancies). They run the same
 * way on a `Паспорт ОО` sheet and on a row of a municipality's `ОО` sheet.
 */
import type { Passport } from "../../model";
import { PASSPORT } from "../../schema/school";
import { fieldByKey } from "../../schema/types";
import type { IssueCode } from "../codes";
import type { Params } from "../message";

export type PassportField = keyof Passport;

export interface PassportCheck {
  passport: Passport;
  isBad(field: PassportField): boolean;
  /** Reports at the field's cell; the field then counts as unusable. */
  report(code: IssueCode, field: PassportField, template: string, params?: Params): void;
}

export interface PassportRule {
  readonly code: IssueCode;
  check(row: PassportCheck): void;
}

export function labelOf(field: PassportField): string {
  return fieldByKey(PASSPORT, field).header;
}
