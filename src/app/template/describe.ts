/**
 * Russian descriptions of schema fields for people: whether a field is required,
 * what it accepts. Used by the instruction sheet and by input messages, so both
 * say the same thing and both come from the schema.
 */
import type { DataSheetSpec, FieldSpec } from "../../core/schema";
import { SCHOOL_CODE_MAX_LENGTH } from "../../core/validate/cell/code";

export function requiredText(field: FieldSpec, sheet: DataSheetSpec): string {
  if (field.required) return "да";
  const when = field.requiredWhen;
  if (when) {
    const other = sheet.fields.find((f) => f.key === when.field)?.header ?? when.field;
    if (when.filled) return `да, если заполнено «${other}»`;
    if (when.notIn) return `да, если «${other}» не ${when.notIn.map((v) => `«${v}»`).join(", ")}`;
  }
  return field.emptyMeans ? `нет (пусто — ${field.emptyMeans})` : "нет";
}

export function allowedText(field: FieldSpec): string {
  const values = (field.values ?? []).join("; ");
  switch (field.type) {
    case "text":
      return field.unique ? "текст, не повторяется в пределах ОО" : "текст";
    case "code":
      return `от 1 до ${SCHOOL_CODE_MAX_LENGTH} символов: буквы, цифры, «-», «_»`;
    case "date":
      return "дата ДД.ММ.ГГГГ";
    case "number":
      return `число${minText(field)}, можно дробное (через запятую)`;
    case "integer":
      return `целое число${minText(field)}`;
    case "yesno":
      return values;
    case "list":
      return values;
    case "multilist":
      return `одно или несколько значений через «;»: ${values}`;
  }
}

function minText(field: FieldSpec): string {
  return field.min === undefined ? "" : ` ≥ ${field.min}`;
}
