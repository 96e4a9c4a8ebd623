/**
 * A small reader of the PDF files LibreOffice writes, for print tests: the
 * pages in order, each with its size in points and its text (decoded through
 * the fonts' ToUnicode maps). Enough for LibreOffice's output (classic xref,
 * Flate streams, Type0/TrueType fonts); not a general PDF parser.
 */
import { inflateSync } from "node:zlib";

export interface PdfPage {
  width: number;
  height: number;
  /** Text in drawing order; text lines separated by "\n". */
  text: string;
  /** Text lines drawn outside their clip rectangle: cut off in print. */
  clipped: string[];
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

export function pdfPages(pdf: Buffer): PdfPage[] {
  const objects = readObjects(pdf);
  const get = (ref: string | undefined): PdfObject | undefined =>
    ref === undefined ? undefined : objects.get(Number(ref));
  const trailerRoot = /\/Root\s+(\d+)\s+0\s+R/.exec(pdf.toString("latin1"));
  if (!trailerRoot) throw new Error("PDF without /Root");
  const catalog = get(trailerRoot[1]);
  const pagesRef = /\/Pages\s+(\d+)\s+0\s+R/.exec(catalog?.dict ?? "");
  const pages: PdfPage[] = [];
  const fonts = new Map<number, FontMap>();
  const walk = (id: number, inherited: number[] | null): void => {
    const node = objects.get(id);
    if (!node) return;
    const box = mediaBox(node.dict) ?? inherited;
    if (/\/Type\s*\/Pages\b/.test(node.dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node.dict)?.[1] ?? "";
      for (const kid of kids.matchAll(/(\d+)\s+0\s+R/g)) walk(Number(kid[1]), box);
      return;
    }
    if (!box) throw new Error(`PDF page ${id} without /MediaBox`);
    const resources = resourcesOf(node.dict, objects);
    const fontRefs = new Map<string, number>();
    const fontDict = dictAfter(resources, "/Font", objects);
    for (const f of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+)\s+0\s+R/g))
      fontRefs.set(f[1], Number(f[2]));
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+\s+0\s+R)/.exec(node.dict)?.[1] ?? "";
    let content = "";
    for (const c of contents.matchAll(/(\d+)\s+0\s+R/g)) {
      const stream = objects.get(Number(c[1]))?.stream;
      if (stream) content += stream.toString("latin1") + "\n";
    }
    const fontOf = (name: string): FontMap | undefined => {
      const ref = fontRefs.get(name);
      if (ref === undefined) return undefined;
      if (!fonts.has(ref)) fonts.set(ref, fontMap(objects, ref));
      return fonts.get(ref);
    };
    pages.push({ width: box[2] - box[0], height: box[3] - box[1], ...drawnText(content, fontOf) });
  };
  walk(Number(pagesRef?.[1]), null);
  return pages;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString("latin1");
  const objects = new Map<number, PdfObject>();
  const lengths: [number, string, number][] = [];
  const re = /(\d+)\s+0\s+obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index + m[0].length;
    const streamAt = text.indexOf("stream", start);
    const end = text.indexOf("endobj", start);
    if (end < 0) break;
    if (streamAt >= 0 && streamAt < end) {
      const dict = text.slice(start, streamAt);
      let dataStart = streamAt + "stream".length;
      if (text[dataStart] === "\r") dataStart += 1;
      if (text[dataStart] === "\n") dataStart += 1;
      lengths.push([Number(m[1]), dict, dataStart]);
      objects.set(Number(m[1]), { dict, stream: null });
      const endStream = text.indexOf("endstream", dataStart);
      re.lastIndex = text.indexOf("endobj", endStream) + 6;
    } else {
      objects.set(Number(m[1]), { dict: text.slice(start, end), stream: null });
      re.lastIndex = end + 6;
    }
  }
  for (const [id, dict, dataStart] of lengths) {
    const direct = /\/Length\s+(\d+)(\s+0\s+R)?/.exec(dict);
    if (!direct) continue;
    const length = direct[2]
      ? Number(objects.get(Number(direct[1]))?.dict.trim())
      : Number(direct[1]);
    const raw = pdf.subarray(dataStart, dataStart + length);
    const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : Buffer.from(raw);
    objects.set(id, { dict, stream });
  }
  return objects;
}

function mediaBox(dict: string): number[] | null {
  const m = /\/MediaBox\s*\[([^\]]*)\]/.exec(dict);
  return m ? m[1].trim().split(/\s+/).map(Number) : null;
}

/** The text of a dictionary entry `key` (inline << >> or an indirect object). */
function dictAfter(dict: string, key: string, objects: Map<number, PdfObject>): string {
  const at = dict.indexOf(key);
  if (at < 0) return "";
  const rest = dict.slice(at + key.length).trimStart();
  const ref = /^(\d+)\s+0\s+R/.exec(rest);
  if (ref) return objects.get(Number(ref[1]))?.dict ?? "";
  if (!rest.startsWith("<<")) return "";
  let depth = 0;
  for (let i = 0; i < rest.length - 1; i += 1) {
    if (rest.startsWith("<<", i)) {
      depth += 1;
      i += 1;
    } else if (rest.startsWith(">>", i)) {
      depth -= 1;
      i += 1;
      if (depth === 0) return rest.slice(0, i + 1);
    }
  }
  return rest;
}

function resourcesOf(dict: string, objects: Map<number, PdfObject>): string {
  return dictAfter(dict, "/Resources", objects);
}

interface FontMap {
  bytes: number;
  map: Map<number, string>;
}

