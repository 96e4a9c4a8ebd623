import ExcelJS from "exceljs";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { chartSheet } from "../../../contract/feature-model";
import { reopened, saved, WRITERS } from "./helpers";

describe.each(WRITERS)("%s: charts", (_writer, create) => {
  it("adds chart and drawing parts linked from the sheet, with content types", async () => {
    const workbook = create();
    await workbook.writeSheet(chartSheet);
    await workbook.writeSheet({ name: "Без диаграмм", cells: [["x"]] });
    const file = await saved(workbook);
    const s = file.sheet("Сводка");
    expect(s.drawing).toBe(true);
    expect(s.charts).toEqual([
      expect.objectContaining({
        barDir: "bar",
        title: "Показатели по ОО, %",
        refs: [
          "'Сводка'!$A$2:$A$4",
          "'Сводка'!$B$2:$B$4",
          "'Сводка'!$A$2:$A$4",
          "'Сводка'!$C$2:$C$4",
        ],
      }),
      expect.objectContaining({ barDir: "col", title: "Курсы" }),
    ]);
    expect(file.sheet("Без диаграмм").drawing).toBe(false);
    for (const chart of s.charts) {
      expect(file.contentTypes).toContain(`PartName="/${chart.path}"`);
    }
    expect(file.contentTypes).toContain('PartName="/xl/drawings/drawing1.xml"');
    const order = s.elementOrder;
    expect(order.indexOf("drawing")).toBeGreaterThan(order.indexOf("pageSetup"));
    const chartXml = (await file.zip.file(s.charts[0].path)!.async("string")) ?? "";
    expect(chartXml).toContain("<c:v>Наставничество</c:v>");
    expect(chartXml).toContain("<c:v>40</c:v>");
  });

  it("saves a workbook whose charts re-open in ExcelJS with the data intact", async () => {
    const workbook = create();
    await workbook.writeSheet(chartSheet);
    const loaded = await reopened(workbook);
    expect(await loaded.readSheet("Сводка")).toEqual(await workbook.readSheet("Сводка"));
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(plain.getWorksheet("Сводка")?.getCell("A4").value).toBe("Наставничество");
  });
});

describe("ExcelJS adapter: charts next to notes", () => {
  it("adds charts to a sheet that has a table and notes, keeping the schema order", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet({
      ...chartSheet,
      tables: [{ name: "Сводка", range: { row: 0, col: 0, rows: 4, cols: 3 } }],
    });
    await workbook.markCells("Сводка", [{ row: 1, col: 1, message: "Проверьте" }]);
    const s = (await saved(workbook)).sheet("Сводка");
    const order = s.elementOrder;
    expect(order.indexOf("drawing")).toBeLessThan(order.indexOf("legacyDrawing"));
    expect(order.indexOf("legacyDrawing")).toBeLessThan(order.indexOf("tableParts"));
    expect(s.charts).toHaveLength(2);
  });
});
