/**
 * Excel data validation for a schema field: a dropdown for lists and Да/Нет,
 * date, number and length checks where Excel has them, and an input message
 * from the field's help, so a person sees the rule while typing.
 */
import type { FieldSpec } from "../../core/schema";
import { FIRST_DAY, LAST_DAY } from "../../core/time/day";
import type { RangeRef, ValidationModel, ValidationRule } from "../../port/sheet-model";
import { SCHOOL_CODE_MAX_LENGTH } from "../../core/validate/cell/code";
import { allowedText } from "./describe";
import { PROMPT_MESSAGE_MAX, PROMPT_TITLE_MAX } from "./styles";


export function fieldValidation(field: FieldSpec, range: RangeRef): ValidationModel | null {
  const rule = ruleFor(field);
  if (!rule) return null;
  const model: ValidationModel = {
    range,
    rule,
    allowBlank: true,
    prompt: { title: clip(field.header, PROMPT_TITLE_MAX), message: clip(promptText(field), PROMPT_MESSAGE_MAX) },
  };
  // Several deficits are typed into one cell: the dropdown helps, but must not refuse "A; B".
  if (field.type !== "multilist") {
    model.error = { title: clip(field.header, PROMPT_TITLE_MAX), message: clip(errorText(field), PROMPT_MESSAGE_MAX) };
  }
  return model;
}

function ruleFor(field: FieldSpec): ValidationRule | null {
  switch (field.type) {
    case "yesno":
    case "list":
    case "multilist":
      return { kind: "list", values: field.values ?? [] };
    case "date":
      return { kind: "date", min: FIRST_DAY, max: LAST_DAY };
    case "number":
      return { kind: "decimal", min: field.min ?? 0, ...(field.max === undefined ? {} : { max: field.max }) };
    case "integer":
      return { kind: "whole", min: field.min ?? 0, ...(field.max === undefined ? {} : { max: field.max }) };
    case "code":
      return { kind: "textLength", max: SCHOOL_CODE_MAX_LENGTH };
    case "text":
      return null;
  }
}

function promptText(field: FieldSpec): string {
  return `${field.help} Допустимо: ${allowedText(field)}.`;
}

function errorText(field: FieldSpec): string {
  if (field.type === "list" || field.type === "yesno") return `Выберите значение из списка: ${allowedText(field)}.`;
  if (field.type === "date") return "Введите дату в формате ДД.ММ.ГГГГ, например 15.03.2025.";
  return `Допустимо: ${allowedText(field)}.`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
