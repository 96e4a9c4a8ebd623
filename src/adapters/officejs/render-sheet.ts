/**
 * Queues a SheetModel's structure on a worksheet: number formats, widths, freezing, styles,
 * merges, tables, validation, conditional formats, hyperlinks, charts, page setup, as steps
 * with their request size. Nothing here syncs: the caller packs the steps into requests
 * (structure-steps.ts), the first with the last chunk of values.
 */
import type {
  CellStyle,
  ChartModel,
  PageSetupModel,
  RangeRef,
  SheetModel,
  ValidationModel,
} from "../../port/sheet-model";
import { cellA1, columnLetters, rangeA1, sheetReference } from "../../core/text/a1";
import { LIMITS, truncate } from "../../core/text/validation-limits";
import { excelNumberFormat } from "../ooxml/formats";
import { uniqueTableName } from "../ooxml/table-names";
import type { StructureStep } from "./structure-steps";
import { step } from "./structure-steps";
import { toExcelValue } from "./cells";
import { dayOf, serialFromDay } from "../../core/time/day";
import type { ListSources } from "./list-sheet";
import { fitsInline, listKey } from "./list-sheet";

const LAST_ROW = 1_048_576;
/** Excel's own conversion: a width of n characters is n × 7 + 5 pixels, 0.75 pt per pixel. */
export function columnWidthPoints(chars: number): number {
  return (chars * 7 + 5) * 0.75;
}

function rangeOf(sheet: Excel.Worksheet, ref: RangeRef): Excel.Range {
  return sheet.getRangeByIndexes(ref.row, ref.col, ref.rows, ref.cols);
}

/**
 * The structure as steps, each with its request size, in the order Excel must get them.
 * `tableNames`: the workbook's table names in lower case. A table gets its model name, made
 * valid and unique against them (as the Node writers do): a name Excel refuses would stop the
 * batch half-way, with the values written and the rest of the structure missing.
 * `dateShift`: days to subtract from a 1900 serial (1462 in a 1904 workbook).
 */
export function structureSteps(
  sheet: Excel.Worksheet,
  model: SheetModel,
  long: ListSources = new Map(),
  tableNames: Set<string> = new Set(),
  dateShift = 0
): StructureStep[] {
  const steps = columnSteps(sheet, model);
  for (const merge of model.merges ?? [])
    steps.push(step(1, merge, () => rangeOf(sheet, merge).merge(false)));
  for (const table of model.tables ?? []) {
    steps.push(
      step(3, table, () => {
        // A Range object, not "A1:E5": an address without its sheet is resolved against the
        // active sheet (TableCollection.add), whichever collection it is added through.
        const added = sheet.tables.add(rangeOf(sheet, table.range), true);
        added.name = uniqueTableName(table.name, tableNames);
        added.style = table.style ?? "TableStyleMedium2";
      })
    );
  }
  // Styles after tables, so that a header's own fill wins over the table style.
  for (const { range, style } of model.styles ?? [])
    steps.push(step(styleCommands(style), style, () => applyStyle(rangeOf(sheet, range), style)));
  for (const validation of model.validations ?? [])
    steps.push(step(4, validation, () => applyValidation(sheet, validation, long, dateShift)));
  for (const rule of model.conditionalFormats ?? []) {
    steps.push(
      step(4, rule, () => {
        const format = rangeOf(sheet, rule.range).conditionalFormats.add("CellValue");
        format.cellValue.rule = {
          operator: "EqualTo",
          formula1: `="${rule.equals.replace(/"/g, '""')}"`,
        };
        format.cellValue.format.fill.color = rule.fill;
        if (rule.fontColor) format.cellValue.format.font.color = rule.fontColor;
      })
    );
  }
  for (const link of model.hyperlinks ?? []) {
    const shown = model.cells[link.cell.row]?.[link.cell.col];
    const hyperlink = {
      documentReference: sheetReference(link.sheet, link.address),
      textToDisplay: typeof shown === "string" ? shown : link.address,
    };
    steps.push(
      step(1, hyperlink, () => {
        sheet.getRangeByIndexes(link.cell.row, link.cell.col, 1, 1).hyperlink = hyperlink;
      })
    );
  }
  for (const chart of model.charts ?? [])
    steps.push(step(8 + 3 * chart.series.length, chart, () => addChart(sheet, chart)));
  const { pageSetup } = model;
  if (pageSetup)
    steps.push(step(pageCommands(pageSetup), pageSetup, () => applyPageSetup(sheet, pageSetup)));
  steps.push(step(3, null, () => sheetSettings(sheet, model)));
  return steps;
}

