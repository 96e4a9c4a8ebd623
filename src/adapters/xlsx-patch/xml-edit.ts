/**
 * Surgery on package XML text: find one element (any namespace prefix), its
 * children and attributes, and change only those characters; everything else
 * in the part stays exactly as the workbook's last writer left it.
 */
import { attributesOf, escapeXml } from "../ooxml/xml";
import { PatchError } from "./patch-error";

export interface ElementSpan {
  /** Where `<p:name` starts. */
  start: number;
  /** Just past the start tag's `>`. */
  openEnd: number;
  /** Where the end tag starts (= openEnd for a self-closing element). */
  closeStart: number;
  /** Just past the element. */
  end: number;
  /** The namespace prefix with its colon ("" for none). */
  prefix: string;
  selfClosing: boolean;
  /** The start tag's text. */
  tag: string;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The first element named `local` (with any prefix) at or after `from`, or null. */
export function findElement(xml: string, local: string, from = 0): ElementSpan | null {
  const open = new RegExp(`<(\\w+:)?${escapeRegExp(local)}(?=[\\s/>])`, "g");
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return null;
  const start = m.index;
  const prefix = m[1] ?? "";
  const gt = xml.indexOf(">", start);
  if (gt < 0) throw new PatchError(`незакрытый тег <${local}>`);
  const tag = xml.slice(start, gt + 1);
  if (xml.charCodeAt(gt - 1) === 47 /* / */)
    return {
      start,
      openEnd: gt + 1,
      closeStart: gt + 1,
      end: gt + 1,
      prefix,
      selfClosing: true,
      tag,
    };
  const closeTag = `</${prefix}${local}>`;
  // Nested elements of the same name do not occur in the parts edited here.
  const closeStart = xml.indexOf(closeTag, gt + 1);
  if (closeStart < 0) throw new PatchError(`нет закрывающего тега </${local}>`);
  return {
    start,
    openEnd: gt + 1,
    closeStart,
    end: closeStart + closeTag.length,
    prefix,
    selfClosing: false,
    tag,
  };
}

/** Every element named `local` inside `[from, to)`, as spans. */
export function findAll(xml: string, local: string, from: number, to: number): ElementSpan[] {
  const out: ElementSpan[] = [];
  let at = from;
  for (;;) {
    const span = findElement(xml, local, at);
    if (!span || span.start >= to) return out;
    out.push(span);
    at = span.end;
  }
}

export function attrs(span: ElementSpan): Record<string, string> {
  return attributesOf(span.tag);
}

/** The start tag with `name` set to `value` (added when absent). */
export function withAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, head: string) => `${head}${quoted}`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${quoted}${tag.slice(close)}`;
}

/** The start tag without attribute `name`. */
export function withoutAttr(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`), "");
}

/**
 * The element with `items` appended to its children and its `count` set to
 * `count` (when it has one, or `setCount`); a self-closing element is opened.
 */
export function appendChildren(
  xml: string,
  span: ElementSpan,
  items: string,
  count: number
): string {
  let tag = span.tag;
  if (/\scount\s*=/.test(tag) || items) tag = withAttr(tag, "count", String(count));
  if (span.selfClosing) {
    const open = tag.replace(/\s*\/>$/, ">");
    return `${xml.slice(0, span.start)}${open}${items}</${span.prefix}${localName(span)}>${xml.slice(span.end)}`;
  }
  return (
    xml.slice(0, span.start) +
    tag +
    xml.slice(span.openEnd, span.closeStart) +
    items +
    xml.slice(span.closeStart)
  );
}

function localName(span: ElementSpan): string {
  const m = /^<(?:\w+:)?([\w.-]+)/.exec(span.tag);
  return m ? m[1] : "";
}

/** The namespace prefix (with colon) of the part's root element `local`. */
export function rootPrefix(xml: string, local: string, part: string): string {
  const span = findElement(xml, local);
  if (!span) throw new PatchError(`часть ${part}: нет элемента <${local}>`);
  return span.prefix;
}
