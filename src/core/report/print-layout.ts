/**
 * One print layout for every sheet the project writes (recommendations.md «Printing»):
 * A4; portrait when the columns fit a portrait page, landscape when they fit a landscape
 * page (fitted to the width while the scale stays legible), else pages across with the key
 * columns repeated; header rows repeated; wrapped columns no wider than the page and rows
 * tall enough for their wrapped text (Excel does not grow them in a written file); a chart
 * below a table starts on its own page when both do not fit one; pages numbered in the
 * footer. Decided from the column widths and the sheet's `print` hint, never from its name.
 */
import type {
  CellStyle,
  RangeRef,
  HeaderFooterModel,
  MarginsModel,
  OutCell,
  PageSetupModel,
  SheetModel,
} from "../../port/sheet-model";
import { belowCells, chartBreaks, fitChart, heightOf, withCharts } from "./print-charts";
import {
  BOLD_FACTOR,
  DEFAULT_COLUMN_WIDTH,
  textOf,
  widthFor,
  wrappedRowHeights,
} from "./print-text";

export { DEFAULT_COLUMN_WIDTH, linesOf } from "./print-text";

/** Inches: narrow side margins leave room for columns; the footer carries the page number. */
export const PRINT_MARGINS: MarginsModel = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.7,
  header: 0.3,
  footer: 0.3,
};

const POINTS_PER_INCH = 72;
const A4 = { short: 595.3, long: 841.9 }; // points
/** Excel's column width unit: the default font's digit is 7 px, plus 5 px of padding (96 dpi). */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PX_PER_POINT = 96 / 72;
/** Fitting a wide sheet to one page is refused below this scale (text turns illegible). */
export const MIN_FIT_SCALE = 0.65;
/** A wrapped column is not narrowed below this many characters (then NARROWEST_WRAP, to fit). */
const MIN_WRAP_WIDTH = 24;
const NARROWEST_WRAP = 14;
/**
 * Scales tried for a sheet printed over pages across (per cent), the largest of those giving
 * fewest pages; 70 stays above MIN_FIT_SCALE (`Показатели по ОО`: 9 pages at 90 %, 6 at 70 %).
 */
const SPLIT_SCALES = [100, 90, 80, 70];
/** A column is widened to show its text on one line up to this width; longer text is wrapped. */
const MAX_WIDENED = 30;
/** A chart takes at most this share of a page's height left under the repeated rows. */
const CHART_PAGE_SHARE = 0.9;
export const PAGE_FOOTER: HeaderFooterModel = { left: "&A", right: "Страница &P из &N" };
export const DOCUMENT_FOOTER: HeaderFooterModel = { center: "Страница &P из &N" };

export type Orientation = PageSetupModel["orientation"];

/** Printable width of an A4 page in pixels at 100 %. */
export function printableWidthPx(orientation: Orientation): number {
  const paper = orientation === "portrait" ? A4.short : A4.long;
  const points = paper - (PRINT_MARGINS.left + PRINT_MARGINS.right) * POINTS_PER_INCH;
  return Math.floor(points * PX_PER_POINT);
}

/** Printable height of an A4 page in points. */
export function printableHeightPt(orientation: Orientation): number {
  const paper = orientation === "portrait" ? A4.long : A4.short;
  return paper - (PRINT_MARGINS.top + PRINT_MARGINS.bottom) * POINTS_PER_INCH;
}

export function columnPx(width: number): number {
  return Math.trunc(width * DIGIT_PX + PADDING_PX);
}

/** The widest column width (characters) that takes `px` pixels. */
function widthForPx(px: number): number {
  return Math.floor(((px - PADDING_PX) / DIGIT_PX) * 100) / 100;
}

/** Every sheet of a workbook through `printLayout`. */
export function withPrintLayout(sheets: readonly SheetModel[]): SheetModel[] {
  return sheets.map(printLayout);
}

