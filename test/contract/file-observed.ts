/**
 * A saved .xlsx seen from outside the adapter that wrote it: features by the independent
 * inspector (JSZip and regular expressions), values by XlsxReadOnlyWorkbook.
 */
import { LIST_SHEET } from "../../src/adapters/ooxml/formats";
import { XlsxReadOnlyWorkbook } from "../../src/adapters/xlsx-reader/workbook";
import type { Grid } from "../../src/core/model";
import { attrs, decode, inspectXlsx, type InspectedWorkbook } from "../support/xlsx-inspect";
import {
  bound,
  firstCell,
  serialValues,
  type Observed,
  type ObservedSheet,
  type ObservedValidation,
  type Visibility,
} from "./observed";

const PAPER: Record<string, string> = { "9": "A4", "8": "A3", "1": "Letter" };

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "$A$1:$A$40" → [row, col, rows] of a one-column range. */
function listRange(ref: string): { col: number; row: number; rows: number } {
  const m = /^\$?([A-Z]+)\$?(\d+):\$?[A-Z]+\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a list range: ${ref}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) - 1, rows: Number(m[3]) - Number(m[2]) + 1 };
}

function listValues(formula: string, lists: Grid | null): string[] {
  if (formula.startsWith('"')) return formula.slice(1, -1).split(",");
  const ref = formula.replace(/^'?[^!]*'?!/, "");
  const { col, row, rows } = listRange(ref);
  if (!lists) throw new Error(`${LIST_SHEET} is missing for ${formula}`);
  return lists.slice(row, row + rows).map((r) => String(r[col]));
}

function page(file: InspectedWorkbook, name: string, index: number) {
  const xml = file.sheet(name).xml;
  const setup = attrs(/<pageSetup\b[^>]*>/.exec(xml)?.[0] ?? "");
  const defined = (what: string) =>
    file.definedNames.find((d) => d.name === what && d.localSheetId === String(index))?.value;
  const local = (value: string | undefined) => (value ? value.replace(/^.*!/, "") : null);
  const area = local(defined("_xlnm.Print_Area"));
  const titles = (defined("_xlnm.Print_Titles") ?? "")
    .split(",")
    .map((t) => local(t) ?? "")
    .filter((t) => t !== "");
  const footer = /<oddFooter>([\s\S]*?)<\/oddFooter>/.exec(xml);
  const margins = attrs(/<pageMargins\b[^>]*>/.exec(xml)?.[0] ?? "");
  return {
    orientation: (setup.orientation as "landscape" | "portrait" | undefined) ?? null,
    paper: setup.paperSize ? (PAPER[setup.paperSize] ?? setup.paperSize) : null,
    fitToWidth: setup.fitToWidth === "1" && /<pageSetUpPr fitToPage="1"\/>/.test(xml),
    printArea: area ? area.replace(/\$/g, "") : null,
    repeatRows: titles.find((t) => /^\$\d+:\$\d+$/.test(t)) ?? null,
    repeatCols: titles.find((t) => /^\$[A-Z]+:\$[A-Z]+$/.test(t)) ?? null,
    footer: footer ? decode(footer[1]) : null,
    centered: /<printOptions\b[^>]*horizontalCentered="1"/.test(xml),
    rowBreaks: [...xml.matchAll(/<brk\b[^>]*\bid="(\d+)"/g)].map((b) => `A${Number(b[1]) + 1}`),
    leftMarginInches: margins.left === undefined ? null : Number(margins.left),
  };
}

function widths(xml: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of xml.matchAll(/<col\b[^>]*>/g)) {
    const a = attrs(m[0]);
    if (a.customWidth !== "1" && a.width === undefined) continue;
    for (let c = Number(a.min); c <= Number(a.max); c++) out.set(c - 1, Number(a.width));
  }
  return out;
}

export async function observeFile(bytes: Uint8Array): Promise<Observed> {
  const file = await inspectXlsx(bytes);
  const reader = XlsxReadOnlyWorkbook.open(bytes);
  const names = file.sheets.map((s) => s.name);
  const lists = names.includes(LIST_SHEET) ? await reader.readSheet(LIST_SHEET) : null;
  const sheets = new Map<string, ObservedSheet>();
  for (const [index, s] of file.sheets.entries()) {
    const values = serialValues(await reader.readSheet(s.name));
    const width = widths(s.xml);
    const validations = s.validations.map((v): ObservedValidation => ({
      ref: v.sqref,
      kind: v.type ?? "",
      list: v.type === "list" && v.formula1 ? listValues(v.formula1, lists) : null,
      bounds: v.type === "list" ? [null, null] : [bound(v.formula1), bound(v.formula2)],
      refuses: v.showErrorMessage,
    }));
    const tab = attrs(/<tabColor\b[^>]*>/.exec(s.xml)?.[0] ?? "").rgb;
    sheets.set(s.name, {
      values,
      formula: (a1) => s.formulas[a1] ?? null,
      isText: (a1) => ["s", "inlineStr"].includes(s.types[a1]) && s.formulas[a1] === undefined,
      visibility: s.state as Visibility,
      freeze: { rows: s.freeze?.ySplit ?? 0, cols: s.freeze?.xSplit ?? 0 },
      columnWidth: (col) => width.get(col) ?? null,
      merges: s.merges,
      tables: s.tables.map((t) => t.ref),
      validations,
      conditionalEquals: s.conditionalRules.map(
        (r) => /<formula>"(.*)"<\/formula>/.exec(decode(r))?.[1] ?? r
      ),
      hyperlinks: s.hyperlinks.map(
        (h) => `${h.ref} → ${h.location ? firstCell(h.location) : "(внешняя)"}`
      ),
      charts: s.charts.map((c) => ({
        kind: c.barDir === "bar" ? "bar" : "column",
        title: c.title,
      })),
      page: page(file, s.name, index),
      tabColor: tab ? `#${tab.slice(2)}` : null,
      numberFormat: (a1) => file.numberFormatOf(s.name, a1),
      note: (a1) => s.notes[a1] ?? null,
      fill: (a1) => file.fillOf(s.name, a1),
    });
  }
  return {
    sheetNames: names,
    sheet(name) {
      const s = sheets.get(name);
      if (!s) throw new Error(`no sheet ${name} in ${names.join(", ")}`);
      return s;
    },
  };
}
