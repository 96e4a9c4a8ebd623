/**
 * Data validation: ValidationModel → ExcelJS. Short lists go inline
 * ("a,b,c"); lists that do not fit Excel's 255 characters, or whose values
 * hold a comma or a quote, go into the very hidden sheet `_Списки`.
 */
import type ExcelJS from "exceljs";
import type { ValidationModel, ValidationRule } from "../../port/sheet-model";
import { dateFromDay } from "../../core/time/day";
import { rangeAddress } from "../ooxml/a1";
import { LIMITS, truncate } from "../ooxml/text-limits";
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
  addDataValidation(sheet, rangeAddress(model.range), validation);
}

function ruleOf(workbook: ExcelJS.Workbook, rule: ValidationRule): Rule {
  switch (rule.kind) {
    case "list":
      return {
        type: "list",
        formulae: [inlineListFormula(rule.values) ?? listSourceRange(workbook, rule.values)],
      };
    case "date":
      return bounded("date", toDate(rule.min), toDate(rule.max), new Date(Date.UTC(1900, 0, 1)));
    case "decimal":
    case "whole":
      return bounded(rule.kind, rule.min, rule.max, -1e15);
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

function toDate(day: number | undefined): Date | undefined {
  return day === undefined ? undefined : dateFromDay(day);
}

/** min and max → between; one bound → ≥ or ≤; none → anything of the type. */
function bounded<T>(type: Rule["type"], min: T | undefined, max: T | undefined, floor: T): Rule {
  if (min !== undefined && max !== undefined) {
    return { type, operator: "between", formulae: [min, max] };
  }
  if (max !== undefined) return { type, operator: "lessThanOrEqual", formulae: [max] };
  return { type, operator: "greaterThanOrEqual", formulae: [min ?? floor] };
}
