import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { MARK_FILL } from "../../../../src/adapters/exceljs/marks";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { reopened, saved } from "./helpers";

const teachers: SheetModel = {
  name: "Педагоги",
  headerRow: 0,
  cells: [
    ["Табельный номер", "ФИО", "Дата рождения"],
    ["0001", "Иванова Анна Петровна", "31.02.1980"],
    ["0002", "Петров Олег", null],
  ],
  tables: [{ name: "Педагоги", range: { row: 0, col: 0, rows: 3, cols: 3 } }],
  styles: [{ range: { row: 1, col: 1, rows: 2, cols: 1 }, style: { fill: "#FFF2CC" } }],
};

describe("ExcelJS adapter: marks", () => {
  it("marks cells with a red fill and a note, and clearMarks restores exactly what was there", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet(teachers);
    const loaded = await reopened(workbook);
    const records = await loaded.markCells("Педагоги", [
      { row: 1, col: 2, message: "Дата рождения «31.02.1980» не является датой" },
      { row: 1, col: 1, message: "ФИО: проверьте написание" },
      { row: 1, col: 1, message: "ФИО: второе замечание" },
    ]);
    expect(records).toEqual([
      { row: 1, col: 2, previousFill: null },
      { row: 1, col: 1, previousFill: "#FFF2CC" },
    ]);
    const marked = await saved(loaded);
    expect(marked.fillOf("Педагоги", "C2")).toBe(MARK_FILL);
    expect(marked.fillOf("Педагоги", "B2")).toBe(MARK_FILL);
    expect(marked.fillOf("Педагоги", "B3")).toBe("#FFF2CC"); // shared style untouched
    expect(marked.sheet("Педагоги").notes).toEqual({
      C2: "Дата рождения «31.02.1980» не является датой",
      B2: "ФИО: проверьте написание\nФИО: второе замечание",
    });
    // Notes and a table on one sheet: the parts must be in schema order for Excel.
    const order = marked.sheet("Педагоги").elementOrder;
    expect(order.indexOf("legacyDrawing")).toBeLessThan(order.indexOf("tableParts"));
    expect(await loaded.readSheet("Педагоги")).toEqual(await workbook.readSheet("Педагоги"));

    await loaded.clearMarks("Педагоги", records);
    const cleared = await saved(loaded);
    expect(cleared.fillOf("Педагоги", "C2")).toBeNull();
    expect(cleared.fillOf("Педагоги", "B2")).toBe("#FFF2CC");
    expect(cleared.sheet("Педагоги").notes).toEqual({});
    expect(cleared.sheet("Педагоги").values).toEqual(marked.sheet("Педагоги").values);
  });

  it("clears marks made in another session from the records alone", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet(teachers);
    const records = await workbook.markCells("Педагоги", [{ row: 2, col: 1, message: "Нет даты" }]);
    const later = await reopened(workbook);
    await later.clearMarks("Педагоги", records);
    const file = await saved(later);
    expect(file.fillOf("Педагоги", "B3")).toBe("#FFF2CC");
    expect(file.sheet("Педагоги").notes).toEqual({});
  });

  it("keeps a note the user wrote when the mark is cleared in the same session", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet(teachers);
    workbook.workbook.getWorksheet("Педагоги")!.getCell("A2").note = "Заметка завуча";
    const records = await workbook.markCells("Педагоги", [{ row: 1, col: 0, message: "Дубль" }]);
    await workbook.clearMarks("Педагоги", records);
    expect((await saved(workbook)).sheet("Педагоги").notes).toEqual({ A2: "Заметка завуча" });
  });
});
