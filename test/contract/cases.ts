/**
 * The port contract: one table of cases, each a few sheet models written through the port and
 * what must then be seen in the workbook. Every adapter runs the same table
 * (test/contract/*.test.ts); a case an adapter does not support says so in the table.
 */
import { LIST_SHEET } from "../../src/adapters/ooxml/formats";
import type { SheetModel } from "../../src/port/sheet-model";
import type { WorkbookPort } from "../../src/port/workbook-port";
import { FEATURE_SHEETS, longList, printSheet } from "./feature-model";
import type { ContractAdapter, Observed } from "./observed";

export interface ContractCase {
  title: string;
  /** Only where the adapter can (validation marks need an opened workbook). */
  needs?: "marks";
  write(port: WorkbookPort): Promise<void>;
  check(seen: Observed, adapter: ContractAdapter): void;
}

const utcSerial = (y: number, m: number, d: number) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

async function writeAll(port: WorkbookPort, sheets: readonly SheetModel[]): Promise<void> {
  for (const sheet of sheets) await port.writeSheet(sheet);
}

const LOOKALIKES = ["007", "-5", "12.05.2024", "ИСТИНА", "1e3", "=СУММ(A1)", "+7 900", "@почта"];
const textSheet: SheetModel = { name: "Текст", cells: [LOOKALIKES, [42, false, null, "x"]] };

const tableSheet: SheetModel = {
  name: "Таблица",
  cells: [
    ["Код", "Дата"],
    ["1", new Date(Date.UTC(2024, 0, 1))],
    [null, null],
  ],
  tables: [{ name: "Т", range: { row: 0, col: 0, rows: 3, cols: 2 } }],
};

