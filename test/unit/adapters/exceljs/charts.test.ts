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

/** `Динамика`: one series per indicator along a row, the periods as categories in the header row. */
const lineSheet = {
  name: "Динамика",
  headerRow: 0,
  cells: [
    ["Код", "2023/24", "2024/25", "2025/26"],
    ["DIAG", 20, 25.5, 31],
    ["IOM", 5, null, 12],
  ],
  charts: [
    {
      kind: "line" as const,
      title: "Доли, %",
      categories: { row: 0, col: 1, rows: 1, cols: 3 },
      series: [
        { name: "DIAG", values: { row: 1, col: 1, rows: 1, cols: 3 } },
        { name: "IOM", values: { row: 2, col: 1, rows: 1, cols: 3 } },
      ],
      anchor: { row: 4, col: 0, rows: 15, cols: 8 },
    },
  ],
};

describe.each(WRITERS)("%s: line charts", (_writer, create) => {
  it("writes a line chart with markers whose series run along rows, with cached values", async () => {
    const workbook = create();
    await workbook.writeSheet(lineSheet);
    const file = await saved(workbook);
    const s = file.sheet("Динамика");
    expect(s.charts).toHaveLength(1);
    const xml = (await file.zip.file(s.charts[0].path)!.async("string")) ?? "";
    expect(xml).toContain('<c:lineChart><c:grouping val="standard"/>');
    expect(xml).not.toContain("<c:barChart>");
    expect(xml).not.toContain("invertIfNegative");
    expect(xml).toContain('<c:marker><c:symbol val="circle"/>');
    expect(xml).toContain("<c:f>&apos;Динамика&apos;!$B$1:$D$1</c:f>");
    expect(xml).toContain("<c:f>&apos;Динамика&apos;!$B$2:$D$2</c:f>");
    expect(xml).toContain('<c:pt idx="0"><c:v>2023/24</c:v></c:pt>');
    expect(xml).toContain('<c:pt idx="1"><c:v>25.5</c:v></c:pt>');
    // CT_LineSer order: tx, marker, cat, val, smooth.
    const ser = xml.slice(xml.indexOf("<c:ser>"), xml.indexOf("</c:ser>"));
    const at = (tag: string) => ser.indexOf(tag);
    expect(at("<c:tx>")).toBeLessThan(at("<c:marker>"));
    expect(at("<c:marker>")).toBeLessThan(at("<c:cat>"));
    expect(at("<c:val>")).toBeLessThan(at("<c:smooth"));
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load((await workbook.toBuffer()) as unknown as ExcelJS.Buffer);
    expect(plain.getWorksheet("Динамика")?.getCell("B1").value).toBe("2023/24");
  });
});
