/** Saving: ExcelJS writes the package, then charts and corrections are applied to the zip. */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartModel } from "../../port/sheet-model";
import { chartDataOf } from "../ooxml/chart-data";
import { addCharts } from "./chart-zip";
import { sheetParts } from "./package-parts";
import { plainValue } from "./read-grid";
import { fixPackage } from "./zip-fixups";
import { eachCellObject } from "./internals";

export async function savePackage(
  workbook: ExcelJS.Workbook,
  charts: Map<string, ChartModel[]>
): Promise<Uint8Array> {
  showFirstVisibleSheet(workbook);
  const restore = shareEqualStyles(workbook);
  let written: ExcelJS.Buffer;
  try {
    written = await workbook.xlsx.writeBuffer();
  } finally {
    restore();
  }
  const zip = await JSZip.loadAsync(written as ArrayBuffer);
  const parts = await sheetParts(zip);
  await fixPackage(zip, parts.values());
  for (const [name, models] of charts) {
    const sheet = workbook.getWorksheet(name);
    const path = parts.get(name);
    if (!sheet || !path || models.length === 0) continue;
    const valueAt = (r: number, c: number) => plainValue(sheet.getCell(r + 1, c + 1).value);
    const placed = models.map((chart) => ({ chart, data: chartDataOf(chart, valueAt) }));
    await addCharts(zip, name, path, placed);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/**
 * ExcelJS caches each cell's style id in a WeakMap keyed by the cell's own
 * style object; every cell has its own, and with millions of cells (a 60,000-row
 * consolidation) that map made saving take minutes. While ExcelJS writes,
 * cells with equal styles share one object; afterwards each gets its own back,
 * so a later change to one cell's style cannot reach the others.
 */
function shareEqualStyles(workbook: ExcelJS.Workbook): () => void {
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  // Two flat lists rather than pairs: millions of small arrays cost hundreds of megabytes.
  const cells: ExcelJS.Cell[] = [];
  const styles: Partial<ExcelJS.Style>[] = [];
  for (const sheet of workbook.worksheets) {
    eachCellObject(sheet, (cell) => {
      const style = cell.style;
      if (!style) return;
      const key = isEmptyStyle(style) ? "" : JSON.stringify(style);
      const one = shared.get(key);
      if (one === undefined) shared.set(key, style);
      else if (one !== style) {
        cells.push(cell);
        styles.push(style);
        cell.style = one;
      }
    });
  }
  return () => {
    for (let i = 0; i < cells.length; i++) cells[i].style = styles[i];
  };
}

function isEmptyStyle(style: object): boolean {
  for (const _ in style) return false;
  return true;
}

/** Excel opens on the active tab: it must be a visible sheet. */
function showFirstVisibleSheet(workbook: ExcelJS.Workbook): void {
  const sheets = workbook.worksheets;
  const first = sheets.findIndex((s) => (s.state ?? "visible") === "visible");
  if (first < 0) throw new Error("В книге должен быть хотя бы один видимый лист");
  const view = workbook.views?.[0] ?? {
    x: 0,
    y: 0,
    width: 10000,
    height: 20000,
    visibility: "visible",
  };
  const active = view.activeTab ?? 0;
  const activeVisible = (sheets[active]?.state ?? "visible") === "visible";
  workbook.views = [{ ...view, firstSheet: 0, activeTab: activeVisible ? active : first }];
}
