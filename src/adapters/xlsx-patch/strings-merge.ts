/**
 * The shared string table of an existing workbook, extended: the person's
 * strings keep their indices, a text that is already there as plain text is
 * reused (a report written again each period does not grow the table), new
 * texts are appended.
 */
import { unescapeXml } from "../ooxml/xml";
import type { StringTable } from "../xlsx-writer/shared-strings";
import { tElement } from "../xlsx-writer/xml-text";
import { PatchError } from "./patch-error";
import { findElement, withAttr } from "./xml-edit";

const NEW_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>';

export class PatchStrings implements StringTable {
  private readonly index = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  private uses = 0;
  private readonly xml: string;

  /** `xml`: the workbook's sharedStrings part, or null when it has none. */
  constructor(
    xml: string | null,
    private readonly part: string
  ) {
    this.xml = xml ?? NEW_PART;
    const root = findElement(this.xml, "sst");
    if (!root) throw new PatchError(`часть ${part}: нет элемента <sst>`);
    let n = 0;
    const body = root.selfClosing ? "" : this.xml.slice(root.openEnd, root.closeStart);
    for (const m of body.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g)) {
      const plain = /^<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>$/.exec(m[1] ?? "");
      if (plain) {
        const text = unescapeXml(plain[1]);
        if (!this.index.has(text)) this.index.set(text, n);
      }
      n += 1;
    }
    this.existing = n;
  }

  id(text: string): number {
    this.uses += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.existing + this.added.length;
      this.index.set(text, id);
      this.added.push(text);
    }
    return id;
  }

  /** True when the part must be written (texts were added, or the workbook had none). */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** The part's new text: the workbook's items as they were, then the new ones. */
  *pieces(): Generator<string> {
    const root = findElement(this.xml, "sst");
    if (!root) throw new PatchError(`часть ${this.part}: нет элемента <sst>`);
    const p = root.prefix;
    const total = this.existing + this.added.length;
    let tag = withAttr(root.tag, "uniqueCount", String(total));
    const count = /\scount\s*=\s*["'](\d+)/.exec(root.tag);
    tag = withAttr(tag, "count", String((count ? Number(count[1]) : this.existing) + this.uses));
    if (root.selfClosing) tag = tag.replace(/\s*\/>$/, ">");
    yield this.xml.slice(0, root.start) + tag;
    if (!root.selfClosing) yield this.xml.slice(root.openEnd, root.closeStart);
    const open = p ? `<${p}si>` : "<si>";
    const close = p ? `</${p}si>` : "</si>";
    for (const text of this.added) {
      const t = tElement(text);
      yield open + (p ? t.replace(/^<t/, `<${p}t`).replace(/<\/t>$/, `</${p}t>`) : t) + close;
    }
    yield `</${p}sst>` + (root.selfClosing ? this.xml.slice(root.end) : this.xml.slice(root.end));
  }
}
