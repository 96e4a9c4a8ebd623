/**
 * The vocabulary of the declarative schema: every sheet, column, type and allowed
 * value of the standard workbooks is written once, in `school.ts` and
 * `municipality.ts`, with these shapes. Templates, reading, validation,
 * consolidation and indicators all read those entries.
 */

/** How a cell of a column is read and checked. */
export type FieldType =
  | "text" // any text
  | "code" // 1–32 letters, digits, "-", "_"
  | "date" // date cell, Excel serial, or text ДД.ММ.ГГГГ / ГГГГ-ММ-ДД
  | "number" // number, or text with "," or "." as the decimal separator
  | "integer" // whole number
  | "yesno" // Да / Нет and their synonyms
  | "list" // one of `values`
  | "multilist"; // several of `values`, separated by ";"

/** A field is required when another field of the same row matches. */
export interface RequiredWhen {
  field: string;
  /** required when the other field is filled (any value) */
  filled?: true;
  /** required when the other field's value is not one of these */
  notIn?: readonly string[];
}

export interface FieldSpec {
  /** English identifier used in code. */
  readonly key: string;
  /** The exact Russian header (or passport label). */
  readonly header: string;
  readonly type: FieldType;
  readonly required: boolean;
  readonly requiredWhen?: RequiredWhen;
  /** Allowed values of a list or multilist, in the spec's order. */
  readonly values?: readonly string[];
  /** What an empty optional cell means ("Нет", "Основное место работы"). */
  readonly emptyMeans?: string;
  readonly min?: number;
  readonly max?: number;
  /** Must be unique within one school. */
  readonly unique?: boolean;
  /** Russian help for the template's instruction sheet and input messages. */
  readonly help: string;
  /** Column width in characters in the templates. */
  readonly width?: number;
}

/** A sheet of rows under one header row (Педагоги, Сообщества, Сводные данные…). */
export interface TableSheetSpec {
  readonly kind: "table";
  readonly name: string;
  /** Excel table name; absent for sheets written without a table. */
  readonly tableName?: string;
  readonly fields: readonly FieldSpec[];
  /** The header that identifies the header row (the first required one). */
  readonly keyHeader: string;
  /** Russian purpose of the sheet, for the instruction sheet. */
  readonly help: string;
  /** The sheet may hold no data rows. */
  readonly mayBeEmpty?: boolean;
}

/** A sheet of label/value rows (Паспорт ОО). */
export interface FormSheetSpec {
  readonly kind: "form";
  readonly name: string;
  readonly labelHeader: string;
  readonly valueHeader: string;
  readonly fields: readonly FieldSpec[];
  readonly keyHeader: string;
  readonly help: string;
}

export type DataSheetSpec = TableSheetSpec | FormSheetSpec;

export function fieldByKey(sheet: DataSheetSpec, key: string): FieldSpec {
  const field = sheet.fields.find((f) => f.key === key);
  if (!field) throw new Error(`Schema: no field ${key} in sheet ${sheet.name}`);
  return field;
}
