/**
 * Writes the whole .xlsx package from the kept sheet models: one worksheet
 * part per sheet (compressed piece by piece), its tables, drawing and charts,
 * then the shared strings, styles and the small parts that list them all.
 */
import { partsFingerprint } from "../ooxml/part-fingerprint";
import type { SheetModel } from "../../port/sheet-model";
import { argbOf } from "../ooxml/colour";
import { chartDataOf } from "../ooxml/chart-data";
import { chartAnchorXml, chartXml } from "../ooxml/charts";
import { relsPathOf } from "../ooxml/part-paths";
import { uniqueTableName } from "../ooxml/table-names";
import { valueReader } from "./model-grid";
import {
  appXml,
  CONTENT_TYPE,
  contentTypesXml,
  coreXml,
  drawingXml,
  REL_TYPE,
  relsXml,
  tableXml,
  workbookXml,
  type Rel,
  type WorkbookSheet,
} from "./package-xml";
import { SharedStrings, type StringTable } from "./shared-strings";
import { layoutSheet, type SheetLayout } from "./sheet-layout";
import { worksheetXml } from "./sheet-xml";
import { StyleRegistry } from "./style-registry";
import { stylesXml, type Dxf } from "./styles-xml";
import { Interner } from "./interner";
import { THEME_XML } from "./theme";
import { ZipWriter } from "./zip-writer";

export interface BookSheet {
  model: SheetModel;
  /** The list source of each validation, fixed when the sheet was written. */
  listFormulas: (string | null)[];
}

/** Where parts go: the new-workbook zip, or a patched package. */
export interface PartSink {
  add(name: string, pieces: Iterable<string>): Promise<void>;
}

/** Numbering of the parts shared by all sheets. */
export interface Book {
  zip: PartSink;
  types: Map<string, string>;
  registry: StyleRegistry;
  strings: StringTable;
  /** Equal conditional looks share one differential format. */
  dxfs: Interner<Dxf>;
  tableNames: Set<string>;
  tables: number;
  charts: number;
  drawings: number;
  /** The cellXfs index of a format id; absent in a new workbook (the id itself; see SheetPart). */
  styleId?: (format: number) => number;
  /** The dxfs index of a conditional look; absent in a new workbook (`dxfs`' numbering). */
  dxfId?: (dxf: Dxf) => number;
}

export async function writePackage(sheets: readonly BookSheet[]): Promise<Uint8Array> {
  const active = sheets.findIndex((s) => (s.model.visibility ?? "visible") === "visible");
  if (active < 0) throw new Error("В книге должен быть хотя бы один видимый лист");
  const zip = new ZipWriter();
  const strings = new SharedStrings();
  const book: Book = {
    zip,
    types: new Map(),
    registry: new StyleRegistry(),
    strings,
    dxfs: new Interner<Dxf>((d) => `${d.fill}|${d.color ?? ""}`),
    tableNames: new Set(),
    tables: 0,
    charts: 0,
    drawings: 0,
  };
  const entries: WorkbookSheet[] = [];
  const workbookRels: Rel[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const path = `worksheets/sheet${i + 1}.xml`;
    await writeSheet(book, sheet, `xl/${path}`, i === active);
    const relId = `rId${i + 1}`;
    workbookRels.push({ id: relId, type: REL_TYPE.worksheet, target: path });
    const { model } = sheet;
    entries.push({
      name: model.name,
      state: model.visibility ?? "visible",
      relId,
      page: model.pageSetup,
    });
  }
  const { types } = book;
  const n = sheets.length;
  workbookRels.push(
    { id: `rId${n + 1}`, type: REL_TYPE.styles, target: "styles.xml" },
    { id: `rId${n + 2}`, type: REL_TYPE.theme, target: "theme/theme1.xml" },
    { id: `rId${n + 3}`, type: REL_TYPE.sharedStrings, target: "sharedStrings.xml" }
  );
  await zip.add("xl/sharedStrings.xml", strings.xml());
  await zip.add("xl/styles.xml", [stylesXml(book.registry, book.dxfs.items)]);
  await zip.add("xl/theme/theme1.xml", [THEME_XML]);
  await zip.add("xl/workbook.xml", [workbookXml(entries, active)]);
  await zip.add("xl/_rels/workbook.xml.rels", [relsXml(workbookRels)]);
  // Every `xl/` part is written by now: the fingerprint the replace guard checks.
  await zip.add("docProps/core.xml", [coreXml(new Date(), partsFingerprint(zip.stamps()))]);
  await zip.add("docProps/app.xml", [appXml(entries.map((e) => e.name))]);
  await zip.add("_rels/.rels", [
    relsXml([
      { id: "rId1", type: REL_TYPE.officeDocument, target: "xl/workbook.xml" },
      { id: "rId2", type: REL_TYPE.core, target: "docProps/core.xml" },
      { id: "rId3", type: REL_TYPE.app, target: "docProps/app.xml" },
    ]),
  ]);
  types.set("xl/workbook.xml", CONTENT_TYPE.workbook);
  types.set("xl/styles.xml", CONTENT_TYPE.styles);
  types.set("xl/theme/theme1.xml", CONTENT_TYPE.theme);
  types.set("xl/sharedStrings.xml", CONTENT_TYPE.sharedStrings);
  types.set("docProps/core.xml", CONTENT_TYPE.core);
  types.set("docProps/app.xml", CONTENT_TYPE.app);
  await zip.add("[Content_Types].xml", [contentTypesXml(types)]);
  return zip.finish();
}

