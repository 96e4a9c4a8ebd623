/**
 * The custom-indicator block of `Настройки`: share indicators a methodologist
 * defines without code, with conditions in a small Russian language (see
 * docs/decisions/cycle.md). Placed beside the other blocks of the sheet.
 */
import { TARGETS } from "./municipality";
import { fieldByKey, type TableSheetSpec } from "./types";

/** `Совокупность`: who is counted (the engine's populations ALL and PED). */
export const CUSTOM_POPULATION = ["Все работники", "Педагогические работники"] as const;

export const CUSTOM_INDICATORS: TableSheetSpec = {
  kind: "table",
  name: TARGETS.name,
  tableName: "ПользовательскиеПоказатели",
  keyHeader: "Код пользовательского показателя",
  mayBeEmpty: true,
  help: "Свои показатели-доли: числитель и знаменатель задаются условиями по столбцам листа «Педагоги».",
  fields: [
    {
      key: "code",
      header: "Код пользовательского показателя",
      type: "code",
      required: true,
      unique: true,
      width: 18,
      help: "Латинские или русские буквы, цифры, «-», «_»; не совпадает с кодами каталога.",
    },
    {
      key: "title",
      header: "Название",
      type: "text",
      required: true,
      width: 40,
      help: "Как показатель назовут отчёты.",
    },
    {
      key: "population",
      header: "Совокупность",
      type: "list",
      required: true,
      values: CUSTOM_POPULATION,
      width: 22,
      help: "Все работники (кроме внешних совместителей) или только педагогические работники.",
    },
    {
      key: "numerator",
      header: "Числитель: условие",
      type: "text",
      required: true,
      width: 44,
      help: "Кого считать в числителе, например: Уровень конкурса = Региональный; Всероссийский. Несколько условий — через «И».",
    },
    {
      key: "denominator",
      header: "Знаменатель: условие",
      type: "text",
      required: false,
      width: 36,
      help: "Пусто — вся совокупность; иначе условие, как в числителе. Числитель берётся из знаменателя.",
    },
    { ...fieldByKey(TARGETS, "target"), help: "Цель; пусто — цель не задана." },
    {
      ...fieldByKey(TARGETS, "direction"),
      help: "≥ — чем больше, тем лучше (по умолчанию); ≤ — чем меньше, тем лучше.",
    },
  ],
};
