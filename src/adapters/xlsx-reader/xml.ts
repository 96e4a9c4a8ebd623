/**
 * A small, strict pull-free XML scanner for the parts of an xlsx package:
 * elements (namespace prefixes dropped), attributes and text with entities
 * decoded. It keeps no tree, so a sheet of 60,000 rows costs one pass over
 * its text. Anything malformed — an unclosed tag, a mismatched close, an
 * unknown entity, a DOCTYPE (entity expansion) — throws a short Error.
 */

import { platform } from "../bytes/platform";

export type XmlAttrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: XmlAttrs, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data between tags (whitespace included), entities decoded. */
  text(text: string): void;
}

const NO_ATTRS: XmlAttrs = Object.freeze({}) as XmlAttrs;
const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", apos: "'", quot: '"' };

export function decodeUtf8(bytes: Uint8Array): string {
  const text = platform.text(bytes).utf8(0, bytes.length);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function scanXml(xml: string, handler: XmlHandler): void {
  const stack: string[] = [];
  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt === -1 ? length : lt;
    if (textEnd > at) handler.text(decodeText(xml.slice(at, textEnd)));
    if (lt === -1) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      const { next: after, cdata } = declaration(xml, lt);
      if (cdata) handler.text(xml.slice(cdata[0], cdata[1]));
      at = after;
    } else if (next === 63 /* ? */) at = skipPast(xml, lt, "?>");
    else if (next === SLASH) {
      const gt = xml.indexOf(">", lt);
      if (gt === -1) throw new Error("xml: незакрытый тег");
      const name = localName(xml.slice(lt + 2, gt).trim());
      if (stack.pop() !== name) throw new Error(`xml: лишний </${name}>`);
      handler.close(name);
      at = gt + 1;
    } else at = openTag(xml, lt, stack, handler);
  }
  if (stack.length > 0) throw new Error(`xml: не закрыт <${stack[stack.length - 1]}>`);
}

function openTag(xml: string, lt: number, stack: string[], handler: XmlHandler): number {
  const gt = tagEnd(xml, lt, xml.length);
  const selfClosing = xml.charCodeAt(gt - 1) === SLASH;
  const end = selfClosing ? gt - 1 : gt;
  let nameEnd = lt + 1;
  while (nameEnd < end && !isSpace(xml.charCodeAt(nameEnd))) nameEnd += 1;
  if (nameEnd === lt + 1) throw new Error("xml: пустое имя тега");
  const name = localName(xml.slice(lt + 1, nameEnd));
  const attrs = nameEnd < end ? parseAttrs(xml, nameEnd, end) : NO_ATTRS;
  if (!selfClosing) stack.push(name);
  handler.open(name, attrs, selfClosing);
  if (selfClosing) handler.close(name);
  return gt + 1;
}

/** The `>` closing a tag within [lt, limit); a `>` inside a quoted attribute value does not count. */
export function tagEnd(xml: string, lt: number, limit: number): number {
  let quote = 0;
  for (let i = lt + 1; i < limit; i += 1) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
    else if (c === LT) break;
  }
  throw new Error("xml: незакрытый тег");
}

function parseAttrs(xml: string, from: number, end: number): XmlAttrs {
  const attrs: XmlAttrs = {};
  let at = from;
  while (at < end) {
    while (at < end && isSpace(xml.charCodeAt(at))) at += 1;
    if (at >= end) break;
    const eq = xml.indexOf("=", at);
    if (eq === -1 || eq >= end) throw new Error("xml: атрибут без значения");
    const name = localName(xml.slice(at, eq).trim());
    let q = eq + 1;
    while (q < end && isSpace(xml.charCodeAt(q))) q += 1;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") throw new Error("xml: значение атрибута без кавычек");
    const close = xml.indexOf(quote, q + 1);
    if (close === -1 || close >= end) throw new Error("xml: незакрытое значение атрибута");
    attrs[name] = decodeText(xml.slice(q + 1, close));
    at = close + 1;
  }
  return attrs;
}

/**
 * After `<!` at `lt`: a comment is skipped, CDATA gives the range of its text,
 * a DOCTYPE (or any other declaration) is refused — xlsx never has one.
 */
export function declaration(
  xml: string,
  lt: number
): { next: number; cdata: [number, number] | null } {
  if (xml.startsWith("<!--", lt)) return { next: skipPast(xml, lt, "-->"), cdata: null };
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = xml.indexOf("]]>", lt);
    if (end === -1) throw new Error("xml: незакрытый CDATA");
    return { next: end + 3, cdata: [lt + 9, end] };
  }
  throw new Error("xml: DOCTYPE и объявления не поддерживаются");
}

export function skipPast(xml: string, from: number, marker: string): number {
  const end = xml.indexOf(marker, from);
  if (end === -1) throw new Error("xml: незакрытая конструкция");
  return end + marker.length;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon === -1 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Entities and character references; line ends normalised to \n as XML requires. */
export function decodeText(raw: string): string {
  const text = raw.indexOf("\r") === -1 ? raw : raw.replace(/\r\n?/g, "\n");
  if (text.indexOf("&") === -1) return text;
  if (/&(?![^;&\s]{0,10};)/.test(text)) throw new Error("xml: одиночный &");
  return text.replace(/&([^;&\s]{0,10});/g, (_, ref: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref[1] === "x" || ref[1] === "X";
      const code = hex ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isInteger(code) || code < 0 || code > 0x10ffff)
        throw new Error(`xml: неверная ссылка &${ref};`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[ref];
    if (named === undefined) throw new Error(`xml: неизвестная сущность &${ref};`);
    return named;
  });
}
