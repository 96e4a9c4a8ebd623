/**
 * An independent look into a saved .xlsx: JSZip and regular expressions over
 * the XML, no ExcelJS, so tests of the ExcelJS adapter check what was really
 * written rather than what ExcelJS reads back.
 */
import JSZip from "jszip";

export type RawValue = string | number | boolean | null;

export interface InspectedTable {
  name: string;
  ref: string;
  headers: string[];
  totalsRowCount: number;
  totalsRowShown: string | null;
  autoFilterRef: string | null;
  hiddenButtons: number;
  style: string | null;
}

export interface InspectedValidation {
  sqref: string;
  type: string | null;
  operator: string | null;
  formula1: string | null;
  formula2: string | null;
  allowBlank: boolean;
  promptTitle: string | null;
  prompt: string | null;
  errorTitle: string | null;
  error: string | null;
  /** Excel refuses other values only when this is on. */
  showErrorMessage: boolean;
}

export interface InspectedChart {
  path: string;
  barDir: string | null;
  title: string;
  refs: string[];
}

export interface InspectedSheet {
  name: string;
  state: string;
  path: string;
  /** Value by address ("A1"); shared strings resolved, numbers as numbers. */
  values: Record<string, RawValue>;
  /** The cell's t attribute ("s", "str", "inlineStr", "b", "e", or "n" when absent). */
  types: Record<string, string>;
  /** Formula text by address, for cells that hold a formula. */
  formulas: Record<string, string>;
  /** Style index (cellXfs) by address. */
  styleIds: Record<string, number>;
  tables: InspectedTable[];
  validations: InspectedValidation[];
  conditionalFormats: number;
  conditionalRules: string[];
  merges: string[];
  hyperlinks: Record<string, string>[];
  freeze: { xSplit: number; ySplit: number; topLeftCell: string | null } | null;
  drawing: boolean;
  charts: InspectedChart[];
  notes: Record<string, string>;
  /** Element names directly under <worksheet>, in file order (schema order checks). */
  elementOrder: string[];
  xml: string;
}

export interface InspectedWorkbook {
  sheets: InspectedSheet[];
  sheet(name: string): InspectedSheet;
  definedNames: { name: string; localSheetId: string | null; value: string }[];
  /** "#RRGGBB" of a cell's solid fill, null when none. */
  fillOf(sheet: string, address: string): string | null;
  numberFormatOf(sheet: string, address: string): string;
  contentTypes: string;
  files: string[];
  zip: JSZip;
}

export function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
    const named: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    if (named[e]) return named[e];
    return String.fromCodePoint(e.startsWith("#x") ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
  });
}

export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

function tags(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}\\b[^>]*>`, "g"))].map((m) => m[0]);
}

function elements(xml: string, name: string): string[] {
  const re = new RegExp(`<${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}

function texts(xml: string): string {
  return [...xml.matchAll(/<(?:a:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:a:)?t>/g)]
    .map((m) => decode(m[1]))
    .join("");
}

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  return parts.join("/");
}

function relsPath(path: string): string {
  const i = path.lastIndexOf("/");
  return `${path.slice(0, i)}/_rels/${path.slice(i + 1)}.rels`;
}

async function rels(zip: JSZip, path: string): Promise<Record<string, string>[]> {
  return tags(await text(zip, relsPath(path)), "Relationship").map(attrs);
}

function readCells(xml: string, shared: string[]) {
  const values: Record<string, RawValue> = {};
  const types: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const styleIds: Record<string, number> = {};
  for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attrs(m[1]);
    const body = m[2] ?? "";
    const t = a.t ?? "n";
    types[a.r] = t;
    if (a.s) styleIds[a.r] = Number(a.s);
    const f = /<f\b[^>]*?(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
    if (f) formulas[a.r] = decode(f[1] ?? "");
    const v = /<v>([\s\S]*?)<\/v>/.exec(body);
    const raw = v ? decode(v[1]) : null;
    if (t === "s") values[a.r] = raw === null ? null : shared[Number(raw)];
    else if (t === "inlineStr") values[a.r] = texts(body);
    else if (t === "b") values[a.r] = raw === null ? null : raw === "1";
    else if (t === "str" || t === "e") values[a.r] = raw;
    else values[a.r] = raw === null ? null : Number(raw);
  }
  return { values, types, formulas, styleIds };
}

