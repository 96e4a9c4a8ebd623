/** A sheet shaped like the school template: header, table, validations, formats, a chart. */
import type { SheetModel } from "../../../../src/port/sheet-model";
import { dayOf } from "../../../../src/core/time/day";

export function templateLikeSheet(name: string, dataRows: number): SheetModel {
  const header = ["ФИО", "Дата рождения", "Категория", "Стаж", "Комментарий"];
  const cells: SheetModel["cells"] = [["Педагоги школы", null, null, null, null], header];
  for (let i = 0; i < dataRows; i++) {
    cells.push([
      `Иванова Мария Петровна ${i}`,
      new Date(Date.UTC(1980, 0, 1 + (i % 365))),
      "Первая",
      i % 40,
      i % 7 ? null : "=не формула",
    ]);
  }
  const rows = dataRows + 1; // table: header + data
  return {
    name,
    cells,
    headerRow: 1,
    columns: [
      { width: 30 },
      { width: 12, numberFormat: "dd.mm.yyyy" },
      { width: 20 },
      { width: 8, numberFormat: "0" },
      { width: 40 },
    ],
    freeze: { rows: 2 },
    merges: [{ row: 0, col: 0, rows: 1, cols: 5 }],
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 5 }, style: { bold: true, fontSize: 14 } },
      {
        range: { row: 1, col: 0, rows: 1, cols: 5 },
        style: { bold: true, fill: "#DDEBF7", wrap: true, border: true, hAlign: "center" },
      },
    ],
    tables: [
      {
        name: "Педагоги",
        range: { row: 1, col: 0, rows: Math.max(rows, 2), cols: 5 },
        style: "TableStyleLight9",
      },
    ],
    validations: [
      {
        range: { row: 2, col: 2, rows: 1000, cols: 1 },
        rule: { kind: "list", values: ["Без категории", "Первая", "Высшая"] },
        prompt: { title: "Категория", message: "Выберите из списка" },
        error: { title: "Ошибка", message: "Значение не из списка" },
      },
      {
        range: { row: 2, col: 1, rows: 1000, cols: 1 },
        rule: { kind: "date", min: dayOf(1940, 1, 1), max: dayOf(2010, 12, 31) },
      },
      { range: { row: 2, col: 3, rows: 1000, cols: 1 }, rule: { kind: "whole", min: 0, max: 70 } },
      { range: { row: 2, col: 4, rows: 1000, cols: 1 }, rule: { kind: "textLength", max: 500 } },
    ],
    conditionalFormats: [
      { range: { row: 2, col: 2, rows: 1000, cols: 1 }, equals: "Без категории", fill: "#FFEB9C" },
    ],
    hyperlinks: [{ cell: { row: 0, col: 0 }, sheet: "Паспорт ОО", address: "A1" }],
    charts: [
      {
        kind: "bar",
        title: "Стаж",
        categories: { row: 2, col: 0, rows: 3, cols: 1 },
        series: [{ name: "Стаж", values: { row: 2, col: 3, rows: 3, cols: 1 } }],
        anchor: { row: 2, col: 7, rows: 15, cols: 8 },
      },
    ],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: 10, cols: 5 },
      repeatRows: { first: 1, last: 1 },
    },
    tabColor: "#2E75B6",
  };
}
