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
const BORDER =
  `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right>` +
  `<top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;

/** XML snippets numbered in first-use order, the first ones given. */
function table(initial: string[]): Interner<string> {
  const interner = new Interner<string>((xml) => xml);
  for (const item of initial) interner.id(item);
  return interner;
}

function fontXml(f: Format): string {
  const color = f.color ? `<color rgb="${f.color}"/>` : '<color theme="1"/>';
  return (
    `<font>${f.bold ? "<b/>" : ""}${f.italic ? "<i/>" : ""}${f.underline ? "<u/>" : ""}` +
    `<sz val="${f.size ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`
  );
}

function solidXml(argb: string): string {
  return `<patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill>`;
}

function alignmentXml(f: Format): string {
  const a =
    (f.hAlign ? ` horizontal="${f.hAlign}"` : "") +
    (f.vAlign ? ` vertical="${f.vAlign}"` : "") +
    (f.wrap ? ' wrapText="1"' : "");
  return a ? `<alignment${a}/>` : "";
}

function dxfXml(d: Dxf): string {
  const font = d.color ? `<font><color rgb="${d.color}"/></font>` : "";
  return `<dxf>${font}<fill>${solidXml(d.fill)}</fill></dxf>`;
}

/** The project's style entries, ready to be listed in styles.xml. */
export interface StyleLists {
  /** Custom number formats [code, id] not yet in the workbook. */
  numFmts: [string, number][];
  fonts: string[];
  fills: string[];
  borders: string[];
  /** cellXfs entries: registry format 0 first in a new workbook, left out when appending. */
  xfs: string[];
  dxfs: string[];
}

/**
 * Where the project's entries go in an existing styles.xml: after the
 * workbook's own fonts, fills, borders and number formats. Font 0, fills 0–1
 * and border 0 are the workbook's defaults and are used as they are.
 */
export interface StyleBases {
  fonts: number;
  fills: number;
  borders: number;
  /** The workbook's custom number formats by code, reused when equal. */
  numFmts: ReadonlyMap<string, number>;
  /** The first free custom number format id (≥ 164). */
  nextNumFmt: number;
}

const NEW_BOOK: StyleBases = { fonts: 0, fills: 0, borders: 0, numFmts: new Map(), nextNumFmt: 164 };

export function styleLists(
  registry: StyleRegistry,
  dxfs: readonly Dxf[],
  bases: StyleBases = NEW_BOOK
): StyleLists {
  const append = bases !== NEW_BOOK;
  const fonts = table([fontXml({})]);
  const fills = table([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  const borders = table(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  // In an existing workbook the given defaults are the workbook's own; the new entries follow its lists.
  const place = (id: number, seeds: number, base: number) =>
    append && id >= seeds ? base + id - seeds : id;
  const numFmts = new Map<string, number>();
  let nextNumFmt = bases.nextNumFmt;
  const xfs: string[] = [];
  for (let id = append ? 1 : 0; id < registry.count; id += 1) {
    const f = registry.format(id);
    const fontId = place(fonts.id(fontXml(f)), 1, bases.fonts);
    const fillId = f.fill ? place(fills.id(`<fill>${solidXml(f.fill)}</fill>`), 2, bases.fills) : 0;
    const borderId = f.border ? place(borders.id(BORDER), 1, bases.borders) : 0;
    let numFmtId = 0;
    if (f.numFmt !== undefined) {
      const known = builtinFormatId(f.numFmt) ?? bases.numFmts.get(f.numFmt) ?? numFmts.get(f.numFmt);
      if (known !== undefined) numFmtId = known;
      else {
        numFmtId = nextNumFmt;
        nextNumFmt += 1;
        numFmts.set(f.numFmt, numFmtId);
      }
    }
    const alignment = alignmentXml(f);
    const apply =
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (borderId ? ' applyBorder="1"' : "") +
      (alignment ? ' applyAlignment="1"' : "");
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${apply}`;
    xfs.push(alignment ? `${open}>${alignment}</xf>` : `${open}/>`);
  }
  return {
    numFmts: [...numFmts],
    fonts: append ? fonts.items.slice(1) : fonts.items,
    fills: append ? fills.items.slice(2) : fills.items,
    borders: append ? borders.items.slice(1) : borders.items,
    xfs,
    dxfs: dxfs.map(dxfXml),
  };
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