export function printLayout(sheet: SheetModel): SheetModel {
  let model = sheet;
  if (model.print?.skip || (model.visibility ?? "visible") !== "visible") return model;
  const area = model.pageSetup?.printArea;
  const colCount = area ? area.col + area.cols : columnCount(model.cells);
  if (colCount === 0) return model;
  const widths = Array.from(
    { length: colCount },
    (_, c) => model.columns?.[c]?.width ?? DEFAULT_COLUMN_WIDTH
  );
  const headerRow = model.headerRow;
  if (headerRow !== undefined) widenForHeaderWords(model.cells[headerRow] ?? [], widths);
  const styles = [...(model.styles ?? []), ...fitOverflow(model, widths)];
  model = { ...model, styles };
  const wrapped = wrappedColumns(model, colCount);
  const firstCol = area?.col ?? 0;
  // A builder that asks for portrait made a document to read on paper (the справка).
  const document = model.print?.document ?? model.pageSetup?.orientation === "portrait";
  const setup = chooseSetup(widths, wrapped, firstCol, document, keyColumns(model));
  const rowHeights = wrappedRowHeights(model, widths);
  const repeatRows =
    model.pageSetup?.repeatRows ??
    (headerRow !== undefined ? { first: headerRow, last: headerRow } : undefined);
  const pageSetup: PageSetupModel = {
    ...setup,
    paper: "A4",
    printArea: area,
    repeatRows: document ? undefined : repeatRows,
    margins: PRINT_MARGINS,
    footer: document ? DOCUMENT_FOOTER : PAGE_FOOTER,
    centerHorizontally: !document,
  };
  const titles = pageSetup.repeatRows
    ? heightOf(
        rowHeights,
        pageSetup.repeatRows.first,
        pageSetup.repeatRows.last - pageSetup.repeatRows.first + 1
      )
    : 0;
  // A page printed at a scale below 100 % holds 1/scale as many points of rows.
  const page = printableHeightPt(setup.orientation) / printScale(setup, widths, firstCol);
  const room = (page - titles) * CHART_PAGE_SHARE;
  const charts = model.charts?.map((chart) =>
    fitChart(belowCells(chart, model.cells.length, colCount), rowHeights, room)
  );
  if (charts?.length) {
    const breaks = chartBreaks({ ...model, charts }, rowHeights, room);
    if (breaks.length) pageSetup.rowBreaks = breaks;
    // Printers print cells; a chart below them prints only inside the print area.
    pageSetup.printArea ??= withCharts(model.cells.length, colCount, charts);
  }
  const columns = widths.map((width, c) => ({ ...(model.columns?.[c] ?? {}), width }));
  return { ...model, columns, rowHeights, pageSetup, ...(charts ? { charts } : {}) };
}

/** The scale a page prints at: fitted to the width, the page over the columns' width (at most 1). */
export function printScale(setup: Setup, widths: readonly number[], firstCol: number): number {
  if (!setup.fitToWidth) return (setup.scale ?? 100) / 100;
  return Math.min(1, printableWidthPx(setup.orientation) / totalPx(widths, firstCol));
}

function columnCount(cells: readonly OutCell[][]): number {
  let n = 0;
  for (const row of cells) if (row.length > n) n = row.length;
  return n;
}

function keyColumns(model: SheetModel): number {
  return Math.max(1, model.print?.keyColumns ?? model.freeze?.cols ?? 1);
}

/** Columns whose cells below the header are wrapped (a style range with `wrap`). */
function wrappedColumns(model: SheetModel, colCount: number): boolean[] {
  const wrapped = new Array<boolean>(colCount).fill(false);
  const below = (model.headerRow ?? -1) + 1;
  for (const { range, style } of model.styles ?? []) {
    if (!style.wrap || range.row + range.rows <= below) continue;
    for (let c = range.col; c < Math.min(colCount, range.col + range.cols); c += 1)
      wrapped[c] = true;
  }
  return wrapped;
}

/** A header word is never broken: its column is at least as wide as its longest word. */
function widenForHeaderWords(header: readonly OutCell[], widths: number[]): void {
  for (let c = 0; c < widths.length; c += 1) {
    const text = textOf(header[c]);
    let needed = 0;
    for (const word of text.split(/\s+/)) needed = Math.max(needed, widthFor(word, BOLD_FACTOR));
    needed = Math.min(MAX_WIDENED, needed);
    if (needed > widths[c]) widths[c] = needed;
  }
}

/**
 * Text longer than its unwrapped cell is cut where the next cell is filled (and spills off
 * the page in the last column): such a column is widened when a little more room shows it
 * whole, else its overflowing rows are wrapped. Returns the wrap styles to add.
 */
function fitOverflow(model: SheetModel, widths: number[]): { range: RangeRef; style: CellStyle }[] {
  const from = (model.headerRow ?? -1) + 1;
  const last = widths.length - 1;
  const wraps = wrapIntervals(model, widths.length);
  const merged = new Set<string>();
  for (const m of model.merges ?? [])
    for (let r = m.row; r < m.row + m.rows; r += 1)
      for (let c = m.col; c < m.col + m.cols; c += 1) merged.add(`${r}:${c}`);
  const added: { range: RangeRef; style: CellStyle }[] = [];
  for (let c = 0; c <= last; c += 1) {
    let longest = 0;
    let first = -1;
    let end = -1;
    for (let r = from; r < model.cells.length; r += 1) {
      const row = model.cells[r] ?? [];
      const cell = row[c];
      if (
        typeof cell !== "string" &&
        (cell === null || typeof cell !== "object" || cell instanceof Date)
      )
        continue;
      const text = textOf(cell);
      const needed = widthFor(text);
      if (needed <= widths[c]) continue;
      const next = row[c + 1];
      const blocked = c === last || (next !== null && next !== undefined && next !== "");
      if (!blocked || merged.has(`${r}:${c}`) || isWrapped(wraps[c], r)) continue;
      if (needed > longest) longest = needed;
      if (first < 0) first = r;
      end = r;
    }
    if (first < 0) continue;
    if (longest <= MAX_WIDENED) widths[c] = longest;
    else
      added.push({
        range: { row: first, col: c, rows: end - first + 1, cols: 1 },
        style: { wrap: true, vAlign: "top" },
      });
  }
  return added;
}

