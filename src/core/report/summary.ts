/**
 * `Сводка`: for the chosen profile, one row per indicator in scope `total`
 * (code, title, numerator, denominator, value, target, status, previous,
 * trend), status colouring, and a bar chart of value against target below.
 */
import { OUTPUT_SHEETS } from "../schema";
import { formatDay } from "../time/day";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { reportContext, TOTAL } from "./context";
import { indicatorValueCell } from "./formula";
import { changeFormatStyles } from "./change-format";
import { HEADER_STYLE, ONE_DECIMAL, TITLE_STYLE } from "./kit";
import { statusRules } from "./status-style";
import { tallyColumns, tallyRange } from "./tally-sheet";
import type { ReportInput } from "./types";

export const SUMMARY_HEADERS = [
  "Код",
  "Показатель",
  "Единица",
  "Числитель",
  "Знаменатель",
  "Значение",
  "Направление",
  "Цель",
  "Статус",
  "Предыдущее значение",
  "Динамика",
  "Оценка динамики",
] as const;

const HEADER_ROW = 3;

export function periodLine(input: ReportInput): string {
  const p = input.consolidation.period;
  return p
    ? `Отчётный период: ${formatDay(p.start)} – ${formatDay(p.end)}`
    : "Отчётный период не определён";
}

export function summarySheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const range = input.live ? tallyRange(input) : null;
  const liveCodes = new Set(range ? tallyColumns(input).map((c) => c.code) : []);
  const rows: OutCell[][] = ctx.codes.map((code) => {
    const entry = ctx.catalog.get(code)!;
    const r = ctx.result(code, TOTAL);
    const live = liveCodes.has(code) ? range : null;
    return [
      code,
      entry.title,
      entry.unit,
      r?.numerator ?? null,
      r?.denominator ?? null,
      indicatorValueCell(code, r?.value ?? null, live),
      r?.direction ?? entry.direction,
      r?.target ?? null,
      r?.status ?? "нет данных",
      r?.previous ?? null,
      r?.trend ?? null,
      r?.trendVerdict ?? null,
    ];
  });
  const cols = SUMMARY_HEADERS.length;
  const n = rows.length;
  const first = HEADER_ROW + 1;
  const chartRow = first + n + 1;
  const decimals = [5, 7, 9].map((col) => ({
    range: { row: first, col, rows: Math.max(1, n), cols: 1 },
    style: { numberFormat: ONE_DECIMAL },
  }));
  return {
    name: OUTPUT_SHEETS.summary,
    cells: [
      [`Сводка показателей: ${ctx.profile.name}`],
      [periodLine(input)],
      [`ОО в своде: ${ctx.schools.length}`],
      [...SUMMARY_HEADERS],
      ...rows,
    ],
    headerRow: HEADER_ROW,
    columns: [10, 60, 10, 11, 12, 10, 11, 8, 16, 12, 17, 12].map((width) => ({ width })),
    freeze: { rows: first, cols: 2 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols }, style: HEADER_STYLE },
      { range: { row: first, col: 1, rows: Math.max(1, n), cols: 1 }, style: { wrap: true } },
      ...decimals,
      // The trend in its unit: «п. п.» for shares (indicators.md).
      ...changeFormatStyles(
        first,
        10,
        ctx.codes.map((code) => ctx.catalog.get(code)!.unit)
      ),
    ],
    conditionalFormats: statusRules({ row: first, col: 8, rows: Math.max(1, n), cols: 1 }),
    charts: n
      ? [
          {
            kind: "bar",
            title: "Значение и цель по показателям",
            categories: { row: first, col: 0, rows: n, cols: 1 },
            series: [
              { name: "Значение", values: { row: first, col: 5, rows: n, cols: 1 } },
              { name: "Цель", values: { row: first, col: 7, rows: n, cols: 1 } },
            ],
            anchor: { row: chartRow, col: 0, rows: Math.max(15, n + 5), cols: 8 },
          },
        ]
      : [],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
