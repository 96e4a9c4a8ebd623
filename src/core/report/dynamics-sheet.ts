/**
 * `Динамика` (recommendations.md): per indicator of the profile, its municipality-wide value
 * in each earlier period and the current one, oldest first, with a line chart per indicator
 * group (shares together, a few to a chart; counts and rates apart, by unit). Without an
 * earlier period the sheet says how to get one, so a stale `Динамика` never stays behind.
 */
import { CATALOG } from "../indicators/catalog";
import type { Profile } from "../indicators/profiles";
import { OUTPUT_SHEETS } from "../schema";
import type { ChartModel, OutCell, SheetModel } from "../../port/sheet-model";
import { HEADER_STYLE, ONE_DECIMAL, TITLE_STYLE } from "./kit";

/** The values per period, oldest first, the current period last. */
export interface DynamicsInput {
  /** Column labels («2023/24» or the end date), oldest first, the current one last. */
  labels: readonly string[];
  /** Code → its total value per period (null: not known then), aligned with `labels`. */
  values: ReadonlyMap<string, readonly (number | null)[]>;
}

/** Lines in one chart: more would not be told apart. */
export const SERIES_PER_CHART = 6;
const FIRST_VALUE_COL = 3;
/**
 * Charts two abreast, each 14 rows (210 pt) and a blank row: two rows of charts, four charts,
 * fill a landscape page under the repeated header (2 × 225 pt of ~470 pt: the table, at least
 * 152 units wide, prints at ≤ 94 %), where one chart to a page printed `Динамика` on 11 pages.
 */
const CHART_ROWS = 15;
/** Код and Показатель: the left chart's width; Единица and the periods' columns take the right one's. */
const LEFT_WIDTHS = [16, 60] as const;
const UNIT_WIDTH = 14;
const VALUE_WIDTH = 11;
const TITLE_LENGTH = 60;

export function dynamicsSheet(
  input: DynamicsInput | null,
  profile: Profile,
  titles: ReadonlyMap<string, string>,
  units: ReadonlyMap<string, string>
): SheetModel {
  const cells: OutCell[][] = [["Динамика показателей"], [`Профиль: ${profile.name}`]];
  const styles: NonNullable<SheetModel["styles"]> = [
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
  ];
  const columns = [{ width: LEFT_WIDTHS[0] }, { width: LEFT_WIDTHS[1] }, { width: UNIT_WIDTH }];
  if (input === null || input.labels.length < 2) {
    cells.push([
      "Прошлые периоды не указаны: динамика строится, когда указана хотя бы одна книга прошлого периода " +
        "(в командной строке — параметр --previous, можно несколько раз; в надстройке — шаг «Эффективность»).",
    ]);
    return { name: OUTPUT_SHEETS.dynamics, cells, styles, columns };
  }
  const n = input.labels.length;
  cells.push([
    "Значения по муниципалитету в целом, от раннего периода к текущему (последний столбец).",
  ]);
  const headerRow = cells.length;
  cells.push(["Код", "Показатель", "Единица", ...input.labels]);
  styles.push({ range: { row: headerRow, col: 0, rows: 1, cols: 3 + n }, style: HEADER_STYLE });
  const codes = profileCodes(profile, input);
  const rowOf = new Map<string, number>();
  for (const code of codes) {
    rowOf.set(code, cells.length);
    const values = input.values.get(code) ?? [];
    cells.push([
      code,
      titles.get(code) ?? code,
      units.get(code) ?? "%",
      ...input.labels.map((_l, i) => values[i] ?? null),
    ]);
  }
  const rows = Math.max(1, codes.length);
  styles.push({
    range: { row: headerRow + 1, col: FIRST_VALUE_COL, rows, cols: n },
    style: { numberFormat: ONE_DECIMAL },
  });
  const charts = chartsOf(codes, rowOf, headerRow, n, headerRow + rows + 2, titles, units);
  for (let i = 0; i < n; i++) columns.push({ width: valueWidth(n) });
  return {
    name: OUTPUT_SHEETS.dynamics,
    cells,
    headerRow,
    styles,
    columns,
    tables: [
      {
        name: "Динамика",
        range: { row: headerRow, col: 0, rows: rows + 1, cols: 3 + n },
        style: "TableStyleMedium2",
      },
    ],
    charts,
    freeze: { rows: headerRow + 1 },
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: headerRow, last: headerRow },
    },
  };
}

/** The profile's codes in its order, then custom indicators (not in the catalog), as `Эффективность` does. */
function profileCodes(profile: Profile, input: DynamicsInput): string[] {
  const codes = [...profile.codes];
  const known = new Set(codes);
  const catalog = new Set(CATALOG.map((e) => e.code));
  for (const code of input.values.keys())
    if (!known.has(code) && !catalog.has(code)) codes.push(code);
  return codes;
}

/** The periods' columns together as wide as Код and Показатель, less Единица (the two charts match). */
export function valueWidth(periods: number): number {
  const left = LEFT_WIDTHS[0] + LEFT_WIDTHS[1];
  return Math.max(VALUE_WIDTH, Math.ceil((left - UNIT_WIDTH) / Math.max(1, periods)));
}

/** One line chart per unit group, at most SERIES_PER_CHART lines each, two abreast under the table. */
function chartsOf(
  codes: readonly string[],
  rowOf: ReadonlyMap<string, number>,
  headerRow: number,
  periods: number,
  top: number,
  titles: ReadonlyMap<string, string>,
  units: ReadonlyMap<string, string>
): ChartModel[] {
  const groups = new Map<string, string[]>();
  for (const code of codes) {
    const unit = units.get(code) ?? "%";
    const group = groups.get(unit);
    if (group) group.push(code);
    else groups.set(unit, [code]);
  }
  const charts: ChartModel[] = [];
  for (const [unit, members] of groups) {
    const parts = Math.ceil(members.length / SERIES_PER_CHART);
    for (let p = 0; p < parts; p++) {
      const chunk = members.slice(p * SERIES_PER_CHART, (p + 1) * SERIES_PER_CHART);
      const name = unit === "%" ? "Доли, %" : `Показатели, ${unit}`;
      charts.push({
        kind: "line",
        title: parts > 1 ? `${name} (${p + 1} из ${parts})` : name,
        categories: { row: headerRow, col: FIRST_VALUE_COL, rows: 1, cols: periods },
        series: chunk.map((code) => ({
          name: shortTitle(titles.get(code) ?? code),
          values: { row: rowOf.get(code)!, col: FIRST_VALUE_COL, rows: 1, cols: periods },
        })),
        anchor: {
          row: top + Math.floor(charts.length / 2) * CHART_ROWS,
          col: charts.length % 2 === 0 ? 0 : LEFT_WIDTHS.length,
          rows: CHART_ROWS - 1,
          cols: charts.length % 2 === 0 ? LEFT_WIDTHS.length : 1 + periods,
        },
      });
    }
  }
  return charts;
}

/** The long head several titles share: a legend names what differs («Доля прошедших …»). */
const SHARED_HEAD = /^Доля педагогических работников и управленческих кадров,\s*/;

/**
 * A legend entry short enough to read and still tell the lines apart: the shared head
 * shortened, and a long rest cut in the middle, where titles of one group agree, keeping the
 * end, where they differ («…на региональном уровне (ЦНППМ)»).
 */
export function shortTitle(title: string): string {
  const text = title.replace(SHARED_HEAD, "Доля ");
  if (text.length <= TITLE_LENGTH) return text;
  const half = Math.floor((TITLE_LENGTH - 1) / 2);
  return `${text.slice(0, half).trimEnd()}…${text.slice(text.length - half).trimStart()}`;
}
