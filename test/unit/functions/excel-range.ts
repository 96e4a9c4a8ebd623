/** Ranges as Excel hands them to custom functions: header row, serial dates, "" for empty cells. */
import { CONSOLIDATED_TEACHERS } from "../../../src/core/schema/municipality";
import { TEACHERS } from "../../../src/core/schema/school";
import { dayFromDate, dayOf, serialFromDay } from "../../../src/core/time/day";
import type { OutCell } from "../../../src/port/sheet-model";

export const serial = (y: number, m: number, d: number) => serialFromDay(dayOf(y, m, d));

const DEFAULTS: Record<string, string | number> = {
  Пол: "Ж",
  "Дата рождения": serial(1980, 5, 10),
  "Категория работника": "Педагогический работник",
  Должность: "учитель",
  "Уровень образования": "Высшее",
  "Педагогическое образование": "Да",
  "Образование соответствует профилю": "Да",
  "Педагогический стаж, лет": 10,
  "Квалификационная категория": "Без категории",
  "ИОМ разработан": "Нет",
  "Направлен на переподготовку": "Нет",
  "Переподготовка завершена": "Нет",
  "Уровень конкурса": "Не участвовал",
  "Экспертная деятельность": "Нет",
  "Участие в МО": "Нет",
  "Участие в сетевых сообществах": "Нет",
  Наставник: "Нет",
  Наставляемый: "Нет",
  "Участие в проектах поддержки молодых педагогов": "Нет",
  "Оценка профмастерства": "Не проходил",
  "Диагностика выгорания": "Не проводилась",
  "Кадровый резерв": "Нет",
  "Тьютор или супервизор": "Нет",
  "Работа с детьми с ОВЗ": "Нет",
  "Работа с одарёнными детьми": "Нет",
};

let tab = 0;

/** A `Педагоги` range (or `Сводные данные` when rows carry «Код ОО»). */
export function teachersRange(
  rows: Record<string, string | number>[],
  consolidated = false
): (string | number)[][] {
  const headers = (consolidated ? CONSOLIDATED_TEACHERS : TEACHERS).fields.map((f) => f.header);
  const body = rows.map((overrides) => {
    tab += 1;
    const row: Record<string, string | number> = {
      ...DEFAULTS,
      "Табельный номер": String(tab),
      ...overrides,
    };
    return headers.map((h) => row[h] ?? "");
  });
  return [headers, ...body];
}

export const PERIOD = [[serial(2024, 9, 1), serial(2025, 8, 31)]];

/**
 * A written sheet's cells as Excel hands a range of them to a custom function: a
 * rectangle, dates as serial numbers, empty cells as "", formulas by their value.
 */
export function excelGrid(cells: readonly (readonly OutCell[])[]): (string | number | boolean)[][] {
  let width = 0;
  for (const row of cells) if (row.length > width) width = row.length;
  return cells.map((row) => {
    const out: (string | number | boolean)[] = new Array(width).fill("");
    row.forEach((cell, c) => {
      const v =
        cell !== null && typeof cell === "object" && !(cell instanceof Date) ? cell.result : cell;
      if (v instanceof Date) out[c] = serialFromDay(dayFromDate(v));
      else if (v !== null && v !== undefined) out[c] = v;
    });
    return out;
  });
}
