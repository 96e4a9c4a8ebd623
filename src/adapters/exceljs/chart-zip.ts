/**
 * Writes charts into a saved package: chart parts, a drawing part with one
 * anchor per chart, their relationships, the sheet's <drawing> element and
 * the content types. A sheet that already has a drawing (pictures) gets the
 * charts added to it.
 */
import type JSZip from "jszip";
import type { ChartModel } from "../../port/sheet-model";
import {
  chartAnchorXml,
  chartXml,
  DRAWING_CLOSE,
  DRAWING_OPEN,
  type ChartData,
} from "../ooxml/charts";
import {
  addContentType,
  freePartName,
  freeRelId,
  readRels,
  REL,
  relsPathOf,
  resolveTarget,
  writeRels,
} from "./package-parts";
import { attributesOf } from "../ooxml/xml";

export interface PlacedChart {
  chart: ChartModel;
  data: ChartData;
}

const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
/** Elements that must follow <drawing> in a worksheet (ECMA-376 order). */
const AFTER_DRAWING =
  /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)[\s>/]|<\/worksheet>/;

export async function addCharts(
  zip: JSZip,
  sheetName: string,
  sheetPath: string,
  charts: PlacedChart[]
): Promise<void> {
  if (charts.length === 0) return;
  const drawingPath = await drawingOf(zip, sheetPath);
  const drawingRelsPath = relsPathOf(drawingPath);
  const drawingRels = await readRels(zip, drawingRelsPath);
  let drawing = (await zip.file(drawingPath)?.async("string")) ?? `${DRAWING_OPEN}${DRAWING_CLOSE}`;
  const anchors: string[] = [];
  for (const [i, placed] of charts.entries()) {
    const chartPath = freePartName(zip, "xl/charts", "chart");
    zip.file(chartPath, chartXml(placed.chart, sheetName, placed.data));
    await addContentType(zip, chartPath, CHART_TYPE);
    const relId = freeRelId(drawingRels);
    drawingRels.push({
      Id: relId,
      Type: REL.chart,
      Target: `../charts/${chartPath.split("/").pop()}`,
    });
    anchors.push(chartAnchorXml(placed.chart.anchor, relId, 1000 + i, placed.chart.title));
  }
  drawing = drawing.replace(DRAWING_CLOSE, `${anchors.join("")}${DRAWING_CLOSE}`);
  zip.file(drawingPath, drawing);
  writeRels(zip, drawingRelsPath, drawingRels);
  await addContentType(zip, drawingPath, DRAWING_TYPE);
}

/** The sheet's drawing part; a new one (linked from the sheet) when it has none. */
async function drawingOf(zip: JSZip, sheetPath: string): Promise<string> {
  const sheetRelsPath = relsPathOf(sheetPath);
  const sheetRels = await readRels(zip, sheetRelsPath);
  const sheet = (await zip.file(sheetPath)?.async("string")) ?? "";
  const existing = /<drawing\b[^>]*>/.exec(sheet);
  if (existing) {
    const rel = sheetRels.find((r) => r.Id === attributesOf(existing[0])["r:id"]);
    if (rel) return resolveTarget(sheetPath, rel.Target);
  }
  const drawingPath = freePartName(zip, "xl/drawings", "drawing");
  const relId = freeRelId(sheetRels);
  sheetRels.push({
    Id: relId,
    Type: REL.drawing,
    Target: `../drawings/${drawingPath.split("/").pop()}`,
  });
  writeRels(zip, sheetRelsPath, sheetRels);
  zip.file(sheetPath, insertBeforeTail(sheet, `<drawing r:id="${relId}"/>`));
  zip.file(drawingPath, `${DRAWING_OPEN}${DRAWING_CLOSE}`);
  return drawingPath;
}

/** Inserts an element at its schema position: after the data, before the parts that follow it. */
export function insertBeforeTail(sheet: string, element: string): string {
  const dataEnd = Math.max(sheet.lastIndexOf("</sheetData>"), sheet.indexOf("<sheetData/>"), 0);
  const match = AFTER_DRAWING.exec(sheet.slice(dataEnd));
  const at = match ? dataEnd + match.index : sheet.length;
  return `${sheet.slice(0, at)}${element}${sheet.slice(at)}`;
}
