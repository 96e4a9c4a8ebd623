/**
 * xl/styles.xml from the registry's formats: fonts, fills (0 none and
 * 1 gray125 first, as Excel requires), borders, number formats, cellXfs, and
 * the differential formats of conditional formatting.
 */
import { escapeXml } from "../ooxml/xml";
import { Interner } from "./interner";
import { builtinFormatId, type Format, type StyleRegistry } from "./style-registry";

/** A conditional format's look: fill and optional font colour, both ARGB. */
export interface Dxf {
  fill: string;
  color?: string;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
const THIN = '<color rgb="FFBFBFBF"/>';
export const BORDER =
  `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right>` +
  `<top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/** XML snippets numbered in first-use order, the first ones given. */
function table(initial: string[]): Interner<string> {
  const interner = new Interner<string>((xml) => xml);
  for (const item of initial) interner.id(item);
  return interner;
}

export function fontXml(f: Format): string {
  const color = f.color ? `<color rgb="${f.color}"/>` : '<color theme="1"/>';
  return (
    `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}` +
    `<sz val="${f.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`
  );
}

export function solidXml(argb: string): string {
  return `<patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill>`;
}

export function alignmentXml(f: Format): string {
  const a =
    (f.hAlign ? ` horizontal="${f.hAlign}"` : "") +
    (f.vAlign ? ` vertical="${f.vAlign}"` : "") +
    (f.wrap ? ' wrapText="1"' : "");
  return a ? `<alignment${a}/>` : "";
}

export function dxfXml(d: Dxf): string {
  const font = d.color ? `<font><color rgb="${d.color}"/></font>` : "";
  return `<dxf>${font}<fill>${solidXml(d.fill)}</fill></dxf>`;
}

/** The style entries of a new workbook, ready to be listed in styles.xml. */
export interface StyleLists {
  /** Custom number formats [code, id]. */
  numFmts: [string, number][];
  fonts: string[];
  fills: string[];
  borders: string[];
  /** cellXfs entries, numbered as the registry numbers its formats. */
  xfs: string[];
  dxfs: string[];
}

export function styleLists(registry: StyleRegistry, dxfs: readonly Dxf[]): StyleLists {
  const fonts = table([fontXml({})]);
  const fills = table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  const borders = table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  const numFmts = new Map<string, number>();
  const xfs: string[] = [];
  for (let id = 0; id < registry.count; id += 1) {
    const f = registry.format(id);
    const fontId = fonts.id(fontXml(f));
    const fillId = f.fill ? fills.id(`<fill>${solidXml(f.fill)}</fill>`) : 0;
    const borderId = f.border ? borders.id(BORDER) : 0;
    let numFmtId = 0;
    if (f.numFmt !== undefined) {
      numFmtId = builtinFormatId(f.numFmt) ?? numFmts.get(f.numFmt) ?? 164 + numFmts.size;
      if (builtinFormatId(f.numFmt) === undefined) numFmts.set(f.numFmt, numFmtId);
    }
    xfs.push(xfXml({ numFmtId, fontId, fillId, borderId }, alignmentXml(f)));
  }
  return {
    numFmts: [...numFmts],
    fonts: fonts.items,
    fills: fills.items,
    borders: borders.items,
    xfs,
    dxfs: dxfs.map(dxfXml),
  };
}

/** One cellXfs entry. */
export function xfXml(
  ids: { numFmtId: number; fontId: number; fillId: number; borderId: number },
  alignment: string
): string {
  const { numFmtId, fontId, fillId, borderId } = ids;
  const apply =
    (numFmtId ? ' applyNumberFormat="1"' : "") +
    (fontId ? ' applyFont="1"' : "") +
    (fillId ? ' applyFill="1"' : "") +
    (borderId ? ' applyBorder="1"' : "") +
    (alignment ? ' applyAlignment="1"' : "");
  const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
  return alignment ? `${open}>${alignment}</xf>` : `${open}/>`;
}

export function numFmtXml([code, id]: [string, number]): string {
  return `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
}

export function stylesXml(registry: StyleRegistry, dxfs: readonly Dxf[]): string {
  const lists = styleLists(registry, dxfs);
  const n = lists.numFmts.length;
  return (
    HEAD +
    (n ? `<numFmts count="${n}">${lists.numFmts.map(numFmtXml).join("")}</numFmts>` : "") +
    `<fonts count="${lists.fonts.length}">${lists.fonts.join("")}</fonts>` +
    `<fills count="${lists.fills.length}">${lists.fills.join("")}</fills>` +
    `<borders count="${lists.borders.length}">${lists.borders.join("")}</borders>` +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${lists.xfs.length}">${lists.xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    `<dxfs count="${lists.dxfs.length}">${lists.dxfs.join("")}</dxfs>` +
    '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
    "</styleSheet>"
  );
}
