/** Reading and editing the parts of a saved .xlsx package (relationships, content types). */
import type JSZip from "jszip";
import { attributesOf, escapeXml } from "../ooxml/xml";
import { relsPathOf } from "../ooxml/part-paths";

export { relsPathOf };

export interface Relationship {
  Id: string;
  Type: string;
  Target: string;
  TargetMode?: string;
}

export const REL = {
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
  hyperlink: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
};

const RELS_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** A relationship target resolved against the folder of `fromPath`. */
export function resolveTarget(fromPath: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPath.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export async function readRels(zip: JSZip, relsPath: string): Promise<Relationship[]> {
  const text = await zip.file(relsPath)?.async("string");
  if (!text) return [];
  return [...text.matchAll(/<Relationship\b[^>]*>/g)].map(
    (m) => attributesOf(m[0]) as unknown as Relationship
  );
}

export function writeRels(zip: JSZip, relsPath: string, rels: Relationship[]): void {
  const body = rels
    .map((r) => {
      const mode = r.TargetMode ? ` TargetMode="${escapeXml(r.TargetMode)}"` : "";
      return `<Relationship Id="${escapeXml(r.Id)}" Type="${escapeXml(r.Type)}" Target="${escapeXml(r.Target)}"${mode}/>`;
    })
    .join("");
  zip.file(relsPath, `${RELS_OPEN}${body}</Relationships>`);
}

export function freeRelId(rels: Relationship[]): string {
  const ids = new Set(rels.map((r) => r.Id));
  let n = rels.length + 1;
  while (ids.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** Sheet name → path of its part, in workbook order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = await readRels(zip, "xl/_rels/workbook.xml.rels");
  const parts = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const attributes = attributesOf(m[0]);
    const rel = rels.find((r) => r.Id === attributes["r:id"]);
    if (rel) parts.set(attributes.name, resolveTarget("xl/workbook.xml", rel.Target));
  }
  return parts;
}

/** Adds an Override to [Content_Types].xml unless the part already has one. */
export async function addContentType(zip: JSZip, part: string, type: string): Promise<void> {
  const path = "[Content_Types].xml";
  const text = (await zip.file(path)?.async("string")) ?? "";
  if (text.includes(`PartName="/${part}"`)) return;
  const override = `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`;
  zip.file(path, text.replace("</Types>", `${override}</Types>`));
}

/** The first free "prefixN.xml" in `folder` (chart1.xml, drawing2.xml…). */
export function freePartName(zip: JSZip, folder: string, prefix: string): string {
  let n = 1;
  while (zip.file(`${folder}/${prefix}${n}.xml`)) n += 1;
  return `${folder}/${prefix}${n}.xml`;
}
