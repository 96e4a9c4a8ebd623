/**
 * Issue 13: the report appends the «Реквизиты документов» block to a person's old
 * `Настройки` also from the command line, whose writer (the patch writer) keeps
 * people's sheets as they were: the rows are appended to the sheet's XML below her
 * last row, and everything she had (values, notes, validations, tables) stays.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxPatchWorkbook } from "../../../../src/adapters/xlsx-patch/patch-workbook";
import { appendRowsXml } from "../../../../src/adapters/xlsx-patch/append-xml";
import { XlsxBookWriter } from "../../../../src/adapters/xlsx-writer/xlsx-book-writer";
import { XlsxReadOnlyWorkbook } from "../../../../src/adapters/xlsx-reader/workbook";
import { completeSettingsSheet, settingsSheetWithCustom } from "../../../../src/app/report/people";
import { defaultOfficialDetails } from "../../../../src/core/indicators/defaults";
import { findOfficialBlock, readSettings } from "../../../../src/core/indicators/settings";
import type { CellValue } from "../../../../src/core/model";
import { OFFICIAL_DETAILS, TARGETS } from "../../../../src/core/schema/municipality";
import type { OutCell } from "../../../../src/port/sheet-model";
import { inspectXlsx } from "../../../support/xlsx-inspect";

const EXCEL = readFileSync(join(__dirname, "../../../fixtures/patch/excel-comments.xlsx"));

/** `Настройки` as the report wrote it before the block existed, with a target she set. */
async function oldSettingsFile(): Promise<Uint8Array> {
  const model = settingsSheetWithCustom();
  const cells = model.cells.map((r) => [...r]) as OutCell[][];
  const [row, col] = findOfficialBlock(cells as CellValue[][])!;
  for (let r = row; r <= row + OFFICIAL_DETAILS.rows.length; r++) {
    cells[r][col] = null;
    cells[r][col + 1] = null;
  }
  const diag = cells.findIndex((r) => r[0] === "DIAG");
  cells[diag][3] = 42;
  const book = XlsxBookWriter.create();
  await book.writeSheet({ ...model, cells });
  return book.toBuffer();
}

describe("appending to a person's sheet in an existing workbook", () => {
  it("old Настройки: the block appended below her rows, her target, validations and tables kept", async () => {
    const bytes = await oldSettingsFile();
    const before = await XlsxReadOnlyWorkbook.open(bytes).readSheet(TARGETS.name);
    const shape = (await inspectXlsx(bytes)).sheet(TARGETS.name);

    const port = await XlsxPatchWorkbook.open(bytes);
    expect(await completeSettingsSheet(port, TARGETS.name)).toBe("appended");
    const out = await port.toBuffer();

    const after = await XlsxReadOnlyWorkbook.open(out).readSheet(TARGETS.name);
    before.forEach((line, r) =>
      line.forEach((v, c) => expect({ r, c, v: after[r]?.[c] ?? null }).toEqual({ r, c, v }))
    );
    const read = readSettings(after);
    expect(read.issues).toEqual([]);
    expect(read.settings.targets.get("DIAG")?.target).toBe(42);
    expect(read.settings.official).toEqual(defaultOfficialDetails());
    const [blockRow] = findOfficialBlock(after)!;
    expect(blockRow).toBe(before.length + 1); // one empty row between
    const now = (await inspectXlsx(out)).sheet(TARGETS.name);
    expect(now.validations).toEqual(shape.validations);
    expect(now.tables).toEqual(shape.tables);

    // Read again and written again: the block is there, nothing appended twice.
    const again = await XlsxPatchWorkbook.open(out);
    expect(await completeSettingsSheet(again, TARGETS.name)).toBe("present");
  });

  it("a sheet Excel saved: her values and notes stay, the rows go below her last row", async () => {
    const port = await XlsxPatchWorkbook.open(EXCEL);
    const before = await port.readSheet("Sheet1");
    const notes = (await inspectXlsx(EXCEL)).sheet("Sheet1").notes;
    await port.appendRows("Sheet1", [[], ["Реквизиты документов", "Значение"], ["a < b & c", 5]]);
    const out = await port.toBuffer();
    const after = await XlsxReadOnlyWorkbook.open(out).readSheet("Sheet1");
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length + 1)).toEqual([
      ["Реквизиты документов", "Значение"],
      ["a < b & c", 5],
    ]);
    expect((await inspectXlsx(out)).sheet("Sheet1").notes).toEqual(notes);
  });

  it("keeps rows unique: appended rows follow a styled empty row the part already holds", () => {
    const xml =
      '<worksheet><dimension ref="A1:B3"/><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' +
      '<row r="3" s="2" customFormat="1"/></sheetData></worksheet>';
    const out = appendRowsXml(xml, [["y"]], 1);
    expect(out).toContain('<row r="4"><c r="A4" t="inlineStr">');
    expect(out).toContain('<dimension ref="A1:B4"/>');
    expect(appendRowsXml("<worksheet><sheetData/></worksheet>", [[1, true]], 0)).toBe(
      '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="b"><v>1</v></c></row></sheetData></worksheet>'
    );
  });
});
