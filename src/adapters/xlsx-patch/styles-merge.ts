/**
 * The project's formats appended to the workbook's own styles.xml: its fonts,
 * fills, borders, number formats, cellXfs and dxfs keep their numbers (the
 * person's cells refer to them), ours are added after them.
 */
import { numFmtXml, styleLists, type Dxf, type StyleBases } from "../xlsx-writer/styles-xml";
import type { StyleRegistry } from "../xlsx-writer/style-registry";
import { PatchError } from "./patch-error";
import { appendChildren, attrs, findAll, findElement, rootPrefix, type ElementSpan } from "./xml-edit";

export interface ExistingStyles extends StyleBases {
  /** cellXfs in the workbook: the project's format k becomes xf (xfs − 1 + k). */
  xfs: number;
  dxfs: number;
  /** <numFmt> entries in the workbook. */
  numFmtCount: number;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
/** The smallest styles part Excel accepts, for a package that has none. */
export const EMPTY_STYLES =
  HEAD +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function required(xml: string, local: string, part: string): ElementSpan {
  const span = findElement(xml, local);
  if (!span) throw new PatchError(`часть ${part}: нет списка <${local}>`);
  return span;
}

function children(xml: string, span: ElementSpan | null, local: string): ElementSpan[] {
  return span ? findAll(xml, local, span.openEnd, span.closeStart) : [];
}

export function readExistingStyles(xml: string, part: string): ExistingStyles {
  rootPrefix(xml, "styleSheet", part);
  const numFmts = new Map<string, number>();
  let maxId = 163;
  const formats = children(xml, findElement(xml, "numFmts"), "numFmt");
  for (const f of formats) {
    const a = attrs(f);
    const id = Number(a.numFmtId);
    if (!Number.isInteger(id)) continue;
    maxId = Math.max(maxId, id);
    if (a.formatCode !== undefined && !numFmts.has(a.formatCode)) numFmts.set(a.formatCode, id);
  }
  const count = (list: string, item: string) =>
    children(xml, required(xml, list, part), item).length;
  return {
    fonts: count("fonts", "font"),
    fills: count("fills", "fill"),
    borders: count("borders", "border"),
    xfs: Math.max(1, count("cellXfs", "xf")),
    dxfs: children(xml, findElement(xml, "dxfs"), "dxf").length,
    numFmts,
    numFmtCount: formats.length,
    nextNumFmt: maxId + 1,
  };
}

/** styles.xml with the project's entries appended; the workbook's entries untouched. */
export function mergeStyles(
  xml: string,
  part: string,
  existing: ExistingStyles,
  registry: StyleRegistry,
  dxfs: readonly Dxf[]
): string {
  const lists = styleLists(registry, dxfs, existing);
  const prefixed = (items: string[], p: string) =>
    p ? items.map((x) => x.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`)).join("") : items.join("");
  const p = rootPrefix(xml, "styleSheet", part);
  // From the last list to the first, so that earlier offsets stay valid.
  let out = xml;
  const dxfsSpan = findElement(out, "dxfs");
  if (lists.dxfs.length) {
    if (dxfsSpan) out = appendChildren(out, dxfsSpan, prefixed(lists.dxfs, p), existing.dxfs + lists.dxfs.length);
    else {
      // dxfs follows cellStyles (or cellXfs) in the schema.
      const after = findElement(out, "cellStyles") ?? required(out, "cellXfs", part);
      const list = `<${p}dxfs count="${lists.dxfs.length}">${prefixed(lists.dxfs, p)}</${p}dxfs>`;
      out = out.slice(0, after.end) + list + out.slice(after.end);
    }
  }
  const append = (local: string, items: string[], before: number) => {
    if (!items.length) return;
    out = appendChildren(out, required(out, local, part), prefixed(items, p), before + items.length);
  };
  append("cellXfs", lists.xfs, existing.xfs);
  append("borders", lists.borders, existing.borders);
  append("fills", lists.fills, existing.fills);
  append("fonts", lists.fonts, existing.fonts);
  if (lists.numFmts.length) {
    const items = lists.numFmts.map(numFmtXml);
    const span = findElement(out, "numFmts");
    if (span) out = appendChildren(out, span, prefixed(items, p), existing.numFmtCount + items.length);
    else {
      const fonts = required(out, "fonts", part);
      const list = `<${p}numFmts count="${items.length}">${prefixed(items, p)}</${p}numFmts>`;
      out = out.slice(0, fonts.start) + list + out.slice(fonts.start);
    }
  }
  return out;
}