/** Frozen panes, tab colour, visibility: last, as before. */
function sheetSettings(sheet: Excel.Worksheet, model: SheetModel): void {
  if (model.freeze && model.freeze.rows + (model.freeze.cols ?? 0) > 0) {
    const { rows, cols = 0 } = model.freeze;
    if (cols === 0) sheet.freezePanes.freezeRows(rows);
    else if (rows === 0) sheet.freezePanes.freezeColumns(cols);
    else sheet.freezePanes.freezeAt(sheet.getRangeByIndexes(0, 0, rows, cols));
  }
  if (model.tabColor) sheet.tabColor = model.tabColor;
  if (model.visibility === "hidden") sheet.visibility = "Hidden";
  if (model.visibility === "veryHidden") sheet.visibility = "VeryHidden";
}

function styleCommands(style: CellStyle): number {
  const set = Object.keys(style).filter((key) => key !== "border").length;
  return set + (style.border ? BORDERS.length : 0);
}

function heightRuns(
  heights: Record<number, number>
): { row: number; rows: number; height: number }[] {
  const rows = Object.keys(heights)
    .map(Number)
    .sort((a, b) => a - b);
  const runs: { row: number; rows: number; height: number }[] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.rows === row && last.height === heights[row]) last.rows += 1;
    else runs.push({ row, rows: 1, height: heights[row] });
  }
  return runs;
}

function columnSteps(sheet: Excel.Worksheet, model: SheetModel): StructureStep[] {
  const steps: StructureStep[] = [];
  // Consecutive rows of one height in one command (the print layout sets many).
  for (const { row, rows, height } of heightRuns(model.rowHeights ?? {})) {
    steps.push(
      step(2, height, () => {
        sheet.getRangeByIndexes(row, 0, rows, 1).format.rowHeight = height;
      })
    );
  }
  const firstDataRow = model.headerRow === undefined ? 0 : model.headerRow + 1;
  (model.columns ?? []).forEach((column, col) => {
    const { width, numberFormat } = column;
    if (width !== undefined) {
      steps.push(
        step(3, width, () => {
          sheet.getRangeByIndexes(0, col, 1, 1).getEntireColumn().format.columnWidth =
            columnWidthPoints(width);
        })
      );
    }
    if (numberFormat) {
      // A 1×1 array is applied to every cell of the range: the whole column below the header.
      steps.push(
        step(1, numberFormat, () => {
          const data = sheet.getRangeByIndexes(firstDataRow, col, LAST_ROW - firstDataRow, 1);
          // `numberFormat` takes Excel's own tokens in every language: ДД.ММ.ГГГГ → dd.mm.yyyy.
          data.numberFormat = [[excelNumberFormat(numberFormat)]];
        })
      );
    }
  });
  return steps;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", center: "Center", bottom: "Bottom" } as const;
const BORDERS = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
] as const;

export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.hAlign) format.horizontalAlignment = H_ALIGN[style.hAlign];
  if (style.vAlign) format.verticalAlignment = V_ALIGN[style.vAlign];
  if (style.numberFormat) range.numberFormat = [[excelNumberFormat(style.numberFormat)]];
  if (style.border) {
    for (const edge of BORDERS) format.borders.getItem(edge).style = "Continuous";
  }
}

function listSource(values: readonly string[], long: ListSources): string {
  if (fitsInline(values)) return values.join(",");
  const source = long.get(listKey(values));
  if (!source)
    throw new Error(`Список «${values.slice(0, 3).join(", ")}…» не размещён на листе списков`);
  return source;
}

function validationRule(
  model: ValidationModel,
  long: ListSources,
  dateShift: number
): Excel.DataValidationRule {
  const { rule } = model;
  switch (rule.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: listSource(rule.values, long) } };
    case "date":
      // Dates as serial-number formulas: independent of the user's date format. The floor is
      // the first day of the workbook's date system (serial 1, or 0 in a 1904 workbook).
      return {
        date: bounds(
          rule.min,
          rule.max,
          (day) => `=${serialFromDay(day) - dateShift}`,
          dateShift ? dayOf(1904, 1, 1) : -25_568
        ),
      };
    case "decimal":
      return { decimal: bounds(rule.min, rule.max, (n) => n, -1e15) };
    case "whole":
      return { wholeNumber: bounds(rule.min, rule.max, (n) => n, -1e15) };
    case "textLength":
      return { textLength: { operator: "LessThanOrEqualTo", formula1: rule.max } };
  }
}

type Bounded<T> = {
  operator: "Between" | "GreaterThanOrEqualTo" | "LessThanOrEqualTo";
  formula1: T;
  formula2?: T;
};

/** Excel needs an operator and a bound: no bounds is "at least the smallest value". */
function bounds<T>(
  min: number | undefined,
  max: number | undefined,
  toExcel: (n: number) => T,
  floor: number
): Bounded<T> {
  if (min !== undefined && max !== undefined) {
    return { operator: "Between", formula1: toExcel(min), formula2: toExcel(max) };
  }
  if (max !== undefined) return { operator: "LessThanOrEqualTo", formula1: toExcel(max) };
  return { operator: "GreaterThanOrEqualTo", formula1: toExcel(min ?? floor) };
}

