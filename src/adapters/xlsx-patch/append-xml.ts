/**
 * Rows appended below the rows of a person's sheet, as an edit of its XML: the
 * `<row>` elements go at the end of `<sheetData>` (after every row the part holds,
 * styled empty ones included, so rows stay unique and in order), the dimension
 * grows to cover them, and every other character of the part stays as her last
 * writer left it (her values, styles, validations, notes, tables). Values are
 * inline strings, numbers and booleans without a style: what the report appends to
 * people's sheets (the `Настройки` block) is labels and text.
 */
import type { OutCell } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";
import { dayFromDate, serialFromDay } from "../../core/time/day";
import { escapeXml } from "../ooxml/xml";
import { PatchError } from "./patch-error";
import { attrs, findAll, findElement, withAttr } from "./xml-edit";

/** The last row number (1-based) the part's `<sheetData>` holds, 0 when it holds none. */
function lastRow(xml: string, from: number, to: number): number {
  let last = 0;
  for (const row of findAll(xml, "row", from, to)) {
    const r = Number(attrs(row).r);
    last = Number.isInteger(r) && r > 0 ? r : last + 1;
  }
  return last;
}

function cellXml(p: string, ref: string, value: OutCell): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "number")
    return Number.isFinite(value) ? `<${p}c r="${ref}"><${p}v>${value}</${p}v></${p}c>` : "";
  if (typeof value === "boolean")
    return `<${p}c r="${ref}" t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  if (value instanceof Date)
    return `<${p}c r="${ref}"><${p}v>${serialFromDay(dayFromDate(value))}</${p}v></${p}c>`;
  if (typeof value === "object") throw new PatchError("формулы в лист человека не дописываются");
  return `<${p}c r="${ref}" t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(value)}</${p}t></${p}is></${p}c>`;
}

/** `ref` ("A1:F40" or "A1") widened to reach (lastRow, lastCol), both 1-based. */
function widened(ref: string, row: number, col: number): string {
  const [first, second = first] = ref.split(":");
  const m = /^([A-Z]+)(\d+)$/.exec(second);
  if (!/^[A-Z]+\d+$/.test(first) || !m) return ref;
  let n = 0;
  for (const ch of m[1]) n = n * 26 + (ch.charCodeAt(0) - 64);
  return `${first}:${columnLetters(Math.max(n, col) - 1)}${Math.max(Number(m[2]), row)}`;
}

/**
 * The sheet XML with `rows` appended: the first below row `after` (1-based, the
 * last row with a value as the reader saw it) or below the last `<row>` the part
 * holds, whichever is lower.
 */
export function appendRowsXml(xml: string, rows: readonly OutCell[][], after: number): string {
  const data = findElement(xml, "sheetData");
  if (!data) throw new PatchError("в листе нет <sheetData>");
  const p = data.prefix;
  const start = Math.max(after, data.selfClosing ? 0 : lastRow(xml, data.openEnd, data.closeStart));
  let width = 0;
  const pieces: string[] = [];
  rows.forEach((line, i) => {
    const r = start + 1 + i;
    const cells = line.map((v, c) => cellXml(p, `${columnLetters(c)}${r}`, v)).join("");
    if (cells === "") return;
    width = Math.max(width, line.length);
    pieces.push(`<${p}row r="${r}">${cells}</${p}row>`);
  });
  if (pieces.length === 0) return xml;
  const added = pieces.join("");
  let out = data.selfClosing
    ? `${xml.slice(0, data.start)}${data.tag.replace(/\s*\/>$/, ">")}${added}</${p}sheetData>${xml.slice(data.end)}`
    : `${xml.slice(0, data.closeStart)}${added}${xml.slice(data.closeStart)}`;
  const dim = findElement(out, "dimension");
  if (dim && dim.start < data.start) {
    const ref = attrs(dim).ref ?? "A1";
    const tag = withAttr(dim.tag, "ref", widened(ref, start + rows.length, width));
    out = `${out.slice(0, dim.start)}${tag}${out.slice(dim.openEnd)}`;
  }
  return out;
}
