/**
 * The package's map: where the workbook part is (`xl/workbook.xml`, else where
 * `_rels/.rels` points), its sheets in
 * workbook order with their part paths, shared strings and styles (the
 * workbook's rels), and the 1904 date system flag. Chart sheets and sheets
 * whose part is missing are left out, as ExcelJS leaves them out.
 */
import { decodeUtf8, scanXml, type XmlAttrs } from "./xml";
import type { ZipArchive } from "./zip";

export interface SheetEntry {
  name: string;
  path: string;
}

export interface PackageMap {
  sheets: SheetEntry[];
  sharedStrings: string | null;
  styles: string | null;
  date1904: boolean;
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";
const TYPE_END = {
  office: "/officeDocument",
  sheet: "/worksheet",
  strings: "/sharedStrings",
  styles: "/styles",
};

interface Relationship {
  id: string;
  type: string;
  target: string;
}

export function readPackageMap(zip: ZipArchive): PackageMap {
  // xl/workbook.xml where it is (ExcelJS reads only that path; one inflate less per file),
  // else wherever the package's root rels point.
  const workbookPath = zip.has(DEFAULT_WORKBOOK)
    ? DEFAULT_WORKBOOK
    : (readRels(zip, "_rels/.rels", "").find((r) => r.type.endsWith(TYPE_END.office))?.target ??
      DEFAULT_WORKBOOK);
  const workbookXml = zip.read(workbookPath);
  if (workbookXml === null) throw new Error(`нет части ${workbookPath}`);
  const dir = workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1);
  const rels = readRels(zip, `${dir}_rels/${workbookPath.slice(dir.length)}.rels`, dir);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const declared: { name: string; rId: string }[] = [];
  let date1904 = false;
  scanXml(decodeUtf8(workbookXml), {
    open(name: string, attrs: XmlAttrs) {
      if (name === "sheet") declared.push({ name: attrs.name ?? "", rId: attrs.id ?? "" });
      else if (name === "workbookPr")
        date1904 = attrs.date1904 === "1" || attrs.date1904 === "true";
    },
    close() {},
    text() {},
  });
  const sheets: SheetEntry[] = [];
  for (const { name, rId } of declared) {
    const rel = byId.get(rId);
    if (rel && rel.type.endsWith(TYPE_END.sheet) && zip.has(rel.target))
      sheets.push({ name, path: rel.target });
  }
  const partOf = (end: string, fallback: string): string | null => {
    const path = rels.find((r) => r.type.endsWith(end))?.target ?? fallback;
    return zip.has(path) ? path : null;
  };
  return {
    sheets,
    sharedStrings: partOf(TYPE_END.strings, `${dir}sharedStrings.xml`),
    styles: partOf(TYPE_END.styles, `${dir}styles.xml`),
    date1904,
  };
}

/** A rels part; targets resolved to package paths. A missing rels part is an empty list. */
function readRels(zip: ZipArchive, path: string, dir: string): Relationship[] {
  const bytes = zip.read(path);
  if (bytes === null) return [];
  const out: Relationship[] = [];
  scanXml(decodeUtf8(bytes), {
    open(name: string, attrs: XmlAttrs) {
      if (name !== "Relationship" || attrs.TargetMode === "External") return;
      out.push({
        id: attrs.Id ?? "",
        type: attrs.Type ?? "",
        target: resolve(dir, attrs.Target ?? ""),
      });
    },
    close() {},
    text() {},
  });
  return out;
}

function resolve(dir: string, target: string): string {
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}