export const CONTRACT_CASES: ContractCase[] = [
  {
    title: "values keep their types; text that looks like a number, date or formula stays text",
    write: (port) => writeAll(port, [...FEATURE_SHEETS, textSheet]),
    check(seen) {
      const t = seen.sheet("Текст");
      expect(t.values[0]).toEqual(LOOKALIKES);
      LOOKALIKES.forEach((_, c) => expect(t.isText(`${"ABCDEFGH"[c]}1`)).toBe(true));
      expect(t.values[1].slice(0, 4)).toEqual([42, false, null, "x"]);
      const s = seen.sheet("Всё сразу");
      expect([s.values[2][0], s.values[3][0], s.values[4][0], s.values[5][0]]).toEqual([
        "=СУММ(A1)",
        "+7 900",
        "@почта",
        "-",
      ]);
      expect(s.values.map((row) => row[1]).slice(2)).toEqual([1.5, -2, 0, true]);
      expect(s.values[4][4]).toBe(7);
    },
  },
  {
    title: "dates are written as dates (serial days)",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      const s = seen.sheet("Всё сразу");
      expect(s.values[2][2]).toBe(utcSerial(2024, 2, 29));
      expect(s.values[4][2]).toBe(utcSerial(1999, 12, 31));
    },
  },
  {
    title: "formulas are formulas, with their cached results where the file keeps them",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen, adapter) {
      const s = seen.sheet("Всё сразу");
      expect([s.formula("D3"), s.formula("D4"), s.formula("D6")]).toEqual([
        "B3*2",
        "B4<0",
        'A5&"!"',
      ]);
      expect(s.formula("A3")).toBeNull();
      if (adapter.writesFile) expect([s.values[2][3], s.values[5][3]]).toEqual([3, "текст"]);
      const chart = seen.sheet("Сводка");
      expect(chart.formula("B4")).toBe("B3/2");
    },
  },
  {
    title: "tables, list and other validation, conditional formats",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      const s = seen.sheet("Всё сразу");
      expect(s.tables).toEqual(["A2:E6"]);
      expect(s.validations.map((v) => [v.ref, v.kind])).toEqual([
        ["A3:A12", "list"],
        ["B3:B12", "list"],
        ["C3:C12", "date"],
        ["D3:D12", "whole"],
        ["E3:E12", "textLength"],
      ]);
      expect(s.validations[0].list).toEqual(["Да", "Нет"]);
      expect(s.validations[1].list).toEqual(longList);
      expect(s.validations.slice(2).map((v) => v.bounds)).toEqual([
        [String(utcSerial(2020, 1, 1)), String(utcSerial(2030, 12, 31))],
        ["0", null],
        ["20", null],
      ]);
      // Excel refuses a value only where the model gives an error message; the rest only suggest.
      expect(s.validations.map((v) => v.refuses)).toEqual([false, true, false, false, false]);
      expect(s.conditionalEquals).toEqual(["-"]);
    },
  },
  {
    title: "hyperlinks lead to a cell of another sheet",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      expect(seen.sheet("Всё сразу").hyperlinks).toEqual(["E3 → 'Сводка'!A1", "E4 → 'Сводка'!B2"]);
    },
  },
  {
    title: "charts with their kind and title",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      expect(seen.sheet("Сводка").charts).toEqual([
        { kind: "bar", title: "Показатели по ОО, %" },
        { kind: "column", title: "Курсы" },
      ]);
    },
  },
  {
    title: "page setup: A4 landscape, one page wide, print area and repeated rows",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      expect(seen.sheet("Всё сразу").page).toMatchObject({
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        printArea: "A1:E6",
        repeatRows: "$2:$2",
        repeatCols: null,
        footer: null,
        centered: false,
        rowBreaks: [],
      });
    },
  },
  {
    title: "print: key columns and header repeated, margins, numbered footer, a page break",
    write: (port) => writeAll(port, [printSheet]),
    check(seen) {
      expect(seen.sheet("Печать").page).toEqual({
        orientation: "landscape",
        paper: "A4",
        fitToWidth: false,
        printArea: null,
        repeatRows: "$1:$1",
        repeatCols: "$A:$B",
        footer: "&L&A&RСтраница &P из &N",
        centered: true,
        rowBreaks: ["A2"],
        leftMarginInches: 0.5,
      });
    },
  },
  {
    title: "hidden and very hidden sheets, in the order written",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      const names = seen.sheetNames.filter((n) => n !== LIST_SHEET);
      expect(names).toEqual(["Служебный", "Всё сразу", "Сводка", "Скрытый"]);
      expect(names.map((n) => seen.sheet(n).visibility)).toEqual([
        "veryHidden",
        "visible",
        "visible",
        "hidden",
      ]);
      expect(seen.sheet(LIST_SHEET).visibility).toBe("veryHidden");
    },
  },
  {
    title: "frozen panes, merges, column widths, number formats, fills and the tab colour",
    write: (port) => writeAll(port, FEATURE_SHEETS),
    check(seen) {
      const s = seen.sheet("Всё сразу");
      expect(s.freeze).toEqual({ rows: 2, cols: 1 });
      expect(s.merges).toEqual(["A1:E1"]);
      expect([s.columnWidth(0), s.columnWidth(1)]).toEqual([30, 10]);
      expect(s.values[0]).toEqual(["Заголовок листа", null, null, null, null]);
      expect([s.numberFormat("C3"), s.numberFormat("B4")]).toEqual(["dd.mm.yyyy", "0.00"]);
      expect([s.fill("B2"), s.fill("B3")]).toEqual(["#D9E1F2", null]);
      expect(s.tabColor).toBe("#C00000");
    },
  },
  {
    title: "appended rows go below the last value, inside the table",
    async write(port) {
      await port.writeSheet(tableSheet);
      await port.appendRows("Таблица", [
        ["2", new Date(Date.UTC(2024, 1, 1))],
        ["3", null],
      ]);
    },
    check(seen, adapter) {
      const s = seen.sheet("Таблица");
      expect(s.values).toEqual([
        ["Код", "Дата"],
        ["1", utcSerial(2024, 1, 1)],
        ["2", utcSerial(2024, 2, 1)],
        ["3", null],
      ]);
      expect(s.tables).toEqual([adapter.writesFile ? "A1:B4" : "A1:B3"]);
    },
  },
  {
    title: "a sheet written again is replaced in its tab, its old content gone",
    async write(port) {
      await writeAll(port, [
        { name: "Первый", cells: [["1"]] },
        FEATURE_SHEETS[1],
        { name: "Третий", cells: [["3"]] },
        { name: "Всё сразу", cells: [["новое"]] },
      ]);
    },
    check(seen) {
      expect(seen.sheetNames.filter((n) => n !== LIST_SHEET)).toEqual([
        "Первый",
        "Всё сразу",
        "Третий",
      ]);
      const s = seen.sheet("Всё сразу");
      expect(s.values).toEqual([["новое"]]);
      expect([s.merges, s.tables, s.hyperlinks]).toEqual([[], [], []]);
    },
  },
  {
    title: "validation marks: a note and a fill, and clearing them restores the cell",
    needs: "marks",
    async write(port) {
      await port.writeSheet({
        name: "Педагоги",
        cells: [
          ["ФИО", "Стаж"],
          ["Иванова", -1],
        ],
      });
      const records = await port.markCells("Педагоги", [
        { row: 1, col: 1, message: "Стаж не может быть отрицательным" },
      ]);
      await port.writeSheet({ name: "Второй", cells: [["x"]] });
      const again = await port.markCells("Второй", [{ row: 0, col: 0, message: "снять" }]);
      await port.clearMarks("Второй", again);
      expect(records).toEqual([{ row: 1, col: 1, previousFill: null }]);
    },
    check(seen) {
      const s = seen.sheet("Педагоги");
      expect(s.note("B2")).toContain("Стаж не может быть отрицательным");
      expect(s.fill("B2")).toBe("#FFC7CE");
      expect(s.values[1]).toEqual(["Иванова", -1]);
      const cleared = seen.sheet("Второй");
      expect([cleared.note("A1"), cleared.fill("A1")]).toEqual([null, null]);
    },
  },
];

/** Runs every case of the table against one adapter. */
export function describeContract(name: string, adapter: ContractAdapter): void {
  describe(`${name}: the workbook port contract`, () => {
    for (const c of CONTRACT_CASES.filter((x) => x.needs !== "marks" || adapter.marks)) {
      it(c.title, async () => {
        const port = await adapter.create();
        await c.write(port);
        c.check(await adapter.observe(port), adapter);
      });
    }
    if (!adapter.marks) {
      it("refuses validation marks with a Russian message", async () => {
        const port = await adapter.create();
        await port.writeSheet({ name: "А", cells: [["1"]] });
        const russian = /^[^a-z]*[а-яё][^]*(книг|надстройк)/i;
        await expect(port.markCells("А", [{ row: 0, col: 0, message: "x" }])).rejects.toThrow(
          russian
        );
        await expect(port.clearMarks("А", [])).rejects.toThrow(russian);
      });
    }
  });
}
