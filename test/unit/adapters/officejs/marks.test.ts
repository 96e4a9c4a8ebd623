import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { MARK_FILL, MARK_PREFIX } from "../../../../src/adapters/officejs/marks";
import { MAX_PAYLOAD_BYTES } from "../../../../src/adapters/officejs/chunks";
import {
  CURRENT_EXCEL,
  CURRENT_EXCEL_NPM_SCRIPT,
  EXCEL_1_12,
  EXCEL_1_9,
  FakeExcel,
  type FakeHostDescription,
} from "../../../fakes/office";

function setup(host: FakeHostDescription = CURRENT_EXCEL) {
  const excel = new FakeExcel(host);
  const sheet = excel.addSheet("Педагоги", [
    ["ФИО", "Стаж"],
    ["Иванова", -3],
    ["Петров", 99],
    ["Сидорова", 5],
  ]);
  sheet.setFormat({ row: 2, col: 1, rows: 1, cols: 1 }, "fill.color", "#00FF00", 0);
  const workbook = new OfficeWorkbook(excel.run, {
    pause: () => Promise.resolve(),
    isSetSupported: excel.isSetSupported,
  });
  return { excel, sheet, workbook };
}

const marks = [
  { row: 1, col: 1, message: "Стаж не может быть отрицательным" },
  { row: 2, col: 1, message: "Стаж больше 70 лет" },
];

describe("markCells and clearMarks", () => {
  it("fills and annotates with notes, then restores the previous fills", async () => {
    const { excel, sheet, workbook } = setup();
    sheet.notes.set("B4", "заметка пользователя");
    const records = await workbook.markCells("Педагоги", [
      ...marks,
      { row: 3, col: 1, message: "чужая заметка" },
    ]);
    expect(excel.recorder.syncCount).toBe(2); // read fills + notes, then write
    expect(records).toEqual([
      { row: 1, col: 1, previousFill: null },
      { row: 2, col: 1, previousFill: "#00FF00" },
      { row: 3, col: 1, previousFill: null },
    ]);
    expect(sheet.formatAt(1, 1, "fill.color")).toBe(MARK_FILL);
    expect(sheet.notes.get("B2")).toBe(`${MARK_PREFIX}Стаж не может быть отрицательным`);
    expect(sheet.notes.get("B4")).toBe("заметка пользователя"); // never overwritten

    await workbook.clearMarks("Педагоги", records);
    expect(sheet.formatAt(1, 1, "fill.color")).toBeNull();
    expect(sheet.formatAt(2, 1, "fill.color")).toBe("#00FF00");
    expect([...sheet.notes.entries()]).toEqual([["B4", "заметка пользователя"]]);
    expect(sheet.cell(1, 1)).toEqual({ kind: "number", value: -3 }); // values untouched
  });

  it("marks a cell again by updating its own note", async () => {
    const { sheet, workbook } = setup();
    await workbook.markCells("Педагоги", marks);
    await workbook.markCells("Педагоги", [{ row: 1, col: 1, message: "новое" }]);
    expect(sheet.notes.get("B2")).toBe(`${MARK_PREFIX}новое`);
  });

  it("falls back to comments before ExcelApi 1.18", async () => {
    const { sheet, workbook } = setup(EXCEL_1_12);
    const records = await workbook.markCells("Педагоги", marks);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.comments.get("B3")).toBe(`${MARK_PREFIX}Стаж больше 70 лет`);
    await workbook.clearMarks("Педагоги", records);
    expect(sheet.comments.size).toBe(0);
  });

  it("marks with fills only where neither notes nor comments exist", async () => {
    const { sheet, workbook } = setup(EXCEL_1_9);
    await workbook.markCells("Педагоги", marks);
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
    expect(sheet.formatAt(2, 1, "fill.color")).toBe(MARK_FILL);
  });

  it("uses comments where Excel reports ExcelApi 1.18 but the loaded office.js has no notes", async () => {
    // Current Excel with the npm office.js 1.1.110 (scripts up to ExcelApi 1.15): issue 12.
    const { excel, sheet, workbook } = setup(CURRENT_EXCEL_NPM_SCRIPT);
    expect(excel.isSetSupported("ExcelApi", "1.18")).toBe(true); // what the host says
    const records = await workbook.markCells("Педагоги", marks);
    expect(sheet.notes.size).toBe(0);
    expect(sheet.comments.get("B2")).toBe(`${MARK_PREFIX}Стаж не может быть отрицательным`);
    expect(sheet.formatAt(1, 1, "fill.color")).toBe(MARK_FILL);
    await workbook.clearMarks("Педагоги", records);
    expect(sheet.comments.size).toBe(0);
    expect(sheet.formatAt(2, 1, "fill.color")).toBe("#00FF00");
  });

  it("uses fills only where the loaded office.js has neither notes nor comments", async () => {
    const { sheet, workbook } = setup({ excelApi: "1.20", scriptExcelApi: "1.9" });
    const records = await workbook.markCells("Педагоги", marks);
    expect(sheet.notes.size + sheet.comments.size).toBe(0);
    expect(sheet.formatAt(1, 1, "fill.color")).toBe(MARK_FILL);
    await workbook.clearMarks("Педагоги", records);
    expect(sheet.formatAt(1, 1, "fill.color")).toBeNull();
  });

  it("marks 20,000 cells over 50,000 rows in a bounded number of syncs within 4 MB", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Педагоги", [["ФИО"]]);
    const workbook = new OfficeWorkbook(excel.run, {
      pause: () => Promise.resolve(),
      isSetSupported: excel.isSetSupported,
    });
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      row: 1 + i * 2,
      col: (i * 7) % 42,
      message: "Ошибка",
    }));
    const records = await workbook.markCells("Педагоги", many);
    expect(records).toHaveLength(20_000);
    expect(excel.recorder.maxResponseBytes()).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    expect(excel.recorder.syncCount).toBeLessThanOrEqual(Math.ceil(20_000 / 2_000) + 1 + 30);
  });
});
