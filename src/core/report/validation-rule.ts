/**
 * The schema → Excel data validation rule of a field, once for the school
 * template (app/template/validation.ts, with prompt and error texts) and the
 * generated data sheets (kit.ts `listValidations`): a dropdown for lists and
 * Да/Нет, date, number and length checks where Excel has them.
 */
import type { FieldSpec } from "../schema";
import { FIRST_DAY, LAST_DAY } from "../time/day";
import { SCHOOL_CODE_MAX_LENGTH } from "../validate/cell/code";
import type { ValidationRule } from "../../port/sheet-model";

export function validationRule(field: FieldSpec): ValidationRule | null {
  switch (field.type) {
    case "yesno":
    case "list":
    case "multilist":
      return { kind: "list", values: field.values ?? [] };
    case "date":
      // Dates a person could mean: anything else in a date cell is a typing slip.
      return { kind: "date", min: FIRST_DAY, max: LAST_DAY };
    case "number":
      return {
        kind: "decimal",
        min: field.min ?? 0,
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case "integer":
      return {
        kind: "whole",
        min: field.min ?? 0,
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    case "code":
      return { kind: "textLength", max: SCHOOL_CODE_MAX_LENGTH };
    case "text":
      return null;
  }
}
