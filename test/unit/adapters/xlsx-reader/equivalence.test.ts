/**
 * The fast reader gives exactly the grids ExcelJS gives (read-grid.ts over a
 * loaded book), sheet by sheet: templates, demo school files, the faulty
 * files the end-to-end tests build, a whole report, and hand-built edge cases.
 */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { XlsxReadOnlyWorkbook } from "../../../../src/adapters/xlsx-reader/workbook";
import { buildReport, openSources, writeReport } from "../../../../src/app/report";
import {
  filledSchoolSheets,
  municipalityTemplateSheets,
  schoolTemplateSheets,
} from "../../../../src/app/template";
import { generateMunicipality } from "../../../../src/core/demo";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../../../src/core/indicators";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { makeFixture } from "../../../e2e/report/fixtures";
import { handXlsx } from "./build-xlsx";
import { EDGE_BOOKS } from "./edge-books";

async function written(sheets: readonly SheetModel[]): Promise<Uint8Array> {
  const book = ExcelJsWorkbook.create();
  for (const sheet of sheets) await book.writeSheet(sheet);
  return book.toBuffer();
}

/** Every sheet of the file, read both ways, must be the same grid. */
async function expectSameGrids(bytes: Uint8Array): Promise<number> {
  const exceljs = await ExcelJsWorkbook.load(bytes);
  const fast = XlsxReadOnlyWorkbook.open(bytes);
  const names = await exceljs.sheetNames();
  expect(await fast.sheetNames()).toEqual(names);
  for (const name of names)
    expect({ name, grid: await fast.readSheet(name) }).toEqual({
      name,
      grid: await exceljs.readSheet(name),
    });
  return names.length;
}

describe("xlsx reader: the same grids as ExcelJS", () => {
  const schools = generateMunicipality({ schools: 8, seed: 5 });

  it("reads the school and municipality templates", async () => {
    expect(await expectSameGrids(await written(schoolTemplateSheets()))).toBeGreaterThan(2);
    expect(await expectSameGrids(await written(municipalityTemplateSheets()))).toBeGreaterThan(2);
  });

  it("reads demo school files, faults included", async () => {
    for (const s of schools) await expectSameGrids(await written(filledSchoolSheets(s)));
  });

  it("reads a whole report workbook (merges, formulas, dates, many sheets)", async () => {
    const files = await Promise.all(
      schools.map(async (s) => ({ name: s.fileName, bytes: await written(filledSchoolSheets(s)) }))
    );
    const sources = await openSources(files, (b) => ExcelJsWorkbook.load(b, { readOnly: true }));
    const report = buildReport(sources.schools, sources.issues, {
      settings: defaultSettings(),
      profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
    });
    const book = ExcelJsWorkbook.create();
    await writeReport(book, report);
    expect(await expectSameGrids(await book.toBuffer())).toBeGreaterThan(5);
  });

  it.each(EDGE_BOOKS.map((b) => [b.title, b] as const))(
    "reads a hand-built book: %s",
    async (_title, book) => {
      await expectSameGrids(await handXlsx(book));
    }
  );
});

describe("xlsx reader: the end-to-end fixtures", () => {
  it("reads every school file of the report fixture as ExcelJS does, and refuses the broken ones", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pedmonitor-reader-"));
    await makeFixture(dir);
    const files = [...readdirSync(join(dir, "schools"), { recursive: true })]
      .map(String)
      .filter((f) => f.endsWith(".xlsx"));
    let read = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(join(dir, "schools", file)));
      if (file.endsWith("notes.xlsx") || file.endsWith("broken.xlsx")) {
        expect(() => XlsxReadOnlyWorkbook.open(bytes)).toThrow(Error);
        await expect(ExcelJsWorkbook.load(bytes)).rejects.toThrow();
      } else read += await expectSameGrids(bytes);
    }
    expect(read).toBeGreaterThanOrEqual(6 * 4);
  });
});
