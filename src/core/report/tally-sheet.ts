/**
 * `Счётчики показателей`: the hidden sheet the live `Сводка` formulas read. One row
 * per ОО (as the engine scoped it), and for each indicator of the profile whose
 * figures are sums its contribution as the engine summed it: numerator and
 * denominator (shares, school majorities, school flags, staffing), or a count.
 * An ОО that could not give a figure has empty cells (the engine leaves it out).
 * ~100 columns × 1,500 rows of small numbers: well under a megabyte as Excel
 * passes it to a custom function (docs/decisions/functions.md).
 */
import { catalogEntry } from "../indicators/catalog";
import { tallyShape, type Partial } from "../indicators/partials";
import { TALLIES, tallyHeader } from "../schema/municipality";
import { rangeA1, sheetReference } from "../text/a1";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { reportContext } from "./context";
import { HEADER_STYLE } from "./kit";
import type { ReportInput } from "./types";

export interface TallyColumn {
  code: string;
  shape: "ratio" | "count";
}

/** The profile's codes the tally carries: catalog codes (the functions know them) with sums. */
export function tallyColumns(input: ReportInput): TallyColumn[] {
  if (!input.tallies) return [];
  const ctx = reportContext(input);
  const out: TallyColumn[] = [];
  for (const code of ctx.codes) {
    const entry = catalogEntry(code);
    const shape = entry ? tallyShape(entry.measure.kind) : null;
    if (shape && input.tallies.partials.has(code)) out.push({ code, shape });
  }
  return out;
}

function width(columns: readonly TallyColumn[]): number {
  return 1 + columns.reduce((n, c) => n + (c.shape === "ratio" ? 2 : 1), 0);
}

/** The absolute address of the whole tally table, e.g. 'Счётчики показателей'!$A$1:$DK$1501. */
export function tallyRange(input: ReportInput): string | null {
  const columns = tallyColumns(input);
  if (!input.tallies || columns.length === 0) return null;
  const rows = Math.max(1, input.tallies.scopes.length) + 1;
  const range = { row: 0, col: 0, rows, cols: width(columns) };
  return sheetReference(TALLIES.name, rangeA1(range, { absolute: true }));
}

function partialCells(p: Partial, shape: "ratio" | "count"): OutCell[] {
  if (shape === "count") return [p !== null && "count" in p ? p.count : null];
  return p !== null && "num" in p ? [p.num, p.den] : [null, null];
}

export function tallySheet(input: ReportInput): SheetModel | null {
  const columns = tallyColumns(input);
  const tallies = input.tallies;
  if (!tallies || columns.length === 0) return null;
  const header: OutCell[] = [TALLIES.keyHeader];
  for (const c of columns) {
    if (c.shape === "count") header.push(tallyHeader(c.code, "count"));
    else header.push(tallyHeader(c.code, "numerator"), tallyHeader(c.code, "denominator"));
  }
  const byCode = columns.map((c) => tallies.partials.get(c.code)!);
  const rows: OutCell[][] = tallies.scopes.map((scope, i) => {
    const row: OutCell[] = [scope];
    columns.forEach((c, k) => {
      for (const cell of partialCells(byCode[k][i], c.shape)) row.push(cell);
    });
    return row;
  });
  return {
    name: TALLIES.name,
    cells: [header, ...rows],
    headerRow: 0,
    styles: [{ range: { row: 0, col: 0, rows: 1, cols: header.length }, style: HEADER_STYLE }],
    visibility: "hidden",
  };
}
