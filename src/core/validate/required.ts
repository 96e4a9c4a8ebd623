/**
 * Required and conditionally required fields, read from the schema (`required`,
 * `requiredWhen`). Compiled once per sheet into checks over a row's parsed values.
 */
import type { FieldSpec } from "../schema/types";
import { allowedList } from "./cell/list";
import { Invalid } from "./cell/invalid";

export interface RequiredCheck {
  readonly field: number;
  /** index of the field the requirement depends on; -1 for an unconditional one */
  readonly when: number;
  readonly filled: boolean;
  readonly notIn: readonly string[] | null;
  readonly fault: Invalid;
}

/** How to fill a field of this type, for messages. */
export function howToFill(field: FieldSpec): string {
  switch (field.type) {
    case "list":
    case "multilist":
      return `Выберите значение из списка: ${allowedList(field.values ?? [])}.`;
    case "yesno":
      return "Введите «Да» или «Нет».";
    case "date":
      return "Введите дату в виде ДД.ММ.ГГГГ.";
    case "number":
    case "integer":
      return "Введите число.";
    default:
      return "Заполните ячейку.";
  }
}

function conditionText(other: FieldSpec, notIn: readonly string[] | undefined): string {
  if (!notIn) return `заполнено «${other.header}»`;
  return `«${other.header}» — не ${notIn.map((v) => `«${v}»`).join(" и не ")}`;
}

export function compileRequired(fields: readonly FieldSpec[]): RequiredCheck[] {
  const checks: RequiredCheck[] = [];
  fields.forEach((field, index) => {
    if (field.required) {
      const fault = new Invalid("cell/required", `обязательное поле. ${howToFill(field)}`);
      checks.push({ field: index, when: -1, filled: false, notIn: null, fault });
      return;
    }
    const rule = field.requiredWhen;
    if (!rule) return;
    const when = fields.findIndex((f) => f.key === rule.field);
    if (when < 0) return;
    const template = `обязательно, когда ${conditionText(fields[when], rule.notIn)}. ${howToFill(field)}`;
    checks.push({
      field: index,
      when,
      filled: rule.filled === true,
      notIn: rule.notIn ?? null,
      fault: new Invalid("cell/required-when", template),
    });
  });
  return checks;
}

/** The fault of an empty required cell, or null. `bad[i]` marks unusable cells. */
export function requiredFault(
  check: RequiredCheck,
  values: readonly unknown[],
  bad: Uint8Array
): Invalid | null {
  if (values[check.field] !== null || bad[check.field]) return null;
  if (check.when < 0) return check.fault;
  if (bad[check.when]) return null;
  const other = values[check.when];
  if (other === null) return null;
  if (check.filled) return check.fault;
  return check.notIn !== null && !check.notIn.includes(other as string) ? check.fault : null;
}
