/**
 * Hostile and broken workbooks for tests of every path that reads a file a
 * person gave (validate, report sources, --settings, --previous): a real
 * workbook whose one sheet is replaced by a zip bomb, an entity expansion, a
 * 100,000-deep nesting or a far cell, plus files that are not workbooks at
 * all. Each is built from a real package so everything but the poisoned part
 * is valid, and the reader reaches the poison only when it reads that sheet.
 */
import JSZip from "jszip";
import { ZipWriter } from "../../src/adapters/xlsx-writer/zip-writer";

export type HostileKind = "zip-bomb" | "xml-entities" | "deep-nesting" | "far-cell";
export const HOSTILE_KINDS: readonly HostileKind[] = [
  "zip-bomb",
  "xml-entities",
  "deep-nesting",
  "far-cell",
];

export type BrokenKind = "not-a-zip" | "truncated-zip" | "old-xls" | "empty";
export const BROKEN_KINDS: readonly BrokenKind[] = [
  "not-a-zip",
  "truncated-zip",
  "old-xls",
  "empty",
];

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
/** Above the reader's 256 MB budget for one archive. */
const BOMB_BYTES = 300 * 2 ** 20;
const NESTING = 100_000;

/** The part path of a sheet, found through the workbook and its relationships. */
export async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const tag = [...workbook.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${sheet}"`));
  const id = tag && /r:id="([^"]+)"/.exec(tag)?.[1];
  const rel =
    id &&
    [...rels.matchAll(/<Relationship\b[^>]*>/g)]
      .map((m) => m[0])
      .find((t) => t.includes(`Id="${id}"`));
  const target = rel && /Target="([^"]+)"/.exec(rel)?.[1];
  if (!target) throw new Error(`hostile-files: no sheet «${sheet}» in the base workbook`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

function* bomb(): Iterable<string> {
  yield `${HEAD}<worksheet ${NS}><sheetData>`;
  const spaces = " ".repeat(2 ** 20);
  for (let i = 0; i < BOMB_BYTES / 2 ** 20; i += 1) yield spaces;
  yield "</sheetData></worksheet>";
}

function entities(): string {
  const levels = ['<!ENTITY a0 "ПедМонитор-ПедМонитор-ПедМонитор">'];
  for (let i = 1; i <= 9; i += 1) levels.push(`<!ENTITY a${i} "${`&a${i - 1};`.repeat(10)}">`);
  return (
    `${HEAD}<!DOCTYPE worksheet [${levels.join("")}]>` +
    `<worksheet ${NS}><sheetData><row r="2"><c r="A2" t="inlineStr"><is><t>&a9;</t></is></c></row></sheetData></worksheet>`
  );
}

function* nesting(): Iterable<string> {
  yield `${HEAD}<worksheet ${NS}><sheetData><row r="2"><c r="A2" t="inlineStr"><is>`;
  yield "<r>".repeat(NESTING);
  yield "</r>".repeat(NESTING);
  yield "</is></c></row></sheetData></worksheet>";
}

/** The sheet as it was, plus one number in the last cell of the grid. */
function farCell(xml: string): string {
  const far = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>';
  if (xml.includes("</sheetData>")) return xml.replace("</sheetData>", `${far}</sheetData>`);
  return xml.replace(/<sheetData\s*\/>/, `<sheetData>${far}</sheetData>`);
}

async function poisoned(kind: HostileKind, original: string): Promise<Iterable<string>> {
  switch (kind) {
    case "zip-bomb":
      return bomb();
    case "xml-entities":
      return [entities()];
    case "deep-nesting":
      return nesting();
    case "far-cell":
      return [farCell(original)];
  }
}

/** `base` (a real .xlsx) with the sheet `sheet` replaced by the hostile kind. */
export async function hostileWorkbook(
  base: Uint8Array,
  sheet: string,
  kind: HostileKind
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(base);
  const target = await sheetPath(zip, sheet);
  const out = new ZipWriter();
  for (const name of Object.keys(zip.files)) {
    const entry = zip.files[name];
    if (entry.dir) continue;
    const text = await entry.async("string");
    await out.add(name, name === target ? await poisoned(kind, text) : [text]);
  }
  return Buffer.from(out.finish());
}

/** A file named .xlsx that is not a readable workbook at all. */
export function brokenWorkbook(base: Uint8Array, kind: BrokenKind): Buffer {
  switch (kind) {
    case "not-a-zip":
      return Buffer.from("просто текст, не книга\n", "utf8");
    case "truncated-zip":
      return Buffer.from(base.subarray(0, Math.floor(base.length / 2)));
    case "old-xls":
      return Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ]);
    case "empty":
      return Buffer.alloc(0);
  }
}
