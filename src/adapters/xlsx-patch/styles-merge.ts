/**
 * The project's formats merged into the workbook's own styles.xml: its fonts,
 * fills, borders, number formats, cellXfs and dxfs keep their numbers and text
 * (the person's cells refer to them). A project format whose entry is already
 * there — written by an earlier report, say — is reused, so a workbook
 * reported into every period does not grow; the others are appended.
 * Font 0 (the workbook's default font), fills 0–1 and border 0 stand for
 * "no font/fill/border of its own", as in a new workbook.
 */
import { builtinFormatId, type StyleRegistry } from "../xlsx-writer/style-registry";
import {
  alignmentXml,
  BORDER,
  dxfXml,
  fontXml,
  numFmtXml,
  solidXml,
  xfXml,
  type Dxf,
} from "../xlsx-writer/styles-xml";
import { PatchError } from "./patch-error";
import {
  appendChildren,
  attrs,
  findAll,
  findElement,
  rootPrefix,
  type ElementSpan,
} from "./xml-edit";

/** The smallest styles part Excel accepts, for a package that has none. */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const DEFAULT_FONT = fontXml({});

/** One list of styles.xml: the workbook's entries (by text) and the ones added. */
class StyleList {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];

  constructor(
    readonly local: string,
    private readonly existing: readonly string[]
  ) {
    existing.forEach((xml, i) => {
      if (!this.index.has(xml)) this.index.set(xml, i);
    });
  }

  id(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.existing.length + this.added.length;
      this.index.set(xml, id);
      this.added.push(xml);
    }
    return id;
  }

  get count(): number {
    return this.existing.length + this.added.length;
  }
}

export class PatchStyles {
  private readonly prefix: string;
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly dxfs: StyleList;
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: [string, number][] = [];
  private readonly numFmtCount: number;
  private nextNumFmt: number;
  private readonly memo = new Map<number, number>();

  constructor(
    private readonly xml: string,
    private readonly part: string,
    private readonly registry: StyleRegistry
  ) {
    this.prefix = rootPrefix(xml, "styleSheet", part);
    const list = (container: string, item: string, required: boolean) => {
      const span = findElement(xml, container);
      if (!span && required) throw new PatchError(`часть ${part}: нет списка <${container}>`);
      return new StyleList(container, this.children(span, item));
    };
    this.fonts = list("fonts", "font", true);
    this.fills = list("fills", "fill", true);
    this.borders = list("borders", "border", true);
    this.xfs = list("cellXfs", "xf", true);
    this.dxfs = list("dxfs", "dxf", false);
    let maxId = 163;
    const formats = findElement(xml, "numFmts");
    const numFmtSpans = formats ? findAll(xml, "numFmt", formats.openEnd, formats.closeStart) : [];
    for (const f of numFmtSpans) {
      const a = attrs(f);
      const id = Number(a.numFmtId);
      if (!Number.isInteger(id)) continue;
      maxId = Math.max(maxId, id);
      if (a.formatCode !== undefined && !this.numFmts.has(a.formatCode))
        this.numFmts.set(a.formatCode, id);
    }
    this.numFmtCount = numFmtSpans.length;
    this.nextNumFmt = maxId + 1;
  }

  /** The workbook's entries as text, in our unprefixed form, to compare with ours. */
  private children(span: ElementSpan | null, item: string): string[] {
    if (!span) return [];
    const p = this.prefix;
    return findAll(this.xml, item, span.openEnd, span.closeStart).map((child) => {
      const text = this.xml.slice(child.start, child.end);
      return p ? text.split(`<${p}`).join("<").split(`</${p}`).join("</") : text;
    });
  }

  /** The cellXfs index of the registry's format (not 0: that is the default, written without s). */
  xfId(format: number): number {
    let id = this.memo.get(format);
    if (id !== undefined) return id;
    const f = this.registry.format(format);
    const font = fontXml(f);
    const fontId = font === DEFAULT_FONT ? 0 : this.fonts.id(font);
    const fillId = f.fill ? this.fills.id(`<fill>${solidXml(f.fill)}</fill>`) : 0;
    const borderId = f.border ? this.borders.id(BORDER) : 0;
    let numFmtId = 0;
    if (f.numFmt !== undefined) {
      const known = builtinFormatId(f.numFmt) ?? this.numFmts.get(f.numFmt);
      if (known !== undefined) numFmtId = known;
      else {
        numFmtId = this.nextNumFmt;
        this.nextNumFmt += 1;
        this.numFmts.set(f.numFmt, numFmtId);
        this.addedNumFmts.push([f.numFmt, numFmtId]);
      }
    }
    id = this.xfs.id(xfXml({ numFmtId, fontId, fillId, borderId }, alignmentXml(f)));
    this.memo.set(format, id);
    return id;
  }

  dxfId(dxf: Dxf): number {
    return this.dxfs.id(dxfXml(dxf));
  }

  /** True when entries were added (else the part is copied as it was). */
  get changed(): boolean {
    return (
      this.addedNumFmts.length > 0 ||
      [this.fonts, this.fills, this.borders, this.xfs, this.dxfs].some((l) => l.added.length > 0)
    );
  }

  /** styles.xml with the added entries; the workbook's own untouched. */
  xmlText(): string {
    const p = this.prefix;
    const prefixed = (items: readonly string[]) =>
      p ? items.map((x) => x.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`)).join("") : items.join("");
    let out = this.xml;
    const required = (local: string) => {
      const span = findElement(out, local);
      if (!span) throw new PatchError(`часть ${this.part}: нет списка <${local}>`);
      return span;
    };
    if (this.dxfs.added.length) {
      const span = findElement(out, "dxfs");
      const items = prefixed(this.dxfs.added);
      if (span) out = appendChildren(out, span, items, this.dxfs.count);
      else {
        // dxfs follows cellStyles (or cellXfs) in the schema.
        const after = findElement(out, "cellStyles") ?? required("cellXfs");
        out = `${out.slice(0, after.end)}<${p}dxfs count="${this.dxfs.count}">${items}</${p}dxfs>${out.slice(after.end)}`;
      }
    }
    for (const list of [this.xfs, this.borders, this.fills, this.fonts]) {
      if (list.added.length)
        out = appendChildren(out, required(list.local), prefixed(list.added), list.count);
    }
    if (this.addedNumFmts.length) {
      const items = prefixed(this.addedNumFmts.map(numFmtXml));
      const count = this.numFmtCount + this.addedNumFmts.length;
      const span = findElement(out, "numFmts");
      if (span) out = appendChildren(out, span, items, count);
      else {
        const fonts = required("fonts");
        out = `${out.slice(0, fonts.start)}<${p}numFmts count="${count}">${items}</${p}numFmts>${out.slice(fonts.start)}`;
      }
    }
    return out;
  }
}
