/**
 * Data validation: ValidationModel → ExcelJS. Short lists go inline
 * ("a,b,c"); lists that do not fit Excel's 255 characters, or whose values
 * hold a comma or a quote, go into the very hidden sheet `_Списки`.
 */
import type ExcelJS from "exceljs";
import type { ValidationModel, ValidationRule } from "../../port/sheet-model";
import { DAYS_1900_TO_1904, dateFromDay, dayOf } from "../../core/time/day";
import { rangeA1 } from "../../core/text/a1";
import { LIMITS, truncate } from "../../core/text/validation-limits";
import { addDataValidation } from "./internals";
import { listSourceRange } from "./list-sheet";
import { inlineListFormula } from "../ooxml/formats";

type Rule = Pick<ExcelJS.DataValidation, "type" | "operator" | "formulae">;

export function addValidation(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  model: ValidationModel
): void {
  const validation: ExcelJS.DataValidation = {
    ...ruleOf(workbook, model.rule),
    allowBlank: model.allowBlank ?? true,
  };
  if (model.prompt) {
    validation.showInputMessage = true;
    validation.promptTitle = truncate(model.prompt.title, LIMITS.promptTitle);
    validation.prompt = truncate(model.prompt.message, LIMITS.prompt);
  }
  // No error text in the model means "suggest, never refuse" (e.g. several deficits in one cell).
  validation.showErrorMessage = model.error !== undefined;
  if (model.error) {
    validation.errorStyle = "stop";
    validation.errorTitle = truncate(model.error.title, LIMITS.errorTitle);
    validation.error = truncate(model.error.message, LIMITS.error);
  }
  addDataValidation(sheet, rangeA1(model.range), validation);
}

function ruleOf(workbook: ExcelJS.Workbook, rule: ValidationRule): Rule {
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        formulae: [inlineListFormula(rule.values) ?? listSourceRange(workbook, rule.values)],
      };
    case "date": {
      const shift = workbook.properties?.date1904 ? DAYS_1900_TO_1904 : 0;
      const floor = shift ? dayOf(1904, 1, 1) : dayOf(1900, 1, 1);
      return bounded(
        "date",
        toDate(rule.min, shift),
        toDate(rule.max, shift),
        toDate(floor, shift)!
      );
    }
    case "decimal":
    case "whole":
      return bounded(rule.kind, rule.min, rule.max, -1e15);
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

/*
 * ExcelJS writes a validation's dates as 1900-system serials whatever the workbook's date
 * system (its cells follow `properties.date1904`, its validations do not). In a 1904 workbook
 * (Excel for Mac's old default) the same serial is 1,462 days later (DAYS_1900_TO_1904): the
 * bound is moved back by as much, so that Excel reads the intended day.
 */

function toDate(day: number | undefined, shift: number): Date | undefined {
  return day === undefined ? undefined : dateFromDay(day - shift);
}

/** min and max → between; one bound → ≥ or ≤; none → anything of the type. */
function bounded<T>(type: Rule["type"], min: T | undefined, max: T | undefined, floor: T): Rule {
  if (min !== undefined && max !== undefined) {
    return { type, operator: "between", formulae: [min, max] };
  }
  if (max !== undefined) return { type, operator: "lessThanOrEqual", formulae: [max] };
  return { type, operator: "greaterThanOrEqual", formulae: [min ?? floor] };
}
