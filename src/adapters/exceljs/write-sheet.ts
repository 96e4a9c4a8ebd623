/**
 * Renders a SheetModel onto an empty ExcelJS worksheet: values, formats,
 * merges, tables, validation, conditional formats, links, views and printing.
 * Charts are kept aside and written into the package on save (chart-zip.ts).
 */
import type ExcelJS from "exceljs";
import type { ConditionalTextRule, HyperlinkModel, SheetModel } from "../../port/sheet-model";
import { argbOf } from "../ooxml/colour";
import { cellA1, rangeA1, sheetReference } from "../../core/text/a1";
import { readCellText } from "./cell-text";
import { solidFill, styleRange } from "./styles";
import { addTable, tableNamesIn } from "./tables";
import { uniqueTableName } from "../ooxml/table-names";
import { addValidation } from "./validations";
import { writeCells } from "./write-cells";
import { writePageSetup } from "./page-setup";

export function writeSheetModel(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  model: SheetModel
): void {
  writeCells(sheet, model);
  for (const { range, style } of model.styles ?? []) styleRange(sheet, range, style);
  for (const [row, height] of Object.entries(model.rowHeights ?? {})) {
    sheet.getRow(Number(row) + 1).height = height;
  }
  for (const m of model.merges ?? []) {
    if (m.rows > 1 || m.cols > 1) {
      sheet.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
    }
  }
  const taken = tableNamesIn(workbook);
  for (const table of model.tables ?? [])
    addTable(sheet, table, uniqueTableName(table.name, taken));
  for (const validation of model.validations ?? []) addValidation(workbook, sheet, validation);
  (model.conditionalFormats ?? []).forEach((rule, i) => addTextRule(sheet, rule, i + 1));
  for (const link of model.hyperlinks ?? []) addLink(sheet, link);
  if (model.freeze) {
    const ySplit = model.freeze.rows;
    const xSplit = model.freeze.cols ?? 0;
    const topLeftCell = cellA1(ySplit, xSplit);
    sheet.views = [{ state: "frozen", xSplit, ySplit, topLeftCell }];
  }
  if (model.pageSetup) writePageSetup(sheet, model.pageSetup);
  if (model.tabColor) sheet.properties.tabColor = { argb: argbOf(model.tabColor) };
  sheet.state = model.visibility ?? "visible";
}

/** "Text equals" as a cell-value rule: Excel compares text ignoring case, as users expect. */
function addTextRule(sheet: ExcelJS.Worksheet, rule: ConditionalTextRule, priority: number): void {
  const style: Partial<ExcelJS.Style> = { fill: solidFill(rule.fill) };
  if (rule.fontColor) style.font = { color: { argb: argbOf(rule.fontColor) } };
  sheet.addConditionalFormatting({
    ref: rangeA1(rule.range),
    rules: [
      {
        type: "cellIs",
        operator: "equal",
        formulae: [`"${rule.equals.replace(/"/g, '""')}"`],
        style,
        priority,
      },
    ],
  });
}

function addLink(sheet: ExcelJS.Worksheet, link: HyperlinkModel): void {
  const cell = sheet.getCell(link.cell.row + 1, link.cell.col + 1);
  const text = readCellText(cell.value) || link.sheet;
  const address = link.address.replace(/\$/g, "").split(":")[0];
  cell.value = { text, hyperlink: sheetReference(link.sheet, address) };
  const font = cell.style.font ?? {};
  cell.style = {
    ...cell.style,
    font: { ...font, underline: true, color: font.color ?? { argb: "FF0563C1" } },
  };
}
