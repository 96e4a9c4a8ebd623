/**
 * Corrections to what ExcelJS 4.4 writes, applied to the saved package:
 * - <tableParts> is written before <legacyDrawing> (the notes' drawing), the
 *   wrong schema order: Excel offers to "repair" a sheet with a table and notes;
 * - tables say totalsRowShown="1" though they have no totals row;
 * - an internal hyperlink also gets an external relationship to "'Лист'!A1".
 */
import type JSZip from "jszip";
import { readRels, REL, relsPathOf, writeRels } from "./package-parts";
import { attributesOf } from "../ooxml/xml";

export async function fixPackage(zip: JSZip, sheetPaths: Iterable<string>): Promise<void> {
  await fixTables(zip);
  for (const path of sheetPaths) await fixSheet(zip, path);
}

async function fixTables(zip: JSZip): Promise<void> {
  for (const file of zip.file(/^xl\/tables\/[^/]+\.xml$/)) {
    const text = await file.async("string");
    const head = /<table\b[^>]*>/.exec(text);
    if (!head || head[0].includes("totalsRowCount=")) continue;
    const fixed = head[0].replace('totalsRowShown="1"', 'totalsRowShown="0"');
    if (fixed !== head[0]) zip.file(file.name, text.replace(head[0], fixed));
  }
}

async function fixSheet(zip: JSZip, path: string): Promise<void> {
  const relsPath = relsPathOf(path);
  const rels = await readRels(zip, relsPath);
  const hasNotesAndTable =
    rels.some((r) => r.Type === REL.comments) && rels.some((r) => r.Type === REL.table);
  const hyperlinkRels = rels.filter((r) => r.Type === REL.hyperlink);
  if (!hasNotesAndTable && hyperlinkRels.length === 0) return;
  let sheet = (await zip.file(path)?.async("string")) ?? "";
  if (hasNotesAndTable) sheet = legacyDrawingFirst(sheet);
  const dropped = new Set<string>();
  sheet = sheet.replace(/<hyperlink\b[^>]*>/g, (tag) => {
    const attributes = attributesOf(tag);
    if (!attributes.location || !attributes["r:id"]) return tag;
    dropped.add(attributes["r:id"]);
    return tag.replace(/\s+r:id="[^"]*"/, "");
  });
  zip.file(path, sheet);
  if (dropped.size > 0)
    writeRels(
      zip,
      relsPath,
      rels.filter((r) => !dropped.has(r.Id))
    );
}

/** Moves <legacyDrawing …/> in front of <tableParts>, where the schema wants it. */
export function legacyDrawingFirst(sheet: string): string {
  const legacy = /<legacyDrawing\b[^>]*\/>/.exec(sheet);
  const tables = sheet.indexOf("<tableParts");
  if (!legacy || tables < 0 || legacy.index < tables) return sheet;
  const without = sheet.slice(0, legacy.index) + sheet.slice(legacy.index + legacy[0].length);
  return without.slice(0, tables) + legacy[0] + without.slice(tables);
}
