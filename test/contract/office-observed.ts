/**
 * What the Office.js adapter left in Excel, seen in the fake's state (test/fakes/office):
 * cells, formats, tables, validation rules, charts and page layout as Excel would hold them.
 */
import type { CellValue } from "../../src/core/model";
import type { FakeExcel } from "../fakes/office";
import { a1, parseAddress, type SheetState } from "../fakes/office/state";
import { bound, firstCell, type Observed, type ObservedSheet, type Visibility } from "./observed";

/** Points back to characters: Excel's n × 7 + 5 pixels, 0.75 pt a pixel. */
const characters = (points: number) => Math.round((points / 0.75 - 5) / 7);

function at(address: string): { row: number; col: number } {
  const box = parseAddress(address);
  return { row: box.row, col: box.col };
}

function values(sheet: SheetState): CellValue[][] {
  const box = sheet.usedBox();
  if (!box) return [];
  return Array.from({ length: box.row + box.rows }, (_, r) =>
    Array.from({ length: box.col + box.cols }, (_, c): CellValue => {
      const cell = sheet.cell(r, c);
      if (!cell || cell.kind === "formula") return null;
      return cell.value;
    })
  );
}

function listOf(excel: FakeExcel, source: string): string[] {
  if (!source.startsWith("=")) return source.split(",");
  const [sheetPart, ref] = source.slice(1).split("!");
  const lists = excel.sheet(sheetPart.replace(/^'|'$/g, "").replace(/''/g, "'"));
  const box = parseAddress(ref);
  return Array.from({ length: box.rows }, (_, i) => {
    const cell = lists.cell(box.row + i, box.col);
    return cell && cell.kind !== "formula" ? String(cell.value) : "";
  });
}

function observeSheet(excel: FakeExcel, sheet: SheetState): ObservedSheet {
  const layout = sheet.pageLayout as {
    orientation?: string;
    paperSize?: string;
    zoom?: { horizontalFitToPages?: number };
    printArea?: string;
    printTitleRows?: string;
    printTitleColumns?: string;
    leftFooter?: string;
    centerFooter?: string;
    rightFooter?: string;
    centerHorizontally?: boolean;
    rowBreaks?: string[];
    leftMargin?: number;
  };
  const visibility = (sheet.visibility.charAt(0).toLowerCase() +
    sheet.visibility.slice(1)) as Visibility;
  return {
    values: values(sheet),
    formula(address) {
      const { row, col } = at(address);
      const cell = sheet.cell(row, col);
      return cell?.kind === "formula" ? cell.formula.replace(/^=/, "") : null;
    },
    isText(address) {
      const { row, col } = at(address);
      return sheet.cell(row, col)?.kind === "text";
    },
    visibility,
    freeze: { ...sheet.freeze },
    columnWidth(col) {
      const points = sheet.columnWidths.get(col);
      return points === undefined ? null : characters(points);
    },
    merges: sheet.merges.map(a1),
    tables: sheet.tables.map((t) => a1(t.box)),
    validations: sheet.validations.map((v) => {
      const rule = (v.rule ?? {}) as Record<
        string,
        { source?: string; formula1?: unknown; formula2?: unknown }
      >;
      const kind = Object.keys(rule)[0] ?? "";
      const list = kind === "list" ? listOf(excel, String(rule.list.source)) : null;
      const kinds: Record<string, string> = { wholeNumber: "whole", decimal: "decimal" };
      const bounds: [string | null, string | null] =
        kind === "list" ? [null, null] : [bound(rule[kind].formula1), bound(rule[kind].formula2)];
      const refuses = v.errorAlert?.showAlert === true && v.errorAlert.style === "Stop";
      return { ref: a1(v.box), kind: kinds[kind] ?? kind, list, bounds, refuses };
    }),
    conditionalEquals: sheet.conditionalFormats.map((f) => {
      const formula = String((f.rule as { formula1?: string } | undefined)?.formula1 ?? "");
      return formula.replace(/^="?|"$/g, "");
    }),
    hyperlinks: [...sheet.hyperlinks.entries()].map(
      ([cell, link]) => `${cell} → ${firstCell(String(link.documentReference))}`
    ),
    charts: sheet.charts.map((c) => ({
      kind: c.type.startsWith("Bar") ? "bar" : "column",
      title: c.title,
    })),
    page: {
      orientation: layout.orientation
        ? (layout.orientation.toLowerCase() as "landscape" | "portrait")
        : null,
      paper: layout.paperSize ?? null,
      fitToWidth: layout.zoom?.horizontalFitToPages === 1,
      printArea: layout.printArea ?? null,
      repeatRows: layout.printTitleRows ?? null,
      repeatCols: layout.printTitleColumns ?? null,
      footer: footerOf(layout),
      centered: layout.centerHorizontally === true,
      rowBreaks: layout.rowBreaks ?? [],
      leftMarginInches: layout.leftMargin === undefined ? null : layout.leftMargin / 72,
    },
    tabColor: sheet.tabColor || null,
    numberFormat(address) {
      const { row, col } = at(address);
      const format = sheet.formatAt(row, col, "numberFormat");
      return typeof format === "string" ? format : "General";
    },
    note(address) {
      return sheet.notes.get(address) ?? sheet.comments.get(address) ?? null;
    },
    fill(address) {
      const { row, col } = at(address);
      const fill = sheet.formatAt(row, col, "fill.color");
      return typeof fill === "string" ? fill : null;
    },
  };
}

export function observeOffice(excel: FakeExcel): Observed {
  return {
    sheetNames: excel.book.sheets.map((s) => s.name),
    sheet: (name) => observeSheet(excel, excel.sheet(name)),
  };
}

/** The footer in Excel's one-string form, as the file writers keep it. */
function footerOf(layout: { leftFooter?: string; centerFooter?: string; rightFooter?: string }) {
  const text =
    (layout.leftFooter ? `&L${layout.leftFooter}` : "") +
    (layout.centerFooter ? `&C${layout.centerFooter}` : "") +
    (layout.rightFooter ? `&R${layout.rightFooter}` : "");
  return text === "" ? null : text;
}
