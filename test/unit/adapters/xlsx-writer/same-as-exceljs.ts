/**
 * What a workbook shows once written, read back with ExcelJS: per sheet its
 * state, each cell's value and look, merges, validations, tables, conditional
 * formats, columns, frozen panes, printing and row heights. Two writers that
 * give equal pictures wrote the same workbook for a person opening it.
 */
import ExcelJS from "exceljs";

function valueOf(v: ExcelJS.CellValue): unknown {
  if (v instanceof Date) return v.toISOString();
  if (v && typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v) return { f: v.formula, r: v.result };
    if ("hyperlink" in v) return { text: v.text, link: v.hyperlink };
  }
  return v === "" ? null : v;
}

function lookOf(cell: ExcelJS.Cell): string {
  const s = cell.style ?? {};
  const f = s.font ?? {};
  const a = s.alignment ?? {};
  const fill = s.fill && s.fill.type === "pattern" ? s.fill.fgColor?.argb : undefined;
  return JSON.stringify([
    !!f.bold,
    !!f.italic,
    !!f.underline,
    f.size ?? 11,
    f.color?.argb ?? null,
    fill ?? null,
    cell.numFmt || "General",
    a.horizontal ?? null,
    a.vertical ?? null,
    !!a.wrapText,
    !!s.border?.top,
  ]);
}

const PLAIN = JSON.stringify([
  false,
  false,
  false,
  11,
  null,
  null,
  "General",
  null,
  null,
  false,
  false,
]);

const DEFAULT_WIDTHS = [9, 9.140625];

interface SheetInternals {
  _merges: Record<string, unknown>;
  dataValidations: { model: Record<string, ExcelJS.DataValidation> };
  tables: Record<
    string,
    { table: { name: string; tableRef?: string; ref?: string; columns: { name: string }[] } }
  >;
  conditionalFormattings: { ref: string; rules: unknown[] }[];
}

function sheetPicture(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const inner = sheet as unknown as SheetInternals;
  const cells: Record<string, unknown> = {};
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      const value = valueOf(cell.value);
      const look = lookOf(cell);
      if (value !== null || look !== PLAIN) {
        cells[cell.address] = [value, look];
      }
    });
  });
  const heights: Record<number, number> = {};
  sheet.eachRow((row, n) => {
    if (row.height) heights[n] = row.height;
  });
  const view = sheet.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  return {
    state: sheet.state,
    cells,
    heights,
    merges: Object.keys(inner._merges).sort(),
    validations: Object.entries(inner.dataValidations.model).sort(),
    tables: Object.values(inner.tables).map(({ table }) => [
      table.name,
      table.tableRef ?? table.ref,
      table.columns.map((c) => c.name),
    ]),
    conditional: inner.conditionalFormattings,
    // Default widths (ExcelJS leaves out 9, the new writer writes Excel's 9.140625) are alike.
    columns: (sheet.columns ?? []).map((c) => [
      DEFAULT_WIDTHS.includes(c.width ?? 0) ? undefined : c.width,
      c.numFmt ?? null,
    ]),
    frozen: view?.state === "frozen" ? [view.xSplit ?? 0, view.ySplit ?? 0] : null,
    page: [
      sheet.pageSetup.paperSize ?? null,
      sheet.pageSetup.orientation ?? "portrait",
      sheet.pageSetup.fitToPage ?? false,
      sheet.pageSetup.printArea ?? null,
      sheet.pageSetup.printTitlesRow ?? null,
      sheet.properties.tabColor ?? null,
    ],
  };
}

/** The whole workbook's picture, sheet by sheet in tab order. */
export async function pictureOf(data: Uint8Array): Promise<[string, Record<string, unknown>][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((s) => [s.name, sheetPicture(s)]);
}
