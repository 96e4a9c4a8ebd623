/**
 * The one table of issue codes: every code any part of the program reports
 * (validation codes modelled on Frictionless Table Schema's error vocabulary, and
 * the settings, measures, custom-indicator, rule-text, file and consolidation
 * families), with its severity, its Russian title, the frame its message is
 * rendered in (message.ts `renderIssue`) and the structured fields it carries.
 * The check's own words (what is wrong, how to fix it) live beside the check.
 */
import type { Severity } from "../model";

/** Structured fields an issue may carry besides its code (model.ts `Issue`). */
export type IssueField = "file" | "sheet" | "row" | "column" | "value" | "expected";

/**
 * How the place is written before the check's words:
 * - `cell`: `Педагоги, строка 5, «Пол»: «x» — …` (validation; value part only when a cell was read);
 * - `sheet`: `Педагоги: …`;
 * - `sheet-row`: `Лист «Настройки», строка 5: …`;
 * - `sheet-row-column`: `Лист «Настройки», строка 5, столбец «Цель»: …`;
 * - `sheet-cell`: `Лист «Настройки», ячейка B5 («Код»): …`;
 * - `row`: `Строка 5: …` (a sheet of its own, `Меры`);
 * - `plain`: the words alone (they name the file or school themselves).
 */
export type Frame =
  "cell" | "sheet" | "sheet-row" | "sheet-row-column" | "sheet-cell" | "row" | "plain";

export interface CodeInfo {
  readonly severity: Severity;
  readonly title: string;
  readonly frame: Frame;
  readonly fields: readonly IssueField[];
}

const SHEET = ["file", "sheet"] as const;
const FIELD = ["file", "sheet", "column"] as const;
const ROW = ["file", "sheet", "row"] as const;
const CELL = ["file", "sheet", "row", "column", "value"] as const;
const BOUND = ["file", "sheet", "row", "column", "value", "expected"] as const;

