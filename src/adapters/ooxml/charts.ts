/**
 * Chart parts as DrawingML text, one builder for both Node writers: ExcelJS has
 * no chart API, so its adapter adds them to the saved zip (exceljs/chart-zip.ts);
 * the new-workbook writer writes them with the package (xlsx-writer). A clustered bar or column
 * chart, or a line chart with markers (`Динамика`), whose series reference the sheet's ranges, with cached values so that
 * readers that do not recalculate still draw it.
 */
import type { ChartModel, RangeRef } from "../../port/sheet-model";
import { rangeA1, sheetReference } from "../../core/text/a1";
import { escapeXml } from "./xml";

export interface ChartData {
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
}

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CAT_AXIS = 500100;
const VAL_AXIS = 500200;

function ref(sheet: string, range: RangeRef): string {
  return escapeXml(sheetReference(sheet, rangeA1(range, { absolute: true })));
}

function points(values: (string | number | null)[]): string {
  const pts = values
    .map((v, i) => (v === null ? "" : `<c:pt idx="${i}"><c:v>${escapeXml(String(v))}</c:v></c:pt>`))
    .join("");
  return `<c:ptCount val="${values.length}"/>${pts}`;
}

function seriesXml(chart: ChartModel, sheet: string, data: ChartData, i: number): string {
  const series = chart.series[i];
  const cat = `<c:cat><c:strRef><c:f>${ref(sheet, chart.categories)}</c:f><c:strCache>${points(
    data.categories
  )}</c:strCache></c:strRef></c:cat>`;
  const val = `<c:val><c:numRef><c:f>${ref(sheet, series.values)}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(
    data.series[i]?.values ?? []
  )}</c:numCache></c:numRef></c:val>`;
  // CT_LineSer has no invertIfNegative; its marker comes before cat, smooth after val.
  const line = chart.kind === "line";
  const middle = line
    ? `<c:marker><c:symbol val="circle"/><c:size val="6"/></c:marker>`
    : `<c:invertIfNegative val="0"/>`;
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
    `<c:tx><c:v>${escapeXml(series.name)}</c:v></c:tx>${middle}${cat}${val}` +
    `${line ? `<c:smooth val="0"/>` : ""}</c:ser>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>`
  );
}

function axesXml(kind: ChartModel["kind"]): string {
  // Horizontal bars list categories top-down as in the table: reversed axis, values at the bottom.
  const bar = kind === "bar";
  const common = `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>`;
  return (
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="${bar ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="0"/>${common}` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>` +
    `<c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${bar ? "b" : "l"}"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/>${common}<c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="${bar ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function plotXml(chart: ChartModel, series: string): string {
  const axes = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  if (chart.kind === "line")
    return (
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
      `<c:marker val="1"/>${axes}</c:lineChart>`
    );
  return (
    `<c:barChart><c:barDir val="${chart.kind === "bar" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`
  );
}

export function chartXml(chart: ChartModel, sheet: string, data: ChartData): string {
  const series = chart.series.map((_s, i) => seriesXml(chart, sheet, data, i)).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:plotArea><c:layout/>` +
    `${plotXml(chart, series)}${axesXml(chart.kind)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** One anchored chart frame of a drawing part; `id` must be unique in the drawing. */
export function chartAnchorXml(anchor: RangeRef, relId: string, id: number, title: string): string {
  const marker = (row: number, col: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${marker(anchor.row, anchor.col)}</xdr:from>` +
    `<xdr:to>${marker(anchor.row + anchor.rows, anchor.col + anchor.cols)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escapeXml(
      title || `Диаграмма ${id}`
    )}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic>` +
    `<a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

export const DRAWING_OPEN =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
  `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">`;
export const DRAWING_CLOSE = `</xdr:wsDr>`;