function applyValidation(
  sheet: Excel.Worksheet,
  model: ValidationModel,
  long: ListSources,
  dateShift: number
): void {
  const validation = rangeOf(sheet, model.range).dataValidation;
  validation.rule = validationRule(model, long, dateShift);
  validation.ignoreBlanks = model.allowBlank ?? true;
  if (model.prompt) {
    validation.prompt = {
      showPrompt: true,
      title: truncate(model.prompt.title, LIMITS.promptTitle),
      message: truncate(model.prompt.message, LIMITS.prompt),
    };
  }
  // No error text means "suggest, never refuse" (several deficits typed into one cell).
  validation.errorAlert = {
    showAlert: model.error !== undefined,
    style: "Stop",
    title: truncate(model.error?.title ?? "", LIMITS.errorTitle),
    message: truncate(model.error?.message ?? "", LIMITS.error),
  };
}

/** Excel.ChartType names; all three are in ExcelApi 1.1. */
const CHART_TYPES: Readonly<
  Record<ChartModel["kind"], "BarClustered" | "ColumnClustered" | "LineMarkers">
> = {
  bar: "BarClustered",
  column: "ColumnClustered",
  line: "LineMarkers",
};

function addChart(sheet: Excel.Worksheet, model: ChartModel): void {
  const type = CHART_TYPES[model.kind];
  const categories = rangeOf(sheet, model.categories);
  const [first, ...rest] = model.series;
  if (!first) return;
  // A series laid out along a row (`Динамика`: one indicator's values per period) is one series, not many.
  const along = first.values.rows === 1 && first.values.cols > 1 ? "Rows" : "Columns";
  const chart = sheet.charts.add(type, rangeOf(sheet, first.values), along);
  chart.title.text = model.title;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(categories);
  for (const series of rest) {
    const added = chart.series.add(series.name);
    added.setValues(rangeOf(sheet, series.values));
    added.setXAxisValues(categories);
  }
  chart.legend.visible = model.series.length > 1;
  const { anchor } = model;
  chart.setPosition(
    cellA1(anchor.row, anchor.col),
    cellA1(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1)
  );
}

/** Commands applyPageSetup queues (for the request-size estimate). */
function pageCommands(setup: PageSetupModel): number {
  return (
    3 +
    (setup.printArea ? 1 : 0) +
    (setup.repeatRows ? 1 : 0) +
    (setup.repeatCols ? 1 : 0) +
    (setup.margins ? 6 : 0) +
    (setup.centerHorizontally ? 1 : 0) +
    (setup.footer ? 3 : 0) +
    (setup.rowBreaks?.length ?? 0)
  );
}

/** Everything here is ExcelApi 1.9, the manifest's requirement: nothing to detect. */
function applyPageSetup(sheet: Excel.Worksheet, setup: PageSetupModel): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (setup.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (setup.scale !== undefined) layout.zoom = { scale: Math.round(setup.scale) };
  if (setup.printArea) layout.setPrintArea(rangeA1(setup.printArea));
  if (setup.repeatRows) {
    layout.setPrintTitleRows(`$${setup.repeatRows.first + 1}:$${setup.repeatRows.last + 1}`);
  }
  if (setup.repeatCols) {
    const { first, last } = setup.repeatCols;
    layout.setPrintTitleColumns(`$${columnLetters(first)}:$${columnLetters(last)}`);
  }
  const m = setup.margins;
  if (m) {
    // Office.js takes points; the model keeps Excel's inches.
    layout.leftMargin = m.left * 72;
    layout.rightMargin = m.right * 72;
    layout.topMargin = m.top * 72;
    layout.bottomMargin = m.bottom * 72;
    layout.headerMargin = m.header * 72;
    layout.footerMargin = m.footer * 72;
  }
  if (setup.centerHorizontally) layout.centerHorizontally = true;
  if (setup.footer) {
    const all = layout.headersFooters.defaultForAllPages;
    all.leftFooter = setup.footer.left ?? "";
    all.centerFooter = setup.footer.center ?? "";
    all.rightFooter = setup.footer.right ?? "";
  }
  for (const row of setup.rowBreaks ?? []) sheet.horizontalPageBreaks.add(cellA1(row, 0));
}

/** Excel values of a block of model rows, padded to `cols` columns. */
export function excelRows(
  cells: SheetModel["cells"],
  start: number,
  count: number,
  cols: number,
  dateShift = 0
) {
  const rows: (string | number | boolean)[][] = [];
  for (let r = start; r < start + count; r++) {
    const source = cells[r] ?? [];
    const row = new Array<string | number | boolean>(cols);
    for (let c = 0; c < cols; c++) row[c] = toExcelValue(source[c] ?? null, dateShift);
    rows.push(row);
  }
  return rows;
}
