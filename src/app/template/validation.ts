/**
 * Excel data validation for a schema field in the school template: the rule
 * (core/report/validation-rule.ts) with an input message from the field's help,
 * so a person sees the rule while typing, and an error text.
 */
import type { FieldSpec } from "../../core/schema";
import { validationRule } from "../../core/report/validation-rule";
import type { RangeRef, ValidationModel } from "../../port/sheet-model";
import { allowedText } from "./describe";
import { LIMITS, truncate } from "../../core/text/validation-limits";

/** The input message's first words on a cell a pre-filled workbook leaves for the school. */
export const RENEW_PROMPT = "Обновите: ответ за новый период.";

/**
 * `renew`: the cell is left for the school to answer anew (a pre-filled
 * workbook): the message starts with RENEW_PROMPT, and a text column gets a
 * length check only to carry it.
 */
export function fieldValidation(
  field: FieldSpec,
  range: RangeRef,
  /** `prompt`: a marked cell's own first words (a kept value to check, a bad value left out). */
  options: { renew?: boolean; prompt?: string } = {}
): ValidationModel | null {
  const rule =
    validationRule(field) ?? (options.renew ? { kind: "textLength" as const, max: 32767 } : null);
  if (!rule) return null;
  const first = options.prompt ?? RENEW_PROMPT;
  const text = options.renew ? `${first} ${promptText(field)}` : promptText(field);
  const model: ValidationModel = {
    range,
    rule,
    allowBlank: true,
    prompt: {
      title: truncate(field.header, LIMITS.promptTitle),
      message: truncate(text, LIMITS.prompt),
    },
  };
  // Several deficits are typed into one cell: the dropdown helps, but must not refuse "A; B".
  if (field.type !== "multilist") {
    model.error = {
      title: truncate(field.header, LIMITS.errorTitle),
      message: truncate(errorText(field), LIMITS.error),
    };
  }
  return model;
}

function promptText(field: FieldSpec): string {
  return `${field.help} Допустимо: ${allowedText(field)}.`;
}

function errorText(field: FieldSpec): string {
  if (field.type === "list" || field.type === "yesno")
    return `Выберите значение из списка: ${allowedText(field)}.`;
  if (field.type === "date") return "Введите дату в формате ДД.ММ.ГГГГ, например 15.03.2025.";
  return `Допустимо: ${allowedText(field)}.`;
}
