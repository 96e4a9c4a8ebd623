/**
 * Where the reader deliberately differs from ExcelJS, because ExcelJS is
 * plainly wrong (docs/decisions/reader.md, "Where it differs from ExcelJS").
 * Each case also pins what ExcelJS gives, so a later ExcelJS fix shows here.
 */
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { XlsxReadOnlyWorkbook } from "../../../../src/adapters/xlsx-reader/workbook";
import type { Grid } from "../../../../src/core/model";
import { utc } from "../exceljs/helpers";
import { handXlsx, type HandBook } from "./build-xlsx";

const oneRow = (cells: string) => `<sheetData><row r="1">${cells}</row></sheetData>`;

async function both(book: HandBook): Promise<{ fast: Grid; exceljs: Grid | Error }> {
  const bytes = await handXlsx(book);
  const fast = await XlsxReadOnlyWorkbook.open(bytes).readSheet(book.sheets[0].name);
  const exceljs = await ExcelJsWorkbook.load(bytes)
    .then((b) => b.readSheet(book.sheets[0].name))
    .catch((e: Error) => e);
  return { fast, exceljs };
}

describe("xlsx reader: deliberate differences from ExcelJS", () => {
  it("decodes _xHHHH_ in a plain inline string, as in shared strings and rich runs", async () => {
    const { fast, exceljs } = await both({
      sheets: [
        { name: "Л", body: oneRow('<c r="A1" t="inlineStr"><is><t>а_x000D_б</t></is></c>') },
      ],
    });
    expect(fast).toEqual([["а\rб"]]);
    expect(exceljs).toEqual([["а_x000D_б"]]);
  });

  it("decodes a formula's text result once (ExcelJS decodes entities twice)", async () => {
    const { fast, exceljs } = await both({
      sheets: [
        { name: "Л", body: oneRow('<c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;</v></c>') },
      ],
    });
    expect(fast).toEqual([["&lt;"]]);
    expect(exceljs).toEqual([["<"]]);
  });

  it("keeps a formula's text result in a date-formatted cell (ExcelJS turns it into an invalid Date)", async () => {
    const { fast, exceljs } = await both({
      xfs: [0, 14],
      sheets: [{ name: "Л", body: oneRow('<c r="A1" s="1" t="str"><f>"нет"</f><v>нет</v></c>') }],
    });
    expect(fast).toEqual([["нет"]]);
    expect(exceljs).toEqual([]);
  });

  it('reads ISO date cells (t="d") as dates (ExcelJS takes the year as a number)', async () => {
    const { fast, exceljs } = await both({
      sheets: [{ name: "Л", body: oneRow('<c r="A1" t="d"><v>2025-01-15T00:00:00Z</v></c>') }],
    });
    expect(fast).toEqual([[utc(2025, 1, 15)]]);
    expect(exceljs).toEqual([[2025]]);
  });

  it("treats style 0 with a date format as a date (ExcelJS skips style 0 as falsy)", async () => {
    const { fast, exceljs } = await both({
      xfs: [14],
      sheets: [{ name: "Л", body: oneRow('<c r="A1" s="0"><v>45672</v></c>') }],
    });
    expect(fast).toEqual([[utc(2025, 1, 15)]]);
    expect(exceljs).toEqual([[45672]]);
  });

  it("reads namespace-prefixed XML (ExcelJS sees no cells)", async () => {
    const body =
      '<x:sheetData xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData>';
    const { fast, exceljs } = await both({ sheets: [{ name: "Л", body }] });
    expect(fast).toEqual([[7]]);
    expect(exceljs).toEqual([]);
  });

  it("reads rows without r as the next row, and overlapping merges without failing", async () => {
    const rows = await both({
      sheets: [
        {
          name: "Л",
          body: '<sheetData><row r="2"><c r="A2"><v>1</v></c></row><row><c r="A3"><v>2</v></c></row></sheetData>',
        },
      ],
    });
    expect(rows.fast).toEqual([[null], [1], [2]]);
    const merges = await both({
      sheets: [
        {
          name: "Л",
          body:
            oneRow('<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c>') +
            '<mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="B1:C1"/></mergeCells>',
        },
      ],
    });
    expect(merges.fast).toEqual([[1]]);
    expect(merges.exceljs).toBeInstanceOf(Error);
  });
});