function fontMap(objects: Map<number, PdfObject>, ref: number): FontMap {
  const dict = objects.get(ref)?.dict ?? "";
  const toUnicode = /\/ToUnicode\s+(\d+)\s+0\s+R/.exec(dict);
  const cmap = toUnicode
    ? (objects.get(Number(toUnicode[1]))?.stream?.toString("latin1") ?? "")
    : "";
  const space = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(cmap);
  const bytes = space ? space[1].length / 2 : /\/Type0/.test(dict) ? 2 : 1;
  const map = new Map<number, string>();
  const hexText = (hex: string): string => {
    let s = "";
    for (let i = 0; i + 4 <= hex.length; i += 4)
      s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
    return s;
  };
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const p of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
      map.set(parseInt(p[1], 16), hexText(p[2]));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const p of block[1].matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g
    )) {
      const lo = parseInt(p[1], 16);
      const hi = parseInt(p[2], 16);
      if (p[3].startsWith("[")) {
        const items = [...p[3].matchAll(/<([0-9a-fA-F]+)>/g)];
        items.forEach((item, i) => map.set(lo + i, hexText(item[1])));
      } else {
        const base = hexText(p[3].slice(1, -1));
        for (let c = lo; c <= hi; c += 1)
          map.set(
            c,
            base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + c - lo)
          );
      }
    }
  return { bytes, map };
}

interface Drawn {
  text: string;
  /** Lines drawn outside the clip rectangle in force (a cell's text cut at its edge). */
  clipped: string[];
}

type Rect = [number, number, number, number]; // x0, y0, x1, y1

/**
 * Walks a content stream: the strings shown by Tj/TJ with the current font (a new line at
 * each text position), and each line's baseline against the clip rectangle in force.
 */
function drawnText(content: string, fontOf: (name: string) => FontMap | undefined): Drawn {
  let font: FontMap | undefined;
  let text = "";
  const clipped: string[] = [];
  let clip: Rect | null = null;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const saved: { clip: Rect | null; ctm: Matrix }[] = [];
  let pendingRect: Rect | null = null;
  let x = 0;
  let y = 0;
  let line = "";
  let lineAt: [number, number] = [0, 0];
  let lineClip: Rect | null = null;
  const endLine = (): void => {
    const [, py] = lineAt;
    if (line.trim() !== "" && lineClip && (py < lineClip[1] - 2 || py > lineClip[3] + 2))
      clipped.push(line);
    line = "";
  };
  const operands: string[] = [];
  const token =
    /\/[^\s/<>[\]()]+|<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)|\[|\]|[-+]?\d*\.?\d+|[A-Za-z'"*]+/g;
  let m: RegExpExecArray | null;
  while ((m = token.exec(content))) {
    const t = m[0];
    if (t === "[" || t === "]") continue;
    if (t.startsWith("<")) {
      const shown = decodeHex(t.slice(1, -1).replace(/\s+/g, ""), font);
      text += shown;
      line += shown;
      continue;
    }
    if (t.startsWith("(")) {
      const shown = decodeLiteral(t.slice(1, -1), font);
      text += shown;
      line += shown;
      continue;
    }
    if (/^[-+]?\d*\.?\d+$/.test(t) || t.startsWith("/")) {
      operands.push(t);
      continue;
    }
    const n = (k: number): number => Number(operands[operands.length - k]);
    switch (t) {
      case "Tf":
        font = fontOf(operands[operands.length - 2].slice(1));
        break;
      case "q":
        saved.push({ clip, ctm });
        break;
      case "Q": {
        const back = saved.pop();
        clip = back?.clip ?? null;
        ctm = back?.ctm ?? [1, 0, 0, 1, 0, 0];
        break;
      }
      case "cm":
        ctm = multiply([n(6), n(5), n(4), n(3), n(2), n(1)], ctm);
        break;
      case "re": {
        const a = apply(ctm, n(4), n(3));
        const b = apply(ctm, n(4) + n(2), n(3) + n(1));
        pendingRect = [
          Math.min(a[0], b[0]),
          Math.min(a[1], b[1]),
          Math.max(a[0], b[0]),
          Math.max(a[1], b[1]),
        ];
        break;
      }
      case "W":
      case "W*":
        if (pendingRect) clip = clip ? intersect(clip, pendingRect) : pendingRect;
        break;
      case "BT":
        x = 0;
        y = 0;
        break;
      case "Td":
      case "TD":
      case "Tm":
      case "T*":
      case "ET":
        endLine();
        if (!text.endsWith("\n")) text += "\n";
        if (t === "Td" || t === "TD") {
          x += n(2);
          y += n(1);
        }
        if (t === "Tm") {
          x = n(2);
          y = n(1);
        }
        lineAt = apply(ctm, x, y);
        lineClip = clip;
        break;
      default:
        break;
    }
    operands.length = 0;
  }
  endLine();
  return { text, clipped };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function intersect(a: Rect, b: Rect): Rect {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function decodeHex(hex: string, font: FontMap | undefined): string {
  const bytes = font?.bytes ?? 1;
  let s = "";
  for (let i = 0; i + bytes * 2 <= hex.length; i += bytes * 2) {
    const code = parseInt(hex.slice(i, i + bytes * 2), 16);
    s += font?.map.get(code) ?? String.fromCharCode(code);
  }
  return s;
}

function decodeLiteral(raw: string, font: FontMap | undefined): string {
  const codes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    if (raw[i] !== "\\") codes.push(raw.charCodeAt(i));
    else {
      const next = raw[i + 1];
      const octal = /^[0-7]{1,3}/.exec(raw.slice(i + 1));
      if (octal) {
        codes.push(parseInt(octal[0], 8));
        i += octal[0].length;
      } else {
        codes.push(({ n: 10, r: 13, t: 9 } as Record<string, number>)[next] ?? next.charCodeAt(0));
        i += 1;
      }
    }
  }
  const hex = codes.map((c) => c.toString(16).padStart(2, "0")).join("");
  return decodeHex(hex, font);
}