/** Validation of school and municipality workbooks (docs/decisions/validation.md). */
export const CODES = {
  "sheet/missing": {
    severity: "error",
    title: "Нет обязательного листа",
    frame: "cell",
    fields: SHEET,
  },
  "sheet/header-not-found": {
    severity: "error",
    title: "Не найдена строка заголовков",
    frame: "cell",
    fields: SHEET,
  },
  "sheet/empty": {
    severity: "warning",
    title: "Лист без данных",
    frame: "cell",
    fields: SHEET,
  },
  "sheet/far-cell": {
    severity: "warning",
    title: "Значение далеко за пределами таблицы не прочитано",
    frame: "sheet",
    fields: ROW,
  },
  "cell/formula-without-value": {
    severity: "warning",
    title: "Формула без сохранённого значения",
    frame: "sheet",
    fields: ROW,
  },
  "fields/missing": {
    severity: "error",
    title: "Нет обязательного столбца или строки",
    frame: "cell",
    fields: FIELD,
  },
  "field/missing-optional": {
    severity: "warning",
    title: "Нет необязательного столбца",
    frame: "cell",
    fields: FIELD,
  },
  "field/extra": {
    severity: "warning",
    title: "Лишний столбец или строка",
    frame: "cell",
    fields: FIELD,
  },
  "field/duplicate": {
    severity: "warning",
    title: "Повторяющийся заголовок",
    frame: "cell",
    fields: FIELD,
  },
  "cell/type": {
    severity: "error",
    title: "Значение не того типа",
    frame: "cell",
    fields: CELL,
  },
  "cell/required": {
    severity: "error",
    title: "Не заполнено обязательное поле",
    frame: "cell",
    fields: CELL,
  },
  "cell/required-when": {
    severity: "error",
    title: "Не заполнено поле, обязательное при другом значении",
    frame: "cell",
    fields: CELL,
  },
  "cell/enum": {
    severity: "error",
    title: "Значение не из списка",
    frame: "cell",
    fields: BOUND,
  },
  "cell/minimum": {
    severity: "error",
    title: "Значение меньше допустимого",
    frame: "cell",
    fields: BOUND,
  },
  "cell/maximum": {
    severity: "error",
    title: "Значение больше допустимого",
    frame: "cell",
    fields: BOUND,
  },
  "cell/too-long": {
    severity: "error",
    title: "Слишком длинный текст",
    frame: "cell",
    fields: BOUND,
  },
  "row/unique": {
    severity: "error",
    title: "Повтор значения, которое должно быть уникальным",
    frame: "cell",
    fields: CELL,
  },
  "row/unknown-school": {
    severity: "error",
    title: "Код ОО не найден на листе «ОО»",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/age-out-of-range": {
    severity: "error",
    title: "Возраст вне пределов 16–100 лет",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/age-above-80": {
    severity: "warning",
    title: "Возраст больше 80 лет",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/experience-exceeds-age": {
    severity: "error",
    title: "Стаж больше возраста минус 14 лет",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/date-after-period-end": {
    severity: "error",
    title: "Дата позже конца отчётного периода",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/date-before-age-14": {
    severity: "error",
    title: "Дата раньше 14-летия работника",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/diagnostics-level-without-date": {
    severity: "error",
    title: "Уровень диагностики без даты диагностики",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/course-organisation-without-date": {
    severity: "error",
    title: "Организация ПК без даты окончания ПК",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/retraining-completed-not-sent": {
    severity: "error",
    title: "Переподготовка завершена, но работник не направлен",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/contest-result-without-participation": {
    severity: "error",
    title: "Результат конкурса без участия",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/ped-education-without-professional": {
    severity: "error",
    title: "Педагогическое образование без профессионального",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/category-before-introduction": {
    severity: "error",
    title: "Категория педагога-методиста или педагога-наставника раньше 01.09.2023",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/attestation-before-career": {
    severity: "warning",
    title: "Дата аттестации раньше начала педагогической деятельности",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/attestation-lapsed": {
    severity: "warning",
    title: "Срок аттестации истёк",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/iom-without-diagnostics": {
    severity: "warning",
    title: "ИОМ без диагностики",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/course-from-diagnostics-without-diagnostics": {
    severity: "warning",
    title: "ПК по итогам диагностики без диагностики",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/deficits-without-diagnostics": {
    severity: "warning",
    title: "Дефициты без даты диагностики",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/registry-without-course": {
    severity: "warning",
    title: "Программа из реестра без даты ПК",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/period-order": {
    severity: "error",
    title: "Конец периода не позже начала",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/period-too-long": {
    severity: "error",
    title: "Период длиннее 2 лет",
    frame: "cell",
    fields: CELL,
  },
  "row/constraint/vacancies-exceed-positions": {
    severity: "error",
    title: "Вакансий больше, чем штатных должностей",
    frame: "cell",
    fields: CELL,
  },
} as const satisfies Record<string, CodeInfo>;

/** `Настройки`: targets, parameters, pension ages (indicators/settings.ts). */
const SETTINGS = {
  "settings/unknown-code": {
    severity: "warning",
    title: "Код показателя не найден в каталоге",
    frame: "sheet-row",
    fields: CELL,
  },
  "settings/direction": {
    severity: "warning",
    title: "Направление не распознано",
    frame: "sheet-row",
    fields: CELL,
  },
  "settings/number": {
    severity: "warning",
    title: "Не число",
    frame: "sheet-row-column",
    fields: CELL,
  },
  "settings/parameter": {
    severity: "warning",
    title: "Параметр вне допустимых пределов",
    frame: "sheet-row",
    fields: BOUND,
  },
  "settings/date": {
    severity: "warning",
    title: "Дата в реквизитах документов не распознана",
    frame: "sheet-row",
    fields: CELL,
  },
  "settings/pension-age": {
    severity: "warning",
    title: "Строка пенсионного возраста не распознана",
    frame: "sheet-row",
    fields: CELL,
  },
} as const satisfies Record<string, CodeInfo>;

