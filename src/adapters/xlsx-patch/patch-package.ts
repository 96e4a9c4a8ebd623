/**
 * Writes the patched package: the project's sheets through the new-workbook
 * writer's sheet code (src/adapters/xlsx-writer), the parts that list sheets
 * edited in place, and every other part of the workbook copied as the
 * compressed bytes it was stored as. The container is written by fflate's
 * streaming Zip with entries given already compressed (fflate-zip.ts).
 */
import { relsPathOf } from "../ooxml/part-paths";
import { CONTENT_TYPE, REL_TYPE } from "../xlsx-writer/package-xml";
import { StyleRegistry } from "../xlsx-writer/style-registry";
import { Interner } from "../xlsx-writer/interner";
import type { Dxf } from "../xlsx-writer/styles-xml";
import { writeSheet, type Book, type BookSheet, type PartSink } from "../xlsx-writer/write-package";
import { deflatePieces, type DeflatedPart } from "../xlsx-writer/zip-writer";
import type { OutCell } from "../../port/sheet-model";
import { appendRowsXml } from "./append-xml";
import { PackageZip } from "./fflate-zip";
import {
  chainMentions,
  freeRelId,
  rewriteAppTitles,
  rewriteContentTypes,
  rewriteRels,
} from "./package-parts";
import { PatchError } from "./patch-error";
import { partsOnlyUnder, readRels, type PackageRel } from "./rels";
import type { SourcePackage } from "./source";
import { PatchStrings } from "./strings-merge";
import { EMPTY_STYLES, PatchStyles } from "./styles-merge";
import {
  rewriteWorkbook,
  type ListedSheet,
  type OriginalSheet,
  type WorkbookPart,
} from "./workbook-part";
import { attrs, findElement } from "./xml-edit";

export interface Slot {
  name: string;
  original?: OriginalSheet;
  /** The project's content, when the project writes this sheet. */
  sheet?: BookSheet;
  deleted?: boolean;
  /** Rows appended below a person's sheet kept as it is (append-xml.ts); `after`: its last used row, 1-based. */
  appended?: { after: number; rows: OutCell[][] };
}

const CONTENT_TYPES = "[Content_Types].xml";
const TYPE_END = {
  styles: "/styles",
  sharedStrings: "/sharedStrings",
  calcChain: "/calcChain",
  app: "/extended-properties",
};

/** Collects the deflated parts the sheet writer produces. */
class Parts implements PartSink {
  readonly parts = new Map<string, DeflatedPart>();

  async add(name: string, pieces: Iterable<string>): Promise<void> {
    this.parts.set(name, await deflatePieces(pieces));
  }
}

/** The largest N of parts named `<prefix>N.xml`. */
function maxNumber(names: readonly string[], prefix: string): number {
  let max = 0;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".xml")) continue;
    const n = Number(name.slice(prefix.length, -4));
    if (Number.isInteger(n)) max = Math.max(max, n);
  }
  return max;
}

