/**
 * The block above the table of `Сводные данные`: what the indicators of these rows
 * were computed with, so that PEDMON.INDICATOR over the sheet alone gives the
 * report's figures. The period under the passport's own labels, and the
 * parameters that change values (young age limit, beginner experience, the
 * pension ages of the period's end year) under the labels of `Настройки`, so the
 * functions read it with the same readers (periodArg, readSettings).
 *
 *   Начало отчётного периода | 01.09.2024 |   | Параметр  | Значение |   | Пенсионный возраст… | Мужчины | Женщины
 *   Конец отчётного периода  | 31.08.2025 |   | Возраст…  | 35       |   | 2025                | 64      | 59
 *                            |            |   | Стаж…     | 3        |
 *   (blank row), then the table's header row.
 */
import { pensionAgeFor } from "../indicators/school-context";
import type { Settings } from "../indicators/types";
import type { Period } from "../model";
import { PARAMETERS, PENSION_AGES } from "../schema/municipality";
import { PASSPORT } from "../schema/school";
import { dateFromDay, ymdOf } from "../time/day";
import type { CellStyle, OutCell, RangeRef } from "../../port/sheet-model";

const START = PASSPORT.fields.find((f) => f.key === "periodStart")!.header;
const END = PASSPORT.fields.find((f) => f.key === "periodEnd")!.header;
const PARAM_COL = 3;
const PENSION_COL = 6;
/** The block's parameters are whole numbers or, for a pension age, possibly a fraction. */
const PLAIN_NUMBER: CellStyle = { numberFormat: "General" };
/** Rows of the block, its blank row included: the table's header row is this 0-based row. */
export const CALC_BLOCK_ROWS = 4;

export interface CalcBlock {
  cells: OutCell[][];
  styles: { range: RangeRef; style: CellStyle }[];
}

/** The block for a period and settings; null without a period (the table then starts at A1). */
export function calcBlock(period: Period | null, settings: Settings): CalcBlock | null {
  if (period === null) return null;
  const pension = pensionAgeFor(settings.pensionAges, ymdOf(period.end).year);
  const pad = (row: OutCell[], col: number) => {
    while (row.length < col) row.push(null);
    return row;
  };
  const r0: OutCell[] = [START, dateFromDay(period.start), null];
  pad(r0, PARAM_COL).push(PARAMETERS.labelHeader, PARAMETERS.valueHeader);
  const r1: OutCell[] = [END, dateFromDay(period.end), null];
  pad(r1, PARAM_COL).push(PARAMETERS.youngAgeLimit, settings.youngAgeLimit);
  const r2: OutCell[] = pad([], PARAM_COL);
  r2.push(PARAMETERS.beginnerExperience, settings.beginnerExperience);
  if (pension) {
    pad(r0, PENSION_COL).push(
      PENSION_AGES.fromYearHeader,
      PENSION_AGES.maleHeader,
      PENSION_AGES.femaleHeader
    );
    pad(r1, PENSION_COL).push(pension.fromYear, pension.male, pension.female);
  }
  const bold: CellStyle = { bold: true };
  return {
    cells: [r0, r1, r2, []],
    styles: [
      { range: { row: 0, col: 0, rows: 2, cols: 1 }, style: bold },
      { range: { row: 0, col: 1, rows: 2, cols: 1 }, style: { numberFormat: "dd.mm.yyyy" } },
      { range: { row: 0, col: PARAM_COL, rows: 1, cols: 2 }, style: bold },
      { range: { row: 0, col: PENSION_COL, rows: 1, cols: 3 }, style: bold },
      // The block's numbers sit in the table's columns (E is `Дата рождения`, a date
      // column): without a style of their own LibreOffice shows them in the column's
      // format, 35 as «04.02.1900». A plain number format on each, in every adapter.
      { range: { row: 1, col: PARAM_COL + 1, rows: 2, cols: 1 }, style: PLAIN_NUMBER },
      ...(pension
        ? [{ range: { row: 1, col: PENSION_COL, rows: 1, cols: 3 }, style: PLAIN_NUMBER }]
        : []),
    ],
  };
}
