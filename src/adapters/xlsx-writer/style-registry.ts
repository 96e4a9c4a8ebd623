/**
 * Cell formats of the whole workbook: each distinct combination of font,
 * fill, border, alignment and number format gets one cellXfs index. A cell's
 * format is built the way the ExcelJS adapter builds it (date format, then the
 * column's number format, then each style range in order, then the link look),
 * so both writers give a cell the same look. Layering is memoised per
 * (format, layer) pair: millions of cells cost a few map look-ups each.
 */
import type { CellStyle } from "../../port/sheet-model";
import { argbOf } from "../ooxml/colour";
import { excelNumberFormat } from "../ooxml/formats";
import { Interner } from "./interner";

/** One resolved cell format; absent fields are Excel's defaults. */
export interface Format {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string; // ARGB
  fill?: string; // ARGB
  numFmt?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  border?: boolean;
}

/** What one step of styling lays over a format. */
export type Layer =
  { kind: "numFmt"; numFmt: string } | { kind: "style"; style: CellStyle } | { kind: "link" };

const LINK_COLOR = "FF0563C1";

export function applyLayer(format: Format, layer: Layer): Format {
  const next: Format = { ...format };
  if (layer.kind === "numFmt") next.numFmt = layer.numFmt;
  else if (layer.kind === "link") {
    next.underline = true;
    next.color = format.color ?? LINK_COLOR;
  } else {
    const s = layer.style;
    if (s.bold !== undefined) next.bold = s.bold;
    if (s.italic !== undefined) next.italic = s.italic;
    if (s.fontSize !== undefined) next.size = s.fontSize;
    if (s.fontColor !== undefined) next.color = argbOf(s.fontColor);
    if (s.fill !== undefined) next.fill = argbOf(s.fill);
    if (s.numberFormat !== undefined) next.numFmt = excelNumberFormat(s.numberFormat);
    if (s.wrap !== undefined) next.wrap = s.wrap;
    if (s.hAlign !== undefined) next.hAlign = s.hAlign;
    if (s.vAlign !== undefined) next.vAlign = s.vAlign;
    if (s.border) next.border = true;
  }
  return next;
}

/** Excel's built-in number formats that need no <numFmt> entry. */
const BUILTIN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};

export class StyleRegistry {
  private readonly formats = new Interner<Format>(formatKey);
  private readonly layers = new Interner<Layer>((layer) => JSON.stringify(layer));
  private readonly memo = new Map<number, number>();

  constructor() {
    this.formats.id({});
  }

  /** The id of a layer, the same for equal layers. */
  layer(layer: Layer): number {
    return this.layers.id(layer);
  }

  /** The format `formatId` with layer `layerId` laid over it. */
  apply(formatId: number, layerId: number): number {
    const key = formatId * 1_048_576 + layerId;
    let id = this.memo.get(key);
    if (id === undefined) {
      id = this.formats.id(applyLayer(this.formats.items[formatId], this.layers.items[layerId]));
      this.memo.set(key, id);
    }
    return id;
  }

  get count(): number {
    return this.formats.items.length;
  }

  format(id: number): Format {
    return this.formats.items[id];
  }
}

function formatKey(f: Format): string {
  return JSON.stringify([
    f.bold,
    f.italic,
    f.underline,
    f.size,
    f.color,
    f.fill,
    f.numFmt,
    f.wrap,
    f.hAlign,
    f.vAlign,
    f.border,
  ]);
}

export function builtinFormatId(numFmt: string): number | undefined {
  return BUILTIN[numFmt];
}
