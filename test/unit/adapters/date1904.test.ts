/**
 * A workbook in the 1904 date system (test/fixtures/date1904, made by make.py with openpyxl):
 * its serial 0 is 1904-01-01, so 01.01.1980 is stored as 27759, not 29221. Every adapter reads
 * the days a person sees and writes the days it means.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/exceljs-workbook";
import { XlsxReadOnlyWorkbook } from "../../../src/adapters/xlsx-reader/workbook";
import { dayOf } from "../../../src/core/time/day";
import { inspectXlsx } from "../../support/xlsx-inspect";

const fixture = () => readFileSync(join(__dirname, "../../fixtures/date1904/date1904.xlsx"));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("1904 date system", () => {
  it("the fixture is a 1904 workbook holding 1904 serials", async () => {
    const book = await inspectXlsx(fixture());
    expect(book.zip.file("xl/workbook.xml")).not.toBeNull();
    expect(await book.zip.file("xl/workbook.xml")!.async("string")).toContain('date1904="1"');
    expect(book.sheet("Педагоги").values.B2).toBe(27759);
  });

  it.each([
    ["the Node reader", async () => XlsxReadOnlyWorkbook.open(fixture())],
    ["ExcelJS", async () => ExcelJsWorkbook.load(fixture())],
  ])("%s reads the dates a person sees", async (_, open) => {
    const grid = await (await open()).readSheet("Педагоги");
    expect(grid[1]).toEqual(["Иванова Мария", utc(1980, 1, 1), 12]);
    expect(grid[2]).toEqual(["Петров Иван", utc(2024, 1, 5), 3]);
  });

  it("ExcelJS writes dates and date validation bounds as 1904 serials there", async () => {
    const workbook = await ExcelJsWorkbook.load(fixture());
    await workbook.writeSheet({
      name: "Аттестация",
      cells: [["Дата"], [utc(2020, 3, 1)]],
      validations: [
        {
          range: { row: 1, col: 0, rows: 10, cols: 1 },
          rule: { kind: "date", min: dayOf(2000, 1, 1), max: dayOf(2030, 12, 31) },
        },
        { range: { row: 1, col: 1, rows: 10, cols: 1 }, rule: { kind: "date" } },
      ],
    });
    const sheet = (await inspectXlsx(await workbook.toBuffer())).sheet("Аттестация");
    expect(sheet.values.A2).toBe(43891 - 1462); // 01.03.2020
    const [bounded, open] = sheet.validations;
    expect([bounded.formula1, bounded.formula2]).toEqual([
      String(36526 - 1462),
      String(47848 - 1462),
    ]);
    expect(open.formula1).toBe("0"); // ≥ 01.01.1904, the first day there is
  });
});
