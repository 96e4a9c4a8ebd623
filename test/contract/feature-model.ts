/**
 * The feature model: sheets that use every SheetModel feature, written by every adapter in the
 * port contract suite (test/contract) and by the writer tests that compare files byte by byte.
 */
import { dayOf } from "../../src/core/time/day";
import type { SheetModel } from "../../src/port/sheet-model";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
export const longList = Array.from({ length: 40 }, (_, i) => `Значение списка номер ${i + 1}`);

export const chartSheet: SheetModel = {
  name: "Сводка",
  headerRow: 0,
  cells: [
    ["Показатель", "ОО-1", "ОО-2"],
    ["Диагностика", 30, 45.5],
    ["Курсы ПК", 80, 62],
    ["Наставничество", { formula: "=B3/2", result: 40 }, null],
  ],
  charts: [
    {
      kind: "bar",
      title: "Показатели по ОО, %",
      categories: { row: 1, col: 0, rows: 3, cols: 1 },
      series: [
        { name: "ОО-1", values: { row: 1, col: 1, rows: 3, cols: 1 } },
        { name: "ОО-2", values: { row: 1, col: 2, rows: 3, cols: 1 } },
      ],
      anchor: { row: 6, col: 0, rows: 15, cols: 8 },
    },
    {
      kind: "column",
      title: "Курсы",
      categories: { row: 1, col: 0, rows: 3, cols: 1 },
      series: [{ name: "ОО-1", values: { row: 1, col: 1, rows: 3, cols: 1 } }],
      anchor: { row: 6, col: 9, rows: 15, cols: 6 },
    },
  ],
};

/** Every cell kind and every sheet feature on one sheet. */
export const everything: SheetModel = {
  name: "Всё сразу",
  headerRow: 1,
  cells: [
    ["Заголовок листа", null, null, null, null],
    ["Текст", "Число", "Дата", "Формула", "Ссылка"],
    ["=СУММ(A1)", 1.5, utc(2024, 2, 29), { formula: "=B3*2", result: 3 }, "К сводке"],
    ["+7 900", -2, null, { formula: "B4<0", result: true }, null],
    [
      "@почта",
      0,
      utc(1999, 12, 31),
      { formula: "ПЕДМОНИТОР.ДОЛЯ(A1)", result: "ок", custom: true },
      7,
    ],
    ["-", true, null, { formula: 'A5&"!"', result: "текст" }, null],
  ],
  columns: [{ width: 30 }, { width: 10, numberFormat: "0.00" }, { numberFormat: "ДД.ММ.ГГГГ" }],
  rowHeights: { 0: 40 },
  freeze: { rows: 2, cols: 1 },
  styles: [
    {
      range: { row: 0, col: 0, rows: 1, cols: 5 },
      style: { bold: true, fontSize: 14, hAlign: "center", vAlign: "center" },
    },
    {
      range: { row: 1, col: 0, rows: 1, cols: 5 },
      style: { bold: true, fill: "#D9E1F2", wrap: true, border: true },
    },
    {
      range: { row: 2, col: 0, rows: 4, cols: 1 },
      style: { italic: true, fontColor: "#9C0006", numberFormat: "@" },
    },
  ],
  merges: [{ row: 0, col: 0, rows: 1, cols: 5 }],
  tables: [
    { name: "Всё сразу", range: { row: 1, col: 0, rows: 5, cols: 5 }, style: "TableStyleLight9" },
  ],
  validations: [
    { range: { row: 2, col: 0, rows: 10, cols: 1 }, rule: { kind: "list", values: ["Да", "Нет"] } },
    {
      range: { row: 2, col: 1, rows: 10, cols: 1 },
      rule: { kind: "list", values: longList },
      error: { title: "Значение", message: "Выберите из списка" },
    },
    {
      range: { row: 2, col: 2, rows: 10, cols: 1 },
      rule: { kind: "date", min: dayOf(2020, 1, 1), max: dayOf(2030, 12, 31) },
    },
    {
      range: { row: 2, col: 3, rows: 10, cols: 1 },
      rule: { kind: "whole", min: 0 },
      prompt: { title: "Число", message: "Целое" },
    },
    {
      range: { row: 2, col: 4, rows: 10, cols: 1 },
      rule: { kind: "textLength", max: 20 },
      allowBlank: false,
    },
  ],
  conditionalFormats: [
    {
      range: { row: 2, col: 0, rows: 4, cols: 1 },
      equals: "-",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
  ],
  hyperlinks: [
    { cell: { row: 2, col: 4 }, sheet: "Сводка", address: "$A$1" },
    { cell: { row: 3, col: 4 }, sheet: "Сводка", address: "B2:C3" },
  ],
  pageSetup: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printArea: { row: 0, col: 0, rows: 6, cols: 5 },
    repeatRows: { first: 1, last: 1 },
  },
  tabColor: "#C00000",
};

/** A wide sheet printed over pages across: key columns, footer, margins and a page break. */
export const printSheet: SheetModel = {
  name: "Печать",
  cells: [
    ["Код", "Показатель", "Значение"],
    ["A", "Доля", 1],
  ],
  headerRow: 0,
  pageSetup: {
    orientation: "landscape",
    paper: "A4",
    repeatRows: { first: 0, last: 0 },
    repeatCols: { first: 0, last: 1 },
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.3 },
    footer: { left: "&A", right: "Страница &P из &N" },
    centerHorizontally: true,
    rowBreaks: [1],
  },
};

export const hidden: SheetModel = { name: "Скрытый", cells: [["x"]], visibility: "hidden" };
export const veryHidden: SheetModel = {
  name: "Служебный",
  cells: [["y"]],
  visibility: "veryHidden",
};
export const FEATURE_SHEETS = [veryHidden, everything, chartSheet, hidden];
