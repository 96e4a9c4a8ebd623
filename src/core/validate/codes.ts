/**
 * The catalog of validation codes: stable identifiers (modelled on Frictionless
 * Table Schema's error vocabulary), their severity and the Russian title shown in
 * reports. The message template of each check lives beside the check itself.
 */
import type { Severity } from "../model";

export interface CodeInfo {
  readonly severity: Severity;
  readonly title: string;
}

export const CODES = {
  "sheet/missing": { severity: "error", title: "Нет обязательного листа" },
  "sheet/header-not-found": { severity: "error", title: "Не найдена строка заголовков" },
  "sheet/empty": { severity: "warning", title: "Лист без данных" },
  "sheet/far-cell": {
    severity: "warning",
    title: "Значение далеко за пределами таблицы не прочитано",
  },
  "cell/formula-without-value": {
    severity: "warning",
    title: "Формула без сохранённого значения",
  },
  "fields/missing": { severity: "error", title: "Нет обязательного столбца или строки" },
  "field/missing-optional": { severity: "warning", title: "Нет необязательного столбца" },
  "field/extra": { severity: "warning", title: "Лишний столбец или строка" },
  "field/duplicate": { severity: "warning", title: "Повторяющийся заголовок" },
  "cell/type": { severity: "error", title: "Значение не того типа" },
  "cell/required": { severity: "error", title: "Не заполнено обязательное поле" },
  "cell/required-when": {
    severity: "error",
    title: "Не заполнено поле, обязательное при другом значении",
  },
  "cell/enum": { severity: "error", title: "Значение не из списка" },
  "cell/minimum": { severity: "error", title: "Значение меньше допустимого" },
  "cell/maximum": { severity: "error", title: "Значение больше допустимого" },
  "cell/too-long": { severity: "error", title: "Слишком длинный текст" },
  "row/unique": { severity: "error", title: "Повтор значения, которое должно быть уникальным" },
  "row/unknown-school": { severity: "error", title: "Код ОО не найден на листе «ОО»" },
  "row/constraint/age-out-of-range": {
    severity: "error",
    title: "Возраст вне пределов 16–100 лет",
  },
  "row/constraint/age-above-80": { severity: "warning", title: "Возраст больше 80 лет" },
  "row/constraint/experience-exceeds-age": {
    severity: "error",
    title: "Стаж больше возраста минус 14 лет",
  },
  "row/constraint/date-after-period-end": {
    severity: "error",
    title: "Дата позже конца отчётного периода",
  },
  "row/constraint/date-before-age-14": {
    severity: "error",
    title: "Дата раньше 14-летия работника",
  },
  "row/constraint/diagnostics-level-without-date": {
    severity: "error",
    title: "Уровень диагностики без даты диагностики",
  },
  "row/constraint/course-organisation-without-date": {
    severity: "error",
    title: "Организация ПК без даты окончания ПК",
  },
  "row/constraint/retraining-completed-not-sent": {
    severity: "error",
    title: "Переподготовка завершена, но работник не направлен",
  },
  "row/constraint/contest-result-without-participation": {
    severity: "error",
    title: "Результат конкурса без участия",
  },
  "row/constraint/ped-education-without-professional": {
    severity: "error",
    title: "Педагогическое образование без профессионального",
  },
  "row/constraint/attestation-lapsed": { severity: "warning", title: "Срок аттестации истёк" },
  "row/constraint/iom-without-diagnostics": { severity: "warning", title: "ИОМ без диагностики" },
  "row/constraint/course-from-diagnostics-without-diagnostics": {
    severity: "warning",
    title: "ПК по итогам диагностики без диагностики",
  },
  "row/constraint/deficits-without-diagnostics": {
    severity: "warning",
    title: "Дефициты без даты диагностики",
  },
  "row/constraint/registry-without-course": {
    severity: "warning",
    title: "Программа из реестра без даты ПК",
  },
  "row/constraint/period-order": { severity: "error", title: "Конец периода не позже начала" },
  "row/constraint/period-too-long": { severity: "error", title: "Период длиннее 2 лет" },
  "row/constraint/vacancies-exceed-positions": {
    severity: "error",
    title: "Вакансий больше, чем штатных должностей",
  },
} as const satisfies Record<string, CodeInfo>;

export type IssueCode = keyof typeof CODES;

export function severityOf(code: IssueCode): Severity {
  return CODES[code].severity;
}
