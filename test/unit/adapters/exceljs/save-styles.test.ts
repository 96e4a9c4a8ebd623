/** Saving shares equal style objects only while ExcelJS writes: each cell's style is its own again afterwards. */
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { inspectXlsx } from "../../../support/xlsx-inspect";

describe("style sharing during a save", () => {
  it("writes equal formats once, and a later change to one cell does not reach the others", async () => {
    const book = ExcelJsWorkbook.create();
    const rows = Array.from({ length: 200 }, (_, i) => [new Date(Date.UTC(2024, 0, 1 + i)), i]);
    await book.writeSheet({
      name: "Данные",
      cells: [["Дата", "Число"], ...rows],
      headerRow: 0,
      columns: [{ numberFormat: "0.0" }, { numberFormat: "0.00" }],
    });
    const first = await inspectXlsx(await book.toBuffer());
    const ids = new Set(
      Object.entries(first.sheet("Данные").styleIds)
        .filter(([a]) => a.startsWith("B") && a !== "B1")
        .map(([, id]) => id)
    );
    expect(ids.size).toBe(1);

    const sheet = book.workbook.getWorksheet("Данные")!;
    sheet.getCell("B5").numFmt = "0%";
    const second = await inspectXlsx(await book.toBuffer());
    expect(second.numberFormatOf("Данные", "B5")).toBe("0%");
    expect(second.numberFormatOf("Данные", "B6")).toBe("0.00");
    expect(second.numberFormatOf("Данные", "B200")).toBe("0.00");
  });
});
