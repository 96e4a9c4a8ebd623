import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { utc } from "./helpers";

async function bufferOf(build: (sheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet("Педагоги"));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("ExcelJS adapter: readSheet", () => {
  it("reads formulas by result, rich text and links as text, errors as their text", async () => {
    const data = await bufferOf((sheet) => {
      sheet.getCell("A1").value = {
        richText: [{ text: "Табельный " }, { font: { bold: true }, text: "номер" }],
      };
      sheet.getCell("B1").value = { text: "Сайт", hyperlink: "https://example.org" };
      sheet.getCell("C1").value = {
        formula: "1/0",
        result: { error: "#DIV/0!" },
      } as ExcelJS.CellValue;
      sheet.getCell("D1").value = { error: "#N/A" } as ExcelJS.CellValue;
      sheet.getCell("A2").value = {
        formula: "TODAY()",
        result: utc(2025, 1, 15),
      } as ExcelJS.CellValue;
      sheet.getCell("B2").value = { formula: "1+1" } as ExcelJS.CellValue;
      sheet.getCell("C2").value = {
        formula: 'IF(1,"Да","Нет")',
        result: "Да",
      } as ExcelJS.CellValue;
      sheet.getCell("D2").value = "";
      sheet.getCell("A3").value = utc(1980, 5, 17);
      sheet.getCell("A3").numFmt = "dd.mm.yyyy";
    });
    const grid = await (await ExcelJsWorkbook.load(data)).readSheet("Педагоги");
    expect(grid).toEqual([
      ["Табельный номер", "Сайт", "#DIV/0!", "#N/A"],
      [expect.any(Date), null, "Да", null],
      [utc(1980, 5, 17), null, null, null],
    ]);
  });

  it("trims trailing empty rows and columns, even formatted ones", async () => {
    const data = await bufferOf((sheet) => {
      sheet.getCell("A1").value = "Код ОО";
      sheet.getCell("B2").value = 5;
      sheet.getCell("Z40").numFmt = "0.00";
      sheet.getCell("Z40").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFF0000" },
      };
    });
    expect(await (await ExcelJsWorkbook.load(data)).readSheet("Педагоги")).toEqual([
      ["Код ОО", null],
      [null, 5],
    ]);
  });

  it("reads a sheet whose dimension says 1,048,576 rows but holds 30 quickly", async () => {
    const data = await bufferOf((sheet) => {
      for (let r = 1; r <= 30; r += 1)
        sheet.getRow(r).values = [`Педагог ${r}`, r, utc(2000, 1, r)];
      sheet.getCell("A1048576").numFmt = "@"; // a styled, empty cell at the very last row
    });
    const zip = await JSZip.loadAsync(data);
    const xml = (await zip.file("xl/worksheets/sheet1.xml")!.async("string")).replace(
      /<dimension ref="[^"]*"\/>/,
      '<dimension ref="A1:XFD1048576"/>'
    );
    expect(xml).toContain('r="1048576"');
    zip.file("xl/worksheets/sheet1.xml", xml);
    const huge = await zip.generateAsync({ type: "uint8array" });
    const started = performance.now();
    const grid = await (await ExcelJsWorkbook.load(huge)).readSheet("Педагоги");
    const elapsed = performance.now() - started;
    expect(grid).toHaveLength(30);
    expect(grid[29]).toEqual(["Педагог 30", 30, utc(2000, 1, 30)]);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("ExcelJS adapter: read-only load", () => {
  it("reads the same values while skipping validation and tables, and refuses to save", async () => {
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet({
      name: "Педагоги",
      cells: [
        ["Должность", "Дата"],
        ["Учитель", utc(1990, 3, 1)],
      ],
      merges: [{ row: 0, col: 0, rows: 1, cols: 1 }],
      tables: [{ name: "Педагоги", range: { row: 0, col: 0, rows: 2, cols: 2 } }],
      validations: [
        {
          range: { row: 1, col: 0, rows: 1000, cols: 1 },
          rule: { kind: "list", values: ["Учитель"] },
        },
      ],
    });
    const data = await workbook.toBuffer();
    const readOnly = await ExcelJsWorkbook.load(data, { readOnly: true });
    expect(await readOnly.readSheet("Педагоги")).toEqual(
      await (await ExcelJsWorkbook.load(data)).readSheet("Педагоги")
    );
    await expect(readOnly.toBuffer()).rejects.toThrow("только для чтения");
  });
});