async function readTables(zip: JSZip, path: string, sheetRels: Record<string, string>[]) {
  const tables: InspectedTable[] = [];
  for (const rel of sheetRels.filter((r) => r.Type.endsWith("/table"))) {
    const xml = await text(zip, resolve(path, rel.Target));
    const head = attrs(tags(xml, "table")[0] ?? "");
    const filter = tags(xml, "autoFilter")[0];
    tables.push({
      name: head.name,
      ref: head.ref,
      headers: tags(xml, "tableColumn").map((t) => attrs(t).name),
      totalsRowCount: Number(head.totalsRowCount ?? 0),
      totalsRowShown: head.totalsRowShown ?? null,
      autoFilterRef: filter ? attrs(filter).ref : null,
      hiddenButtons: tags(xml, "filterColumn").filter((t) => attrs(t).hiddenButton === "1").length,
      style: attrs(tags(xml, "tableStyleInfo")[0] ?? "").name ?? null,
    });
  }
  return tables;
}

function readValidations(xml: string): InspectedValidation[] {
  return elements(xml, "dataValidation").map((el) => {
    const a = attrs(/<dataValidation\b[^>]*>/.exec(el)?.[0] ?? "");
    const formula = (n: number) => {
      const m = new RegExp(`<formula${n}>([\\s\\S]*?)</formula${n}>`).exec(el);
      return m ? decode(m[1]) : null;
    };
    return {
      sqref: a.sqref,
      type: a.type ?? null,
      operator: a.operator ?? null,
      formula1: formula(1),
      formula2: formula(2),
      allowBlank: a.allowBlank === "1",
      promptTitle: a.promptTitle ?? null,
      prompt: a.prompt ?? null,
      errorTitle: a.errorTitle ?? null,
      error: a.error ?? null,
      showErrorMessage: a.showErrorMessage === "1",
    };
  });
}

async function readCharts(zip: JSZip, path: string, sheetRels: Record<string, string>[]) {
  const charts: InspectedChart[] = [];
  for (const rel of sheetRels.filter((r) => r.Type.endsWith("/drawing"))) {
    const drawingPath = resolve(path, rel.Target);
    for (const chartRel of (await rels(zip, drawingPath)).filter((r) =>
      r.Type.endsWith("/chart")
    )) {
      const chartPath = resolve(drawingPath, chartRel.Target);
      const xml = await text(zip, chartPath);
      const barDir = tags(xml, "c:barDir")[0];
      charts.push({
        path: chartPath,
        barDir: barDir ? attrs(barDir).val : null,
        title: texts(elements(xml, "c:title")[0] ?? ""),
        refs: [...xml.matchAll(/<c:f>([\s\S]*?)<\/c:f>/g)].map((m) => decode(m[1])),
      });
    }
  }
  return charts;
}

async function readNotes(zip: JSZip, path: string, sheetRels: Record<string, string>[]) {
  const notes: Record<string, string> = {};
  for (const rel of sheetRels.filter((r) => r.Type.endsWith("/comments"))) {
    const xml = await text(zip, resolve(path, rel.Target));
    for (const comment of elements(xml, "comment")) {
      notes[attrs(comment).ref] = texts(comment);
    }
  }
  return notes;
}

function readFreeze(xml: string) {
  const pane = tags(xml, "pane")[0];
  if (!pane) return null;
  const a = attrs(pane);
  if (a.state !== "frozen") return null;
  return {
    xSplit: Number(a.xSplit ?? 0),
    ySplit: Number(a.ySplit ?? 0),
    topLeftCell: a.topLeftCell ?? null,
  };
}

