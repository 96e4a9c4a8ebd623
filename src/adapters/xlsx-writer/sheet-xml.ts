/**
 * A worksheet part as XML text, one row at a time, so that the text of a
 * 60,000-row sheet never exists whole: rows are encoded and compressed as
 * they are made (zip-writer.ts). Elements follow the schema's order.
 */
import type { SheetModel } from "../../port/sheet-model";
import { fitsToPage, pageXml } from "./page-xml";
import { argbOf } from "../ooxml/colour";
import { cellA1, columnLetters, rangeA1, sheetReference } from "../../core/text/a1";
import { escapeXml } from "../ooxml/xml";
import { cellXml } from "./cell-xml";
import type { StringTable } from "./shared-strings";
import type { SheetLayout } from "./sheet-layout";
import { validationXml } from "./validation-xml";

export interface SheetPart {
  model: SheetModel;
  layout: SheetLayout;
  /** Opened first in Excel (the first visible sheet). */
  selected: boolean;
  /** The list source of each validation (null for other kinds). */
  listFormulas: (string | null)[];
  /** dxf index of each conditional format. */
  dxfIds: number[];
  /** Relationship ids of the sheet's drawing and tables. */
  drawingRel: string | null;
  tableRels: string[];
  /**
   * The cellXfs index of a format id other than 0 (Excel's default, no
   * attribute); absent: the id itself. In an existing workbook the project's
   * formats are merged into the person's (src/adapters/xlsx-patch).
   */
  styleId?: (format: number) => number;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';
const DEFAULT_WIDTH = 9.140625;

export function* worksheetXml(part: SheetPart, strings: StringTable): Generator<string> {
  yield (
    HEAD +
    sheetPr(part.model) +
    dimension(part.layout) +
    sheetViews(part) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols(part)
  );
  yield* sheetData(part, strings);
  yield tail(part);
}

function sheetPr(model: SheetModel): string {
  const tab = model.tabColor ? `<tabColor rgb="${argbOf(model.tabColor)}"/>` : "";
  const fit = fitsToPage(model.pageSetup) ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function dimension(layout: SheetLayout): string {
  if (layout.rows === 0 || layout.cols === 0) return '<dimension ref="A1"/>';
  return `<dimension ref="${rangeA1({ row: 0, col: 0, rows: layout.rows, cols: layout.cols })}"/>`;
}

function sheetViews(part: SheetPart): string {
  const selected = part.selected ? ' tabSelected="1"' : "";
  const freeze = part.model.freeze;
  if (!freeze) return `<sheetViews><sheetView${selected} workbookViewId="0"/></sheetViews>`;
  const ySplit = freeze.rows;
  const xSplit = freeze.cols ?? 0;
  const pane = xSplit && ySplit ? "bottomRight" : ySplit ? "bottomLeft" : "topRight";
  const split = (xSplit ? ` xSplit="${xSplit}"` : "") + (ySplit ? ` ySplit="${ySplit}"` : "");
  const topLeft = cellA1(ySplit, xSplit);
  return (
    `<sheetViews><sheetView${selected} workbookViewId="0">` +
    `<pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`
  );
}

function cols(part: SheetPart): string {
  const columns = part.model.columns ?? [];
  const items = columns
    .map((column, c) => {
      const style = part.layout.columnFormats[c];
      if (column.width === undefined && style === undefined) return "";
      const width =
        column.width === undefined
          ? `width="${DEFAULT_WIDTH}"`
          : `width="${column.width}" customWidth="1"`;
      const styleAttr = style ? ` style="${part.styleId ? part.styleId(style) : style}"` : "";
      return `<col min="${c + 1}" max="${c + 1}" ${width}${styleAttr}/>`;
    })
    .join("");
  return items ? `<cols>${items}</cols>` : "";
}

function* sheetData(part: SheetPart, strings: StringTable): Generator<string> {
  const { model, layout } = part;
  const { rows, cols: width, formats, texts, hidden } = layout;
  const letters = Array.from({ length: width }, (_, c) => columnLetters(c));
  const heights = model.rowHeights ?? {};
  // The same few style attributes recur millions of times: make each string once.
  const styleAttrs: string[] = [];
  const styleId = part.styleId ?? ((f: number) => f);
  yield "<sheetData>";
  for (let r = 0; r < rows; r += 1) {
    const row = model.cells[r] ?? [];
    const n = r + 1;
    let body = "";
    for (let c = 0, i = r * width; c < width; c += 1, i += 1) {
      const f = formats[i];
      const s = f ? (styleAttrs[f] ??= ` s="${styleId(f)}"`) : "";
      const text = texts.get(i);
      const value = text !== undefined ? text : hidden.has(i) ? null : row[c];
      body += cellXml(`${letters[c]}${n}`, s, value, strings);
    }
    const height = heights[r];
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    if (body) yield `<row r="${n}"${ht}>${body}</row>`;
    else if (ht) yield `<row r="${n}"${ht}/>`;
  }
  yield "</sheetData>";
}

function tail(part: SheetPart): string {
  const { model } = part;
  let xml = "";
  const merges = (model.merges ?? []).filter((m) => m.rows > 1 || m.cols > 1);
  if (merges.length) {
    xml += `<mergeCells count="${merges.length}">`;
    xml += merges.map((m) => `<mergeCell ref="${rangeA1(m)}"/>`).join("");
    xml += "</mergeCells>";
  }
  (model.conditionalFormats ?? []).forEach((rule, i) => {
    const formula = escapeXml(`"${rule.equals.replace(/"/g, '""')}"`);
    xml +=
      `<conditionalFormatting sqref="${rangeA1(rule.range)}">` +
      `<cfRule type="cellIs" dxfId="${part.dxfIds[i]}" priority="${i + 1}" operator="equal">` +
      `<formula>${formula}</formula></cfRule></conditionalFormatting>`;
  });
  const validations = model.validations ?? [];
  if (validations.length) {
    xml += `<dataValidations count="${validations.length}">`;
    xml += validations.map((v, i) => validationXml(v, part.listFormulas[i])).join("");
    xml += "</dataValidations>";
  }
  const links = model.hyperlinks ?? [];
  if (links.length) {
    xml += "<hyperlinks>";
    for (const link of links) {
      const address = link.address.replace(/\$/g, "").split(":")[0];
      const location = sheetReference(link.sheet, address);
      xml += `<hyperlink ref="${cellA1(link.cell.row, link.cell.col)}" location="${escapeXml(location)}"/>`;
    }
    xml += "</hyperlinks>";
  }
  xml += pageXml(model.pageSetup);
  if (part.drawingRel) xml += `<drawing r:id="${part.drawingRel}"/>`;
  if (part.tableRels.length) {
    xml += `<tableParts count="${part.tableRels.length}">`;
    xml += part.tableRels.map((id) => `<tablePart r:id="${id}"/>`).join("");
    xml += "</tableParts>";
  }
  return `${xml}</worksheet>`;
}
