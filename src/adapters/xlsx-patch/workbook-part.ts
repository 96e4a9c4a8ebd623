/**
 * The workbook part of an existing package: where it is, its sheet list
 * (every `<sheet>` element as it was written, with its part), its
 * relationships, and the rewriting of that list and of the defined names the
 * project owns (print areas and titles of its sheets). Anything else in the
 * part — views, calculation settings, people's names, pivot caches, external
 * links — is kept as it was.
 */
import { quotedSheet } from "../../core/text/a1";
import { printNames } from "../xlsx-writer/page-xml";
import { attributesOf, escapeXml } from "../ooxml/xml";
import type { SheetModel } from "../../port/sheet-model";
import { PatchError } from "./patch-error";
import { readRels, type PackageRel } from "./rels";
import type { SourcePackage } from "./source";
import { attrs, findAll, findElement, withAttr, withoutAttr } from "./xml-edit";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const STRICT_NS = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const TYPE_OFFICE = "/officeDocument";
const TYPE_WORKSHEET = "/worksheet";

export interface OriginalSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** The sheet's part; "" when its relationship is missing. */
  path: string;
  /** A sheet of cells (not a chart sheet or dialog sheet). */
  worksheet: boolean;
  /** The `<sheet>` element as the workbook had it. */
  tag: string;
}

export interface WorkbookPart {
  path: string;
  /** Folder of the workbook part, with its slash ("xl/"). */
  dir: string;
  xml: string;
  rels: PackageRel[];
  sheets: OriginalSheet[];
  /** Prefix bound to the relationships namespace ("r"). */
  relPrefix: string;
  /** True when the root element declares it (else each new <sheet> does). */
  relOnRoot: boolean;
}

export function readSheetList(source: SourcePackage): WorkbookPart {
  const office = readRels(source, "").find((r) => r.type.endsWith(TYPE_OFFICE));
  const path = office?.path ?? "xl/workbook.xml";
  const xml = source.text(path);
  if (xml === null) throw new PatchError(`нет части ${path}`);
  const root = findElement(xml, "workbook");
  if (!root) throw new PatchError(`часть ${path}: нет элемента <workbook>`);
  if (root.tag.includes(STRICT_NS))
    throw new PatchError(
      `часть ${path}: книга сохранена в формате «Strict Open XML»; сохраните её как «Книга Excel (.xlsx)»`
    );
  // Excel and LibreOffice declare the prefix on the root; openpyxl on each <sheet>.
  const declared = (tag: string) =>
    Object.entries(attributesOf(tag))
      .find(([k, v]) => k.startsWith("xmlns:") && v === REL_NS)?.[0]
      .slice(6);
  const rootRelPrefix = declared(root.tag);
  const anyPrefix = new RegExp(
    `xmlns:(\\w+)\\s*=\\s*["']${REL_NS.replace(/[./]/g, "\\$&")}["']`
  ).exec(xml)?.[1];
  const relPrefix = rootRelPrefix ?? anyPrefix ?? "r";
  const rels = readRels(source, path);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const list = findElement(xml, "sheets");
  if (!list) throw new PatchError(`часть ${path}: нет списка листов`);
  const sheets = findAll(xml, "sheet", list.openEnd, list.closeStart).map((span) => {
    const a = attrs(span);
    const relId = a[`${declared(span.tag) ?? relPrefix}:id`] ?? "";
    const rel = byId.get(relId);
    return {
      name: a.name ?? "",
      sheetId: Number(a.sheetId),
      relId,
      path: rel && !rel.external && source.has(rel.path) ? rel.path : "",
      worksheet: !!rel && rel.type.endsWith(TYPE_WORKSHEET),
      tag: span.tag,
    };
  });
  return {
    path,
    dir: path.slice(0, path.lastIndexOf("/") + 1),
    xml,
    rels,
    sheets,
    relPrefix,
    relOnRoot: rootRelPrefix !== undefined,
  };
}

/** One sheet of the new list: kept, rewritten in place, or added. */
export interface ListedSheet {
  original?: OriginalSheet;
  /** The project's model when the project writes this sheet. */
  model?: SheetModel;
  /** Relationship id of an added sheet. */
  relId?: string;
}