/** One sheet's part, its tables, drawing and charts, and their relationships. */
export async function writeSheet(
  book: Book,
  sheet: BookSheet,
  path: string,
  selected: boolean
): Promise<void> {
  const { model } = sheet;
  const layout = layoutSheet(model, book.registry);
  const rels: Rel[] = [];
  const nextRel = () => `rId${rels.length + 1}`;
  const tableRels: string[] = [];
  for (const table of model.tables ?? []) {
    const id = await writeTable(book, table, layout, uniqueTableName(table.name, book.tableNames));
    const relId = nextRel();
    rels.push({ id: relId, type: REL_TYPE.table, target: `../tables/table${id}.xml` });
    tableRels.push(relId);
  }
  let drawingRel: string | null = null;
  if (model.charts?.length) {
    drawingRel = nextRel();
    const drawing = await writeCharts(book, model);
    rels.push({
      id: drawingRel,
      type: REL_TYPE.drawing,
      target: `../drawings/drawing${drawing}.xml`,
    });
  }
  const dxfIds = (model.conditionalFormats ?? []).map((rule) => {
    const dxf = {
      fill: argbOf(rule.fill),
      color: rule.fontColor ? argbOf(rule.fontColor) : undefined,
    };
    return book.dxfId ? book.dxfId(dxf) : book.dxfs.id(dxf);
  });
  const part = {
    model,
    layout,
    selected,
    listFormulas: sheet.listFormulas,
    dxfIds,
    drawingRel,
    tableRels,
    styleId: book.styleId,
  };
  await book.zip.add(path, worksheetXml(part, book.strings));
  book.types.set(path, CONTENT_TYPE.worksheet);
  if (rels.length) await book.zip.add(relsPathOf(path), [relsXml(rels)]);
}

/**
 * A table over the written values: its column names are the header cells'
 * (sheet-layout.ts writes them there); a header-only range gets one empty
 * data row, since a table needs one.
 */
async function writeTable(
  book: Book,
  table: NonNullable<SheetModel["tables"]>[number],
  layout: SheetLayout,
  name: string
): Promise<number> {
  const id = (book.tables += 1);
  const { row, col, cols } = table.range;
  const columns = Array.from(
    { length: cols },
    (_, c) => layout.texts.get(row * layout.cols + col + c) ?? ""
  );
  const range = { ...table.range, rows: Math.max(2, table.range.rows) };
  const path = `xl/tables/table${id}.xml`;
  await book.zip.add(path, [
    tableXml({ id, name, range, columns, style: table.style ?? "TableStyleMedium2" }),
  ]);
  book.types.set(path, CONTENT_TYPE.table);
  return id;
}

/** The sheet's drawing with one anchored frame per chart, and the chart parts. */
async function writeCharts(book: Book, model: SheetModel): Promise<number> {
  const drawing = (book.drawings += 1);
  const valueAt = valueReader(model);
  const anchors: string[] = [];
  const rels: Rel[] = [];
  for (const [i, chart] of (model.charts ?? []).entries()) {
    const id = (book.charts += 1);
    const path = `xl/charts/chart${id}.xml`;
    await book.zip.add(path, [chartXml(chart, model.name, chartDataOf(chart, valueAt))]);
    book.types.set(path, CONTENT_TYPE.chart);
    const relId = `rId${i + 1}`;
    rels.push({ id: relId, type: REL_TYPE.chart, target: `../charts/chart${id}.xml` });
    anchors.push(chartAnchorXml(chart.anchor, relId, 1000 + i, chart.title));
  }
  const path = `xl/drawings/drawing${drawing}.xml`;
  await book.zip.add(path, [drawingXml(anchors)]);
  await book.zip.add(relsPathOf(path), [relsXml(rels)]);
  book.types.set(path, CONTENT_TYPE.drawing);
  return drawing;
}
