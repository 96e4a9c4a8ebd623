/** Sheet models shared by several ExcelJS adapter tests. */
import type { SheetModel } from "../../../../src/port/sheet-model";

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