function elementOrder(xml: string): string[] {
  const body = xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "<sheetData/>");
  const root = /<worksheet\b[^>]*>([\s\S]*)<\/worksheet>/.exec(body)?.[1] ?? "";
  const order: string[] = [];
  let depth = 0;
  for (const m of root.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth -= 1;
    else {
      if (depth === 0) order.push(m[2]);
      if (!m[3]) depth += 1;
    }
  }
  return order;
}

async function readStyles(zip: JSZip) {
  const xml = await text(zip, "xl/styles.xml");
  const fills = elements(xml, "fill").map((f) => {
    const pattern = attrs(tags(f, "patternFill")[0] ?? "");
    const fg = tags(f, "fgColor")[0];
    const rgb = fg ? attrs(fg).rgb : undefined;
    return pattern.patternType === "solid" && rgb ? `#${rgb.slice(-6).toUpperCase()}` : null;
  });
  const numFmts = new Map<number, string>(
    tags(xml, "numFmt").map((t) => [Number(attrs(t).numFmtId), attrs(t).formatCode])
  );
  const cellXfs = /<cellXfs\b[\s\S]*?<\/cellXfs>/.exec(xml)?.[0] ?? "";
  const xfs = tags(cellXfs, "xf").map(attrs);
  return { fills, numFmts, xfs };
}

/** Number formats Excel knows by id (ECMA-376 18.8.30), the ones a test may meet. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  14: "mm-dd-yy",
  49: "@",
};

export async function inspectXlsx(data: Uint8Array | ArrayBuffer): Promise<InspectedWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const sharedXml = await text(zip, "xl/sharedStrings.xml");
  const shared = elements(sharedXml, "si").map(texts);
  const workbookXml = await text(zip, "xl/workbook.xml");
  const workbookRels = await rels(zip, "xl/workbook.xml");
  const sheets: InspectedSheet[] = [];
  for (const tag of tags(workbookXml, "sheet")) {
    const a = attrs(tag);
    const rel = workbookRels.find((r) => r.Id === a["r:id"]);
    const path = resolve("xl/workbook.xml", rel?.Target ?? "");
    const xml = await text(zip, path);
    const sheetRels = await rels(zip, path);
    const cf = elements(xml, "conditionalFormatting");
    sheets.push({
      name: a.name,
      state: a.state ?? "visible",
      path,
      ...readCells(xml, shared),
      tables: await readTables(zip, path, sheetRels),
      validations: readValidations(xml),
      conditionalFormats: cf.length,
      conditionalRules: cf.flatMap((el) => elements(el, "cfRule")),
      merges: tags(xml, "mergeCell").map((t) => attrs(t).ref),
      hyperlinks: tags(xml, "hyperlink").map(attrs),
      freeze: readFreeze(xml),
      drawing: /<drawing\b/.test(xml),
      charts: await readCharts(zip, path, sheetRels),
      notes: await readNotes(zip, path, sheetRels),
      elementOrder: elementOrder(xml),
      xml,
    });
  }
  const styles = await readStyles(zip);
  const xfOf = (sheet: string, address: string) => {
    const found = sheets.find((s) => s.name === sheet);
    const id = found?.styleIds[address];
    return id === undefined ? undefined : styles.xfs[id];
  };
  return {
    sheets,
    sheet(name) {
      const found = sheets.find((s) => s.name === name);
      if (!found) throw new Error(`no sheet ${name}`);
      return found;
    },
    definedNames: elements(workbookXml, "definedName").map((el) => ({
      name: attrs(el).name,
      localSheetId: attrs(el).localSheetId ?? null,
      value: decode(/>([\s\S]*?)</.exec(el)?.[1] ?? ""),
    })),
    fillOf(sheet, address) {
      const xf = xfOf(sheet, address);
      return xf ? (styles.fills[Number(xf.fillId ?? 0)] ?? null) : null;
    },
    numberFormatOf(sheet, address) {
      const xf = xfOf(sheet, address);
      const id = Number(xf?.numFmtId ?? 0);
      return styles.numFmts.get(id) ?? BUILTIN_FORMATS[id] ?? `builtin:${id}`;
    },
    contentTypes: await text(zip, "[Content_Types].xml"),
    files: Object.keys(zip.files),
    zip,
  };
}
