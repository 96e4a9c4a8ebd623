import type { SheetModel } from "../../../../src/port/sheet-model";
import { attrs, decode } from "../../../support/xlsx-inspect";
import { reopened, saved, WRITERS, writtenBy } from "./helpers";

const summary: SheetModel = {
  name: "Сводка",
  headerRow: 2,
  cells: [
    ["Сводка по муниципалитету", null, null],
    ["Период: 01.09.2024–31.08.2025", null, null],
    ["Показатель", "Значение", "Статус"],
    ["Доля педагогов с ПК", 0.42, "соответствие"],
    ["Вакансии", 3, "несоответствие"],
  ],
  columns: [{ width: 40 }, { width: 12, numberFormat: "0.0%" }, { width: 18 }],
  freeze: { rows: 3, cols: 1 },
  styles: [
    {
      range: { row: 0, col: 0, rows: 1, cols: 3 },
      style: { bold: true, fontSize: 14, hAlign: "center" },
    },
    {
      range: { row: 2, col: 0, rows: 1, cols: 3 },
      style: { bold: true, fill: "#D9E1F2", wrap: true, border: true, vAlign: "center" },
    },
    { range: { row: 3, col: 2, rows: 2, cols: 1 }, style: { fontColor: "#9C0006", italic: true } },
  ],
  merges: [
    { row: 0, col: 0, rows: 1, cols: 3 },
    { row: 1, col: 0, rows: 1, cols: 3 },
  ],
  conditionalFormats: [
    {
      range: { row: 3, col: 2, rows: 2, cols: 1 },
      equals: "несоответствие",
      fill: "#FFC7CE",
      fontColor: "#9C0006",
    },
    { range: { row: 3, col: 2, rows: 2, cols: 1 }, equals: "соответствие", fill: "#C6EFCE" },
  ],
  hyperlinks: [{ cell: { row: 3, col: 0 }, sheet: "Показатели по ОО", address: "A1" }],
  pageSetup: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printArea: { row: 0, col: 0, rows: 5, cols: 3 },
    repeatRows: { first: 2, last: 2 },
  },
  tabColor: "#1F4E79",
};

const detail: SheetModel = { name: "Показатели по ОО", cells: [["Код ОО"]], visibility: "hidden" };
const hidden: SheetModel = { name: "Служебный", cells: [["x"]], visibility: "veryHidden" };

describe.each(WRITERS)("%s: sheet features", (_writer, create) => {
  const written = (...sheets: SheetModel[]) => writtenBy(create, ...sheets);

  it("freezes panes, merges, formats and styles cells", async () => {
    const file = await written(summary, detail);
    const s = file.sheet("Сводка");
    expect(s.freeze).toEqual({ xSplit: 1, ySplit: 3, topLeftCell: "B4" });
    expect(s.merges).toEqual(["A1:C1", "A2:C2"]);
    expect(file.fillOf("Сводка", "B3")).toBe("#D9E1F2");
    expect(file.fillOf("Сводка", "B4")).toBeNull();
    expect(file.numberFormatOf("Сводка", "B4")).toBe("0.0%");
    expect(s.xml).toMatch(/<tabColor rgb="FF1F4E79"\/>/);
  });

  it("writes conditional formats that compare the cell text", async () => {
    const s = (await written(summary, detail)).sheet("Сводка");
    expect(s.conditionalFormats).toBe(2);
    expect(s.conditionalRules[0]).toContain('type="cellIs"');
    expect(decode(s.conditionalRules[0])).toContain('<formula>"несоответствие"</formula>');
  });

  it("links to another sheet inside the workbook, without an external relationship", async () => {
    const file = await written(summary, detail);
    const s = file.sheet("Сводка");
    expect(s.hyperlinks).toEqual([{ ref: "A4", location: "'Показатели по ОО'!A1" }]);
    const rels =
      (await file.zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    expect(rels).not.toContain("hyperlink");
    expect(s.values.A4).toBe("Доля педагогов с ПК");
  });

  it("sets A4 landscape, one page wide, the print area and the repeated rows", async () => {
    const file = await written(summary, detail);
    const page = attrs(/<pageSetup\b[^>]*>/.exec(file.sheet("Сводка").xml)?.[0] ?? "");
    expect(page).toMatchObject({
      paperSize: "9",
      orientation: "landscape",
      fitToWidth: "1",
      fitToHeight: "0",
    });
    expect(file.sheet("Сводка").xml).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(file.definedNames).toEqual(
      expect.arrayContaining([
        { name: "_xlnm.Print_Area", localSheetId: "0", value: "'Сводка'!$A$1:$C$5" },
        { name: "_xlnm.Print_Titles", localSheetId: "0", value: "'Сводка'!$3:$3" },
      ])
    );
  });

  it("hides sheets and opens on a visible one", async () => {
    const file = await written(hidden, summary, detail);
    expect(file.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Служебный", "veryHidden"],
      ["Сводка", "visible"],
      ["Показатели по ОО", "hidden"],
    ]);
    const workbookXml = (await file.zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toMatch(/activeTab="1"/);
  });

  it("reads a merged header back with the value in the master cell only", async () => {
    const workbook = create();
    await workbook.writeSheet(summary);
    const grid = await (await reopened(workbook)).readSheet("Сводка");
    expect(grid[0]).toEqual(["Сводка по муниципалитету", null, null]);
    expect(grid[2]).toEqual(["Показатель", "Значение", "Статус"]);
  });
});

describe.each(WRITERS)("%s: sheets", (_writer, create) => {
  it("replaces a sheet in place, keeping its tab position and dropping its old content", async () => {
    const workbook = create();
    await workbook.writeSheet({ name: "Первый", cells: [["1"]] });
    await workbook.writeSheet({ ...summary });
    await workbook.writeSheet({ name: "Третий", cells: [["3"]] });
    await workbook.writeSheet({ name: "Сводка", cells: [["новое"]] });
    expect(await workbook.sheetNames()).toEqual(["Первый", "Сводка", "Третий"]);
    const loaded = await reopened(workbook);
    expect(await loaded.sheetNames()).toEqual(["Первый", "Сводка", "Третий"]);
    expect(await loaded.readSheet("Сводка")).toEqual([["новое"]]);
    const file = await saved(loaded);
    expect(file.sheet("Сводка").merges).toEqual([]);
    expect(file.definedNames.filter((d) => d.value.includes("Сводка"))).toEqual([]);
  });

  it("deletes sheets and reports a missing sheet in Russian", async () => {
    const workbook = create();
    await workbook.writeSheet({ name: "А", cells: [["1"]] });
    await workbook.writeSheet({ name: "Б", cells: [["2"]] });
    await workbook.deleteSheet("А");
    expect(await workbook.sheetNames()).toEqual(["Б"]);
    await expect(workbook.readSheet("А")).rejects.toThrow("В книге нет листа «А»");
  });
});
