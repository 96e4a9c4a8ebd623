/**
 * `Показатели по ОО`: schools × the profile's indicators (one decimal), each
 * value cell filled by its status, and each school's rows left out for errors.
 * Static fills (not conditional formats): a value's colour depends on its
 * status, which is not in the cell.
 */
import { OUTPUT_SHEETS } from "../schema";
import type { CellStyle, OutCell, SheetModel } from "../../port/sheet-model";
import { reportContext, TOTAL } from "./context";
import { HEADER_STYLE, ONE_DECIMAL, TITLE_STYLE } from "./kit";
import { STATUS_FILL } from "./status-style";
import { periodLine } from "./summary";
import type { ReportInput } from "./types";

export const BY_SCHOOL_HEADERS = [
  "Код ОО",
  "Наименование ОО",
  "Строк без ошибок",
  "Исключено строк (ошибки)",
] as const;
export const TOTAL_LABEL = "Всего";
const TITLES_ROW = 2;
const HEADER_ROW = 3;

export function bySchoolSheet(input: ReportInput): SheetModel {
  const ctx = reportContext(input);
  const fixed = BY_SCHOOL_HEADERS.length;
  const coverage = new Map(input.coverage.map((c) => [c.scope, c]));
  const scopes = [
    { scope: TOTAL, code: TOTAL_LABEL, name: "Муниципалитет" as string | null },
    ...ctx.schools.map((s) => ({
      scope: ctx.schoolCode(s),
      code: ctx.schoolCode(s),
      name: s.passport.schoolName,
    })),
  ];
  const styles: {
    range: { row: number; col: number; rows: number; cols: number };
    style: CellStyle;
  }[] = [];
  const rows: OutCell[][] = scopes.map((sc, i) => {
    const cov = coverage.get(sc.scope);
    const values = ctx.codes.map((code, j) => {
      const r = ctx.result(code, sc.scope);
      const fill = r ? STATUS_FILL[r.status] : null;
      if (fill)
        styles.push({
          range: { row: HEADER_ROW + 1 + i, col: fixed + j, rows: 1, cols: 1 },
          style: { fill: fill.fill, fontColor: fill.fontColor },
        });
      return r?.value ?? null;
    });
    return [sc.code, sc.name, cov?.workers ?? null, cov?.excludedRows ?? null, ...values];
  });
  const cols = fixed + ctx.codes.length;
  return {
    name: OUTPUT_SHEETS.bySchool,
    cells: [
      [`Показатели по ОО: ${ctx.profile.name}`],
      [
        `${periodLine(input)}. Цвет значения: зелёный — соответствие цели, красный — несоответствие, серый — нет данных.`,
      ],
      [null, null, null, null, ...ctx.codes.map((c) => ctx.catalog.get(c)!.title)],
      [...BY_SCHOOL_HEADERS, ...ctx.codes],
      ...rows,
    ],
    headerRow: HEADER_ROW,
    columns: [
      { width: 12 },
      { width: 30 },
      { width: 10 },
      { width: 12 },
      ...ctx.codes.map(() => ({ width: 14, numberFormat: ONE_DECIMAL })),
    ],
    freeze: { rows: HEADER_ROW + 1, cols: 2 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      {
        range: { row: TITLES_ROW, col: fixed, rows: 1, cols: ctx.codes.length || 1 },
        style: { wrap: true, fontSize: 8, vAlign: "top" },
      },
      { range: { row: HEADER_ROW, col: 0, rows: 1, cols }, style: HEADER_STYLE },
      { range: { row: HEADER_ROW + 1, col: 0, rows: 1, cols }, style: { bold: true } },
      ...styles,
    ],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: HEADER_ROW, last: HEADER_ROW },
    },
  };
}
