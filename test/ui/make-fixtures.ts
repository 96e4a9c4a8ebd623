/**
 * Files a municipality methodologist would pick in the browser tests: school workbooks made by
 * the template code from demo data (as the command line's demo makes them), and last period's
 * municipality workbook (the same schools a year earlier, consolidated).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import { previousYearSchools } from "../../src/app/demo/previous-period";
import { filledSchoolSheets } from "../../src/app/template";
import { readWorkbook } from "../../src/app/read-workbook";
import { consolidate, municipalityDataSheets } from "../../src/core/consolidate";
import { generateMunicipality } from "../../src/core/demo";
import type { SheetModel } from "../../src/port/sheet-model";

async function save(sheets: readonly SheetModel[], path: string): Promise<ExcelJsWorkbook> {
  const book = ExcelJsWorkbook.create();
  for (const sheet of sheets) await book.writeSheet(sheet);
  writeFileSync(path, await book.toBuffer());
  return book;
}

export async function makeFixtures(
  dir: string,
  schools: number
): Promise<{ schools: string[]; previous: string }> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const read = [];
  for (const school of generateMunicipality({ schools, seed: 11 })) {
    const path = join(dir, school.fileName);
    const book = await save(filledSchoolSheets(school), path);
    read.push(...(await readWorkbook(book, school.fileName)).schools);
    files.push(path);
  }
  const previous = join(dir, "Муниципалитет прошлый период.xlsx");
  await save(municipalityDataSheets(consolidate(previousYearSchools(read), [])), previous);
  return { schools: files, previous };
}