/** Custom indicators on `Настройки` (cycle/custom/read.ts). */
const CUSTOM = {
  "custom/headers-missing": {
    severity: "error",
    title: "Нет столбцов блока пользовательских показателей",
    frame: "sheet-row",
    fields: ROW,
  },
  "custom/code-invalid": {
    severity: "error",
    title: "Недопустимый код показателя",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/code-taken": {
    severity: "error",
    title: "Код показателя уже занят",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/population-invalid": {
    severity: "error",
    title: "Совокупность не распознана",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/numerator-invalid": {
    severity: "error",
    title: "Условие числителя не разобрано",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/denominator-invalid": {
    severity: "error",
    title: "Условие знаменателя не разобрано",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/title-missing": {
    severity: "warning",
    title: "Нет названия показателя",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/direction-invalid": {
    severity: "warning",
    title: "Направление не распознано",
    frame: "sheet-cell",
    fields: CELL,
  },
  "custom/target-invalid": {
    severity: "warning",
    title: "Целевое значение не число",
    frame: "sheet-cell",
    fields: CELL,
  },
} as const satisfies Record<string, CodeInfo>;

/** `Меры` (cycle/measures.ts). */
const MEASURES = {
  "measures/header-missing": {
    severity: "warning",
    title: "Не найдена строка заголовков мер",
    frame: "plain",
    fields: SHEET,
  },
  "measures/measure-empty": {
    severity: "warning",
    title: "Не указана мера",
    frame: "row",
    fields: CELL,
  },
  "measures/indicator-unknown": {
    severity: "warning",
    title: "Нет такого кода показателя",
    frame: "row",
    fields: CELL,
  },
  "measures/level-unknown": {
    severity: "warning",
    title: "Уровень не распознан",
    frame: "row",
    fields: CELL,
  },
  "measures/status-unknown": {
    severity: "warning",
    title: "Статус не распознан",
    frame: "row",
    fields: CELL,
  },
  "measures/school-missing": {
    severity: "warning",
    title: "Мера уровня ОО без кода ОО",
    frame: "row",
    fields: CELL,
  },
  "measures/due-invalid": {
    severity: "warning",
    title: "Срок не является датой",
    frame: "row",
    fields: CELL,
  },
} as const satisfies Record<string, CodeInfo>;

/** Recommendation rule texts and parameters (recommend/rules-sheet.ts). */
const RULES = {
  "rules/ignored": {
    severity: "warning",
    title: "Строка правил не учтена",
    frame: "sheet-row",
    fields: CELL,
  },
} as const satisfies Record<string, CodeInfo>;

/** Source files of a report (app/report/sources.ts). */
const FILES = {
  "file/unreadable": {
    severity: "error",
    title: "Файл не является читаемой книгой Excel",
    frame: "plain",
    fields: ["file"] as const,
  },
} as const satisfies Record<string, CodeInfo>;

/** Schools left out of the municipal consolidation (consolidate/consolidate.ts). */
const CONSOLIDATION = {
  "consolidate/unusable-school": {
    severity: "error",
    title: "Нет корректного кода ОО или периода",
    frame: "plain",
    fields: FIELD,
  },
  "consolidate/period-mismatch": {
    severity: "error",
    title: "Период отличается от периода свода",
    frame: "plain",
    fields: FIELD,
  },
  "consolidate/duplicate-school": {
    severity: "error",
    title: "Код ОО уже встречался",
    frame: "plain",
    fields: FIELD,
  },
  "consolidate/recoded-school": {
    severity: "warning",
    title: "Код ОО набран похожими буквами",
    frame: "plain",
    fields: FIELD,
  },
  "consolidate/superseded-file": {
    severity: "warning",
    title: "Файл ОО заменён исправленным",
    frame: "plain",
    fields: FIELD,
  },
} as const satisfies Record<string, CodeInfo>;

/** Every issue code of the program, each once. */
export const ISSUE_CODES = {
  ...CODES,
  ...SETTINGS,
  ...CUSTOM,
  ...MEASURES,
  ...RULES,
  ...FILES,
  ...CONSOLIDATION,
} as const satisfies Record<string, CodeInfo>;

/** A validation code of a school or municipality workbook. */
export type ValidationCode = keyof typeof CODES;
/** Any issue code: an issue cannot carry a code outside the table. */
export type IssueCode = keyof typeof ISSUE_CODES;

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(ISSUE_CODES, code);
}

export function severityOf(code: IssueCode): Severity {
  return ISSUE_CODES[code].severity;
}
