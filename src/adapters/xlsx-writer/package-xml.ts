/**
 * The package's small parts: content types, relationships, the workbook
 * (sheets, states, active tab, print areas and titles), document properties,
 * table parts and drawings. Written from plain descriptions, no parsing.
 */
import { FINGERPRINT_PREFIX } from "../ooxml/part-fingerprint";
import type { PageSetupModel, RangeRef } from "../../port/sheet-model";
import { quotedSheet, rangeA1 } from "../../core/text/a1";
import { printNames } from "./page-xml";
import { DRAWING_CLOSE, DRAWING_OPEN } from "../ooxml/charts";
import { escapeXml } from "../ooxml/xml";

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";

export const REL_TYPE = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  styles: `${OFFICE_REL}/styles`,
  theme: `${OFFICE_REL}/theme`,
  sharedStrings: `${OFFICE_REL}/sharedStrings`,
  worksheet: `${OFFICE_REL}/worksheet`,
  table: `${OFFICE_REL}/table`,
  drawing: `${OFFICE_REL}/drawing`,
  chart: `${OFFICE_REL}/chart`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${OFFICE_REL}/extended-properties`,
};

export const CONTENT_TYPE = {
  workbook: `${TYPE}.spreadsheetml.sheet.main+xml`,
  worksheet: `${TYPE}.spreadsheetml.worksheet+xml`,
  styles: `${TYPE}.spreadsheetml.styles+xml`,
  sharedStrings: `${TYPE}.spreadsheetml.sharedStrings+xml`,
  theme: `${TYPE}.theme+xml`,
  table: `${TYPE}.spreadsheetml.table+xml`,
  drawing: `${TYPE}.drawing+xml`,
  chart: `${TYPE}.drawingml.chart+xml`,
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: `${TYPE}.extended-properties+xml`,
};

export interface Rel {
  id: string;
  type: string;
  target: string;
}

export function relsXml(rels: readonly Rel[]): string {
  const body = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${body}</Relationships>`;
}

/** Part path (no leading slash) → content type. */
export function contentTypesXml(overrides: ReadonlyMap<string, string>): string {
  const items = [...overrides]
    .map(([part, type]) => `<Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
    .join("");
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    `<Default Extension="xml" ContentType="application/xml"/>${items}</Types>`
  );
}

export interface WorkbookSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  relId: string;
  page?: PageSetupModel;
}

export function workbookXml(sheets: readonly WorkbookSheet[], activeTab: number): string {
  const list = sheets
    .map((s, i) => {
      const state = s.state === "visible" ? "" : ` state="${s.state}"`;
      return `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${state} r:id="${s.relId}"/>`;
    })
    .join("");
  const names: string[] = [];
  sheets.forEach((s, i) => {
    for (const n of printNames(s.page, quotedSheet(s.name)))
      names.push(definedName(n.name, i, n.value));
  });
  return (
    `${DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><workbookPr defaultThemeVersion="164011"/>` +
    `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="15000" activeTab="${activeTab}"/></bookViews>` +
    `<sheets>${list}</sheets>` +
    (names.length ? `<definedNames>${names.join("")}</definedNames>` : "") +
    '<calcPr calcId="171027"/></workbook>'
  );
}

function definedName(name: string, sheetIndex: number, value: string): string {
  return `<definedName name="${name}" localSheetId="${sheetIndex}">${escapeXml(value)}</definedName>`;
}

export function appXml(sheetNames: readonly string[]): string {
  const titles = sheetNames.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join("");
  return (
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application>' +
    '<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="2" baseType="variant">' +
    `<vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheetNames.length}</vt:i4></vt:variant>` +
    `</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${sheetNames.length}" baseType="lpstr">${titles}</vt:vector>` +
    "</TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>" +
    "<HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>"
  );
}

/** `fingerprint`: partsFingerprint of the `xl/` parts (stored as `dc:identifier`). */
export function coreXml(now: Date, fingerprint?: string): string {
  const stamp = `${now.toISOString().slice(0, 19)}Z`;
  return (
    `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    "<dc:creator>ПедМонитор</dc:creator><cp:lastModifiedBy>ПедМонитор</cp:lastModifiedBy>" +
    (fingerprint === undefined
      ? ""
      : `<dc:identifier>${FINGERPRINT_PREFIX}${fingerprint}</dc:identifier>`) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`
  );
}

export interface TablePart {
  id: number;
  name: string;
  range: RangeRef;
  columns: string[];
  style: string;
}

/** A table with a header row, filter buttons and no totals row (totalsRowShown="0"). */
export function tableXml(t: TablePart): string {
  const ref = rangeA1(t.range);
  const columns = t.columns
    .map((name, i) => `<tableColumn id="${i + 1}" name="${escapeXml(name)}"/>`)
    .join("");
  return (
    `${DECL}<table xmlns="${NS_MAIN}" id="${t.id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ` +
    `ref="${ref}" totalsRowShown="0" headerRowCount="1"><autoFilter ref="${ref}"/>` +
    `<tableColumns count="${t.columns.length}">${columns}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

export function drawingXml(anchors: readonly string[]): string {
  return `${DRAWING_OPEN}${anchors.join("")}${DRAWING_CLOSE}`;
}