/** Row intervals of each column covered by a wrapping style. */
function wrapIntervals(model: SheetModel, colCount: number): [number, number][][] {
  const out: [number, number][][] = Array.from({ length: colCount }, () => []);
  for (const { range, style } of model.styles ?? []) {
    if (!style.wrap) continue;
    for (let c = range.col; c < Math.min(colCount, range.col + range.cols); c += 1)
      out[c].push([range.row, range.row + range.rows]);
  }
  return out;
}

function isWrapped(intervals: readonly [number, number][], row: number): boolean {
  return intervals.some(([a, b]) => row >= a && row < b);
}

type Setup = Pick<PageSetupModel, "orientation" | "fitToWidth" | "repeatCols" | "scale">;

/**
 * Portrait when the columns fit a portrait page; else landscape, fitted to the width at a
 * legible scale (wrapped columns narrowed only when the scale would fall below MIN_FIT_SCALE,
 * not below MIN_WRAP_WIDTH, then NARROWEST_WRAP, and only when that reaches the fit); else
 * pages across, at the builder's widths, with the key columns repeated.
 */
function chooseSetup(
  widths: number[],
  wrapped: readonly boolean[],
  firstCol: number,
  document: boolean,
  keys: number
): Setup {
  const portrait = printableWidthPx("portrait");
  const landscape = printableWidthPx("landscape");
  if (document) {
    narrowWrapped(widths, wrapped, firstCol, portrait, MIN_WRAP_WIDTH);
    return { orientation: "portrait", fitToWidth: true };
  }
  if (totalPx(widths, firstCol) <= portrait) return { orientation: "portrait", fitToWidth: true };
  const fitted: Setup = { orientation: "landscape", fitToWidth: true };
  const widest = landscape / MIN_FIT_SCALE;
  if (totalPx(widths, firstCol) <= widest) return fitted;
  // Narrowed on a trial copy: a sheet that goes on pages across keeps its widths (`Настройки`
  // printed 14 pages with its «Показатель» narrowed to 14 for a fit it never reached).
  const trial = [...widths];
  for (const min of [MIN_WRAP_WIDTH, NARROWEST_WRAP]) {
    narrowWrapped(trial, wrapped, firstCol, widest, min);
    if (totalPx(trial, firstCol) <= widest) {
      trial.forEach((w, c) => (widths[c] = w));
      return fitted;
    }
  }
  return pagesAcross(widths, firstCol, keys, landscape);
}

/** The key columns on every page; each other column fits beside them; the scale giving fewest pages. */
function pagesAcross(widths: number[], firstCol: number, keys: number, landscape: number): Setup {
  const keyLast = Math.min(widths.length - 1, firstCol + keys - 1);
  const keyPx = totalPx(widths.slice(0, keyLast + 1), firstCol);
  const room = Math.max(landscape - keyPx, columnPx(MIN_WRAP_WIDTH));
  for (let c = keyLast + 1; c < widths.length; c += 1)
    if (columnPx(widths[c]) > room) widths[c] = widthForPx(room);
  let best = { scale: 100, pages: Number.POSITIVE_INFINITY };
  for (const scale of SPLIT_SCALES) {
    const pages = pagesAcrossAt(widths, keyLast, keyPx, landscape / (scale / 100));
    if (pages < best.pages) best = { scale, pages };
  }
  return {
    orientation: "landscape",
    fitToWidth: false,
    scale: best.scale,
    repeatCols: { first: firstCol, last: keyLast },
  };
}

function pagesAcrossAt(
  widths: readonly number[],
  keyLast: number,
  keyPx: number,
  page: number
): number {
  let pages = 1;
  let used = keyPx;
  for (let c = keyLast + 1; c < widths.length; c += 1) {
    const px = columnPx(widths[c]);
    if (used + px > page && used > keyPx) {
      pages += 1;
      used = keyPx;
    }
    used += px;
  }
  return pages;
}

function totalPx(widths: readonly number[], from: number): number {
  let px = 0;
  for (let c = from; c < widths.length; c += 1) px += columnPx(widths[c]);
  return px;
}

/** Narrows the wrapped columns (widest first, not below `min`) until the sheet fits `px`. */
function narrowWrapped(
  widths: number[],
  wrapped: readonly boolean[],
  from: number,
  px: number,
  min: number
): void {
  let excess = totalPx(widths, from) - px;
  while (excess > 0) {
    let widest = -1;
    for (let c = from; c < widths.length; c += 1)
      if (wrapped[c] && widths[c] > min && (widest < 0 || widths[c] > widths[widest])) widest = c;
    if (widest < 0) return;
    const next = Math.max(min, widths[widest] - Math.ceil(excess / DIGIT_PX));
    excess -= columnPx(widths[widest]) - columnPx(next);
    widths[widest] = next;
  }
}