export async function patchPackage(
  source: SourcePackage,
  workbook: WorkbookPart,
  slots: readonly Slot[]
): Promise<Uint8Array> {
  const names = source.names();
  const { dir } = workbook;
  const live = slots.filter((s) => !s.deleted);
  const written = live.filter((s) => s.sheet);
  const appended = live.filter((s) => !s.sheet && s.appended && s.original?.path);
  if (written.length === 0 && appended.length === 0 && live.length === slots.length) {
    // Nothing to change: the package as it was.
    return copyAll(source);
  }
  // Parts of rewritten or deleted sheets, and what only they lead to, are not copied.
  const replaced = new Set(
    slots.filter((s) => s.original?.path && (s.deleted || s.sheet)).map((s) => s.original!.path)
  );
  const dropped = partsOnlyUnder(source, replaced);
  for (const path of replaced) {
    dropped.add(path);
    dropped.add(relsPathOf(path));
  }
  for (const part of [...dropped]) if (source.has(relsPathOf(part))) dropped.add(relsPathOf(part));

  // Styles and strings of the workbook; the project's follow them.
  const stylesRel = workbook.rels.find(
    (r) => r.type.endsWith(TYPE_END.styles) && source.has(r.path)
  );
  const stylesPath = stylesRel?.path ?? `${dir}styles.xml`;
  const stylesXml = (stylesRel && source.text(stylesRel.path)) || EMPTY_STYLES;
  const registry = new StyleRegistry();
  const styles = new PatchStyles(stylesXml, stylesPath, registry);
  const stringsRel = workbook.rels.find(
    (r) => r.type.endsWith(TYPE_END.sharedStrings) && source.has(r.path)
  );
  const stringsPath = stringsRel?.path ?? `${dir}sharedStrings.xml`;
  const strings = new PatchStrings(stringsRel ? source.text(stringsRel.path) : null, stringsPath);

  const sink = new Parts();
  const tableNames = new Set<string>();
  let maxTableId = maxNumber(names, "xl/tables/table");
  for (const name of names) {
    if (dropped.has(name) || !/tables\/[^/]+\.xml$/.test(name)) continue;
    const root = findElement(source.text(name) ?? "", "table");
    if (!root) continue;
    const a = attrs(root);
    maxTableId = Math.max(maxTableId, Number(a.id) || 0);
    for (const n of [a.name, a.displayName]) if (n) tableNames.add(n.toLowerCase());
  }
  const book: Book = {
    zip: sink,
    types: new Map(),
    registry,
    strings,
    dxfs: new Interner<Dxf>((d) => `${d.fill}|${d.color ?? ""}`),
    tableNames,
    tables: maxTableId,
    charts: maxNumber(names, "xl/charts/chart"),
    drawings: maxNumber(names, "xl/drawings/drawing"),
    styleId: (f) => styles.xfId(f),
    dxfId: (d) => styles.dxfId(d),
  };

  // The sheets: rewritten ones keep their part, relationship and sheetId; added ones get new ones.
  const relIds = new Set(workbook.rels.map((r) => r.id));
  const addedRels: { id: string; type: string; target: string }[] = [];
  let sheetNumber = maxNumber(names, `${dir}worksheets/sheet`);
  const listed: ListedSheet[] = [];
  for (const slot of live) {
    if (!slot.sheet) {
      listed.push({ original: slot.original });
      continue;
    }
    let path = slot.original?.path;
    let relId = slot.original?.relId;
    if (!path || !slot.original?.worksheet) {
      if (slot.original)
        throw new PatchError(`лист «${slot.name}» нельзя заменить: это не лист с ячейками`);
      do sheetNumber += 1;
      while (source.has(`${dir}worksheets/sheet${sheetNumber}.xml`));
      path = `${dir}worksheets/sheet${sheetNumber}.xml`;
      relId = freeRelId(relIds);
      addedRels.push({ id: relId, type: REL_TYPE.worksheet, target: path.slice(dir.length) });
    }
    await writeSheet(book, slot.sheet, path, false);
    listed.push({ original: slot.original, model: slot.sheet.model, relId });
  }

  // People's sheets with rows appended: their part edited in place, the rest of it as it was.
  for (const slot of appended) {
    const path = slot.original!.path!;
    const xml = source.text(path);
    if (xml === null) throw new PatchError(`нет части ${path}`);
    await sink.add(path, [appendRowsXml(xml, slot.appended!.rows, slot.appended!.after)]);
  }

  // The parts that list the sheets and formats.
  const out = sink.parts;
  // Rewritten sheets keep their relationship; deleted ones and dropped parts lose theirs.
  const rewrittenPaths = new Set(
    slots.filter((s) => s.sheet && !s.deleted && s.original?.path).map((s) => s.original!.path)
  );
  const deletedIds = new Set(
    workbook.rels.filter((r) => dropped.has(r.path) && !rewrittenPaths.has(r.path)).map((r) => r.id)
  );
  const rewrittenIds = new Set(
    slots.filter((s) => s.original && (s.deleted || s.sheet)).map((s) => s.original!.sheetId)
  );
  const chain = workbook.rels.find(
    (r) => r.type.endsWith(TYPE_END.calcChain) && source.has(r.path)
  );
  if (chain && chainMentions(source.text(chain.path) ?? "", rewrittenIds)) {
    dropped.add(chain.path);
    deletedIds.add(chain.id);
  }
  if (styles.changed || !stylesRel) out.set(stylesPath, await deflatePieces([styles.xmlText()]));
  if (!stylesRel)
    addedRels.push({
      id: freeRelId(relIds),
      type: REL_TYPE.styles,
      target: stylesPath.slice(dir.length),
    });
  if (strings.changed) {
    out.set(stringsPath, await deflatePieces(strings.pieces()));
    if (!stringsRel)
      addedRels.push({
        id: freeRelId(relIds),
        type: REL_TYPE.sharedStrings,
        target: stringsPath.slice(dir.length),
      });
  }
  out.set(workbook.path, await deflatePieces([rewriteWorkbook(workbook, listed)]));
  const keptRels: PackageRel[] = workbook.rels.filter((r) => !deletedIds.has(r.id));
  out.set(relsPathOf(workbook.path), await deflatePieces([rewriteRels(keptRels, addedRels)]));
  await rewriteApp(
    source,
    out,
    workbook.sheets.map((s) => s.name),
    live.map((s) => s.name)
  );

  const types = new Map(book.types);
  if (!stylesRel) types.set(stylesPath, CONTENT_TYPE.styles);
  if (strings.changed) types.set(stringsPath, CONTENT_TYPE.sharedStrings);
  const typesXml = source.text(CONTENT_TYPES);
  if (typesXml === null) throw new PatchError(`нет части ${CONTENT_TYPES}`);
  out.set(CONTENT_TYPES, await deflatePieces([rewriteContentTypes(typesXml, dropped, types)]));

  const zip = new PackageZip();
  for (const name of names) {
    const part = out.get(name);
    if (part) {
      zip.addDeflated(name, part);
      out.delete(name);
    } else if (!dropped.has(name)) zip.addRaw(source.entry(name)!);
  }
  for (const [name, part] of out) zip.addDeflated(name, part);
  return zip.finish();
}

async function rewriteApp(
  source: SourcePackage,
  out: Map<string, DeflatedPart>,
  oldNames: string[],
  newNames: string[]
): Promise<void> {
  const app = readRels(source, "").find((r) => r.type.endsWith(TYPE_END.app) && source.has(r.path));
  if (!app) return;
  const xml = rewriteAppTitles(source.text(app.path) ?? "", oldNames, newNames);
  if (xml !== null) out.set(app.path, await deflatePieces([xml]));
}

function copyAll(source: SourcePackage): Uint8Array {
  const zip = new PackageZip();
  for (const name of source.names()) zip.addRaw(source.entry(name)!);
  return zip.finish();
}
