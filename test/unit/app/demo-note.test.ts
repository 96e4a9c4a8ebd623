/**
 * The справка of the demo report (a synthetic previous period and the drafts of `Меры`, which
 * name indicators by code): all eight sections, and not one Latin code or «ОО ОО-…» in them.
 */
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/exceljs-workbook";
import { runDemo } from "../../../src/app/demo/pipeline";
import type { Report } from "../../../src/app/report";
import { NOTE_HEADINGS, noteDocument, noteLines } from "../../../src/core/report";
import type { SheetModel } from "../../../src/port/sheet-model";

async function schoolWorkbook(sheets: SheetModel[]): Promise<ExcelJsWorkbook> {
  const written = ExcelJsWorkbook.create();
  for (const sheet of sheets) await written.writeSheet(sheet);
  return ExcelJsWorkbook.load(await written.toBuffer());
}

let report: Report;

beforeAll(async () => {
  const state = await runDemo(
    { schools: 4, seed: 3 },
    { schoolWorkbook, progress: () => undefined }
  );
  report = state.report!;
}, 120_000);

describe("the demo's Аналитическая справка", () => {
  it("has the eight sections, measures and their effectiveness", () => {
    const doc = noteDocument(report.input);
    expect(doc.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS]);
    expect(doc.sections[6].blocks.some((b) => b.kind === "table")).toBe(true);
    expect(doc.sections[7].blocks.some((b) => b.kind === "table")).toBe(true);
  });

  it("reads without Latin codes, «ОО ОО-» or hedged plurals, in the sheet as in the model", () => {
    const lines = noteLines(noteDocument(report.input));
    expect(lines.filter((l) => /\b[A-Z][A-Z0-9_]{2,}\b/.test(l))).toEqual([]);
    expect(lines.filter((l) => /ОО ОО-|\((ов|а|и)\)/.test(l))).toEqual([]);
    const sheet = report.sheets.find((s) => s.model.name === "Аналитическая справка")!.model;
    const cells = sheet.cells.flat().filter((c): c is string => typeof c === "string");
    expect(cells.filter((c) => /\b[A-Z][A-Z0-9_]{2,}\b/.test(c))).toEqual([]);
  });
});
