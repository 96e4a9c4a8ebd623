/**
 * The new-workbook writer: every SheetModel feature, read back with ExcelJS and
 * with the independent inspector, and the same picture as the ExcelJS adapter.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { LIST_SHEET } from "../../../../src/adapters/ooxml/formats";
import { XlsxBookWriter } from "../../../../src/adapters/xlsx-writer/xlsx-book-writer";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { inspectXlsx } from "../../../support/xlsx-inspect";
import { FEATURE_SHEETS, longList } from "../../../contract/feature-model";
import { pictureOf } from "./same-as-exceljs";

const SHEETS = FEATURE_SHEETS;

async function writeAll(book: XlsxBookWriter | ExcelJsWorkbook): Promise<Uint8Array> {
  for (const sheet of SHEETS) await book.writeSheet(sheet);
  return book.toBuffer();
}

describe("XlsxBookWriter: every SheetModel feature", () => {
  it("gives the same workbook as the ExcelJS adapter, read back with ExcelJS", async () => {
    const mine = await pictureOf(await writeAll(XlsxBookWriter.create()));
    const theirs = await pictureOf(await writeAll(ExcelJsWorkbook.create()));
    expect(mine.map(([name]) => name)).toEqual(theirs.map(([name]) => name));
    for (const [i, [name, picture]] of mine.entries()) {
      expect([name, picture]).toEqual(theirs[i]);
    }
  });

  // Values, dates, formulas, tables, validation, links, printing, hidden sheets: test/contract.
  it("writes each value's cell type; a custom function's result goes in as a value", async () => {
    const file = await inspectXlsx(await writeAll(XlsxBookWriter.create()));
    const s = file.sheet("Всё сразу");
    for (const address of ["A3", "A4", "A5", "A6"]) expect(s.types[address]).toBe("s");
    expect(s.types.B6).toBe("b");
    // (A false result would do as well; ExcelJS, which reads it back below, loses false results.)
    expect([s.types.D4, s.values.D4]).toEqual(["b", true]);
    expect(s.formulas.D5).toBeUndefined();
    expect(s.values.D5).toBe("ок");
    expect([s.types.D6, s.values.D6]).toEqual(["str", "текст"]);
  });

  it("writes the table's parts, validation details, row heights and the selected tab", async () => {
    const file = await inspectXlsx(await writeAll(XlsxBookWriter.create()));
    const s = file.sheet("Всё сразу");
    expect(s.freeze).toEqual({ xSplit: 1, ySplit: 2, topLeftCell: "B3" });
    expect(s.tables[0]).toMatchObject({
      name: "Всё_сразу",
      headers: ["Текст", "Число", "Дата", "Формула", "Ссылка"],
      totalsRowShown: "0",
      autoFilterRef: "A2:E6",
      style: "TableStyleLight9",
    });
    expect(s.validations.map((v) => [v.operator, v.formula1])).toEqual([
      [null, '"Да,Нет"'],
      [null, `'${LIST_SHEET}'!$A$1:$A$40`],
      [null, "43831"],
      ["greaterThanOrEqual", "0"],
      ["lessThanOrEqual", "20"],
    ]);
    expect(s.validations[4].allowBlank).toBe(false);
    expect(s.values.E4).toBe("Сводка");
    expect(s.xml).toContain('<row r="1" ht="40" customHeight="1">');
    expect(file.sheets.map((x) => x.name)).toEqual([
      "Служебный",
      "Всё сразу",
      LIST_SHEET,
      "Сводка",
      "Скрытый",
    ]);
    const workbookXml = (await file.zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toContain('activeTab="1"');
    expect(s.xml).toContain('tabSelected="1"');
  });

  it("writes charts with their cached values, and unique table ids", async () => {
    const file = await inspectXlsx(await writeAll(XlsxBookWriter.create()));
    const charts = file.sheet("Сводка").charts;
    expect(charts.map((c) => [c.barDir, c.title])).toEqual([
      ["bar", "Показатели по ОО, %"],
      ["col", "Курсы"],
    ]);
    const xml = (await file.zip.file(charts[0].path)!.async("string")) ?? "";
    expect(xml).toContain("<c:v>Наставничество</c:v>");
    expect(xml).toContain("<c:v>40</c:v>");
    for (const part of [
      "xl/charts/chart1.xml",
      "xl/drawings/drawing1.xml",
      "xl/tables/table1.xml",
    ]) {
      expect(file.contentTypes).toContain(`PartName="/${part}"`);
    }
  });

  it("opens in ExcelJS with the same values readSheet gives", async () => {
    const book = XlsxBookWriter.create();
    const data = await writeAll(book);
    const loaded = await ExcelJsWorkbook.load(data);
    for (const name of ["Всё сразу", "Сводка", LIST_SHEET]) {
      expect(await book.readSheet(name)).toEqual(await loaded.readSheet(name));
    }
  });

  it("writes a zip with correct checksums, and a part over a megabyte in one piece", async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => [`Строка ${i}`, i, i % 2 === 0]);
    const book = XlsxBookWriter.create();
    await book.writeSheet({ name: "Много", cells: rows });
    const data = await book.toBuffer();
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet.length).toBeGreaterThan(1 << 20);
    const plain = new ExcelJS.Workbook();
    await plain.xlsx.load(data as unknown as ExcelJS.Buffer);
    expect(plain.getWorksheet("Много")!.getCell("A30000").value).toBe("Строка 29999");
  });
});

describe("XlsxBookWriter: the workbook port", () => {
  it("deletes a sheet and names a missing one in Russian", async () => {
    const book = XlsxBookWriter.create();
    await book.writeSheet({ name: "А", cells: [["1"]] });
    await book.writeSheet({ name: "Б", cells: [["2"]] });
    await book.writeSheet({ name: "а", cells: [["новое"]] });
    expect(await book.sheetNames()).toEqual(["а", "Б"]);
    await book.deleteSheet("Б");
    expect(await book.sheetNames()).toEqual(["а"]);
    await expect(book.readSheet("Б")).rejects.toThrow("В книге нет листа «Б»");
  });

  it("keeps one _Списки for all sheets, reading back every list added to it", async () => {
    const book = XlsxBookWriter.create();
    const other = longList.map((v) => `${v}, другое`);
    const withList = (name: string, values: string[]): SheetModel => ({
      name,
      cells: [["Поле"]],
      validations: [
        { range: { row: 1, col: 0, rows: 5, cols: 1 }, rule: { kind: "list", values } },
      ],
    });
    await book.writeSheet(withList("Первый", longList));
    await book.writeSheet(withList("Второй", other));
    await book.writeSheet(withList("Третий", longList));
    expect(await book.sheetNames()).toEqual(["Первый", LIST_SHEET, "Второй", "Третий"]);
    const lists = await book.readSheet(LIST_SHEET);
    expect([lists[0], lists[39]]).toEqual([
      [longList[0], other[0]],
      [longList[39], other[39]],
    ]);
    const file = await inspectXlsx(await book.toBuffer());
    expect(file.sheet("Третий").validations[0].formula1).toBe(`'${LIST_SHEET}'!$A$1:$A$40`);
    expect(file.sheet("Второй").validations[0].formula1).toBe(`'${LIST_SHEET}'!$B$1:$B$40`);
    expect(file.sheet(LIST_SHEET).values.B40).toBe(other[39]);
  });

  it("needs one visible sheet", async () => {
    const book = XlsxBookWriter.create();
    await book.writeSheet({ name: "А", cells: [["1"]], visibility: "hidden" });
    await expect(book.toBuffer()).rejects.toThrow("хотя бы один видимый лист");
  });
});