/** workbook.xml with the new sheet list and the project's print names. */
export function rewriteWorkbook(part: WorkbookPart, listed: readonly ListedSheet[]): string {
  const { xml, relPrefix } = part;
  const list = findElement(xml, "sheets")!;
  const p = list.prefix;
  let nextId = part.sheets.reduce(
    (m, s) => Math.max(m, Number.isFinite(s.sheetId) ? s.sheetId : 0),
    0
  );
  const elements = listed.map((s) => {
    const state = s.model?.visibility ?? "visible";
    if (s.original && !s.model) return s.original.tag;
    if (s.original) {
      const tag = s.original.tag;
      return state === "visible" ? withoutAttr(tag, "state") : withAttr(tag, "state", state);
    }
    nextId += 1;
    const stateAttr = state === "visible" ? "" : ` state="${state}"`;
    const ns = part.relOnRoot ? "" : ` xmlns:${relPrefix}="${REL_NS}"`;
    return `<${p}sheet${ns} name="${escapeXml(s.model!.name)}" sheetId="${nextId}"${stateAttr} ${relPrefix}:id="${s.relId}"/>`;
  });
  // Old tab index → new one (-1: deleted), for names local to a sheet.
  const newIndex = new Map<number, number>();
  part.sheets.forEach((orig, i) =>
    newIndex.set(
      i,
      listed.findIndex((s) => s.original === orig)
    )
  );
  const rewritten = new Set(listed.filter((s) => s.original && s.model).map((s) => s.original!));
  const names: string[] = [];
  const namesSpan = findElement(xml, "definedNames");
  if (namesSpan && !namesSpan.selfClosing) {
    for (const m of xml
      .slice(namesSpan.openEnd, namesSpan.closeStart)
      .matchAll(/<(?:\w+:)?definedName\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?definedName>)/g)) {
      const tagEnd = m[0].indexOf(">") + 1;
      const a = attributesOf(m[0].slice(0, tagEnd));
      if (a.localSheetId === undefined) {
        names.push(m[0]);
        continue;
      }
      const old = Number(a.localSheetId);
      const at = newIndex.get(old) ?? -1;
      if (at < 0) continue;
      // A rewritten sheet's own built-in names (print area, titles, filter) go with its old content.
      if (rewritten.has(part.sheets[old]) && (a.name ?? "").startsWith("_xlnm.")) continue;
      names.push(
        at === old
          ? m[0]
          : withAttr(m[0].slice(0, tagEnd), "localSheetId", String(at)) + m[0].slice(tagEnd)
      );
    }
  }
  listed.forEach((s, i) => {
    const page = s.model?.pageSetup;
    if (!page || !s.model) return;
    for (const n of printNames(page, quotedSheet(s.model.name)))
      names.push(definedName(p, n.name, i, n.value));
  });
  const namesXml = names.length ? `<${p}definedNames>${names.join("")}</${p}definedNames>` : "";
  let out = xml.slice(0, list.openEnd) + elements.join("") + xml.slice(list.closeStart);
  const after = findElement(out, "sheets")!;
  const oldNames = findElement(out, "definedNames");
  if (oldNames) out = out.slice(0, oldNames.start) + namesXml + out.slice(oldNames.end);
  else if (namesXml) {
    // definedNames follows sheets, functionGroups and externalReferences.
    const anchor =
      findElement(out, "externalReferences") ?? findElement(out, "functionGroups") ?? after;
    out = out.slice(0, anchor.end) + namesXml + out.slice(anchor.end);
  }
  return fixActiveTab(out, listed, newIndex);
}

/** The active tab follows its sheet; it must exist and be visible, or Excel "repairs" the file. */
function fixActiveTab(
  xml: string,
  listed: readonly ListedSheet[],
  newIndex: ReadonlyMap<number, number>
): string {
  const view = findElement(xml, "workbookView");
  if (!view) return xml;
  const old = Number(attrs(view).activeTab ?? 0);
  const active = newIndex.get(old) ?? -1;
  const visible = (s: ListedSheet | undefined) =>
    !!s &&
    (s.model
      ? (s.model.visibility ?? "visible") === "visible"
      : !/\sstate\s*=\s*["'](hidden|veryHidden)/.test(s.original!.tag));
  if (active === old && visible(listed[active])) return xml;
  const first = visible(listed[active]) ? active : listed.findIndex(visible);
  if (first < 0) throw new PatchError("в книге не осталось ни одного видимого листа");
  let tag = withAttr(view.tag, "activeTab", String(first));
  if (/\sfirstSheet\s*=/.test(tag)) tag = withAttr(tag, "firstSheet", "0");
  return xml.slice(0, view.start) + tag + xml.slice(view.openEnd);
}

function definedName(p: string, name: string, sheetIndex: number, value: string): string {
  return `<${p}definedName name="${name}" localSheetId="${sheetIndex}">${escapeXml(value)}</${p}definedName>`;
}
