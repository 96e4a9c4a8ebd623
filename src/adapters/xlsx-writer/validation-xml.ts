/**
 * <dataValidation> elements, with the ExcelJS adapter's rules: a list is inline
 * or a range of `_Списки` (decided when the sheet is written, see list-sheet.ts);
 * min and max give between, one bound ≥ or ≤, none "anything of the type"; no
 * error text means the list suggests but never refuses; texts are cut to
 * Excel's limits.
 */
import { dateFromDay, serialFromDate } from "../../core/time/day";
import type { ValidationModel } from "../../port/sheet-model";
import { rangeA1 } from "../../core/text/a1";
import { LIMITS, truncate } from "../../core/text/validation-limits";
import { escapeXml } from "../ooxml/xml";

interface Rule {
  type: string;
  operator?: string;
  formulae: (string | number)[];
}

const FLOOR_DATE = new Date(Date.UTC(1900, 0, 1));

function bounded(
  type: string,
  min: number | undefined,
  max: number | undefined,
  floor: number
): Rule {
  if (min !== undefined && max !== undefined)
    return { type, operator: "between", formulae: [min, max] };
  if (max !== undefined) return { type, operator: "lessThanOrEqual", formulae: [max] };
  return { type, operator: "greaterThanOrEqual", formulae: [min ?? floor] };
}

function serialOf(day: number | undefined): number | undefined {
  return day === undefined ? undefined : serialFromDate(dateFromDay(day));
}

function ruleOf(model: ValidationModel, listFormula: string | null): Rule {
  const rule = model.rule;
  switch (rule.kind) {
    case "list":
      return { type: "list", formulae: [listFormula ?? '""'] };
    case "date":
      return bounded("date", serialOf(rule.min), serialOf(rule.max), serialFromDate(FLOOR_DATE));
    case "decimal":
    case "whole":
      return bounded(rule.kind, rule.min, rule.max, -1e15);
    case "textLength":
      return { type: "textLength", operator: "lessThanOrEqual", formulae: [rule.max] };
  }
}

const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;

export function validationXml(model: ValidationModel, listFormula: string | null): string {
  const rule = ruleOf(model, listFormula);
  let a = attr("type", rule.type);
  // "between" is the default operator and, as ExcelJS does, is left out.
  if (rule.operator && rule.operator !== "between") a += attr("operator", rule.operator);
  if (model.allowBlank ?? true) a += ' allowBlank="1"';
  if (model.prompt) {
    a += ' showInputMessage="1"';
    a += attr("promptTitle", truncate(model.prompt.title, LIMITS.promptTitle));
    a += attr("prompt", truncate(model.prompt.message, LIMITS.prompt));
  }
  if (model.error) {
    a += ' showErrorMessage="1" errorStyle="stop"';
    a += attr("errorTitle", truncate(model.error.title, LIMITS.errorTitle));
    a += attr("error", truncate(model.error.message, LIMITS.error));
  }
  a += attr("sqref", rangeA1(model.range));
  const formulae = rule.formulae
    .map((f, i) => `<formula${i + 1}>${escapeXml(String(f))}</formula${i + 1}>`)
    .join("");
  return `<dataValidation${a}>${formulae}</dataValidation>`;
}
