/**
 * «Рассчитать» never replaces a consolidation with less data unasked: over a workbook holding a
 * report of three schools, a report of one asks first (schools dropped, rows before and after)
 * and «Нет» leaves every sheet as it was; a report of no school is refused, nothing written.
 */
import { readWorkbook } from "../../../src/app/read-workbook";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import type { SchoolData } from "../../../src/core/model";
import type { Question } from "../../../src/taskpane/steps/confirm";
import { XlsxReadOnlyWorkbook } from "../../../src/adapters/xlsx-reader/workbook";
import { XlsxBookWriter } from "../../../src/adapters/xlsx-writer/xlsx-book-writer";
import {
  reportBook,
  SCHOOL_BOOK_REFUSAL,
  writeMunicipalReport,
  type ReportOutcome,
} from "../../../src/taskpane/steps/report";
import { proposeMeasureDrafts } from "../../../src/taskpane/steps/measures";
import { writeEffectiveness } from "../../../src/taskpane/steps/effectiveness";
import { MemoryWorkbook } from "../app/memory-workbook";

const NO_PROGRESS = { cancelled: false, report: () => undefined };
const generated = generateMunicipality({ schools: 3, seed: 11 });
const schools: SchoolData[] = [];

beforeAll(async () => {
  for (const g of generated) {
    const read = await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName);
    schools.push(...read.schools);
  }
});

const sources = (list: SchoolData[]) => ({
  sources: { schools: list, issues: [], read: [], skipped: [] },
  profileId: "full",
});

/** Every sheet of the workbook, as data: equal strings mean nothing changed. */
const state = (book: MemoryWorkbook) => JSON.stringify([...book.sheets.entries()]);

async function workbookWithThree(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  const first = await writeMunicipalReport(book, sources(schools), NO_PROGRESS);
  expect(first.kind).toBe("written");
  return book;
}

function written(outcome: ReportOutcome) {
  if (outcome.kind !== "written") throw new Error(`not written: ${outcome.kind}`);
  return outcome.summary;
}

it("asks before a report of one school over a workbook of three; «Нет» changes nothing", async () => {
  const book = await workbookWithThree();
  const before = state(book);
  const asked: Question[] = [];
  const outcome = await writeMunicipalReport(book, sources([schools[0]]), NO_PROGRESS, (q) => {
    asked.push(q);
    return Promise.resolve(false);
  });
  expect(asked).toHaveLength(1);
  const rows = schools.reduce((n, s) => n + s.workers.length, 0);
  const dropped = schools.slice(1).map((s) => s.passport.schoolCode);
  expect(asked[0].lines).toEqual(
    expect.arrayContaining([
      `Не будет 2 ОО: ${dropped.join(", ")}.`,
      "ОО: было 3, станет 1.",
      `Строк о педагогах: было ${rows}, станет ${schools[0].workers.length}.`,
    ])
  );
  expect([asked[0].yes, asked[0].no]).toEqual(["Записать", "Нет"]);
  expect(outcome.kind).toBe("declined");
  expect(state(book)).toBe(before);
});

it("writes the smaller report on «Записать»", async () => {
  const book = await workbookWithThree();
  const before = state(book);
  const outcome = await writeMunicipalReport(book, sources([schools[0]]), NO_PROGRESS, () =>
    Promise.resolve(true)
  );
  expect(written(outcome).schools).toBe(1);
  expect(state(book)).not.toBe(before);
});

it("does not ask when the new report keeps every school and row", async () => {
  const book = await workbookWithThree();
  const ask = jest.fn(() => Promise.resolve(false));
  const outcome = await writeMunicipalReport(book, sources(schools), NO_PROGRESS, ask);
  expect(ask).not.toHaveBeenCalled();
  expect(written(outcome).changes).toMatch(/^Свод в книге не изменился: те же ОО, \d+ строк/);
});

it("refuses a report of no school and writes nothing, even into an empty workbook", async () => {
  const book = new MemoryWorkbook();
  const noCode = { ...schools[0], passport: { ...schools[0].passport, schoolCode: null } };
  const outcome = await writeMunicipalReport(book, sources([noCode]), NO_PROGRESS);
  expect(outcome.kind).toBe("refused");
  if (outcome.kind !== "refused") return;
  expect(outcome.title).toMatch(/ни одна ОО не вошла в свод/);
  expect(outcome.lines.at(-1)).toMatch(/«Файлы ОО»/);
  expect(book.sheets.size).toBe(0);
});

it("refuses a report in a school's own workbook and writes nothing there", async () => {
  const book = new MemoryWorkbook(filledSchoolSheets(generated[0]));
  const before = state(book);
  const ask = jest.fn(() => Promise.resolve(true));
  const outcome = await writeMunicipalReport(book, sources(schools), NO_PROGRESS, ask);
  expect(outcome).toEqual(SCHOOL_BOOK_REFUSAL);
  expect(ask).not.toHaveBeenCalled();
  expect(state(book)).toBe(before);
});

it("«Предложить меры» and «Оценить эффективность» refuse a school's workbook, writing nothing", async () => {
  const book = new MemoryWorkbook(filledSchoolSheets(generated[0]));
  const before = state(book);
  await expect(proposeMeasureDrafts(book, sources(schools))).rejects.toThrow(
    /^Меры не предложены: открыта книга ОО, а не книга муниципалитета/
  );
  await expect(
    writeEffectiveness(
      book,
      { ...sources(schools), previousFiles: [] },
      () => Promise.reject(new Error("not read")),
      NO_PROGRESS
    )
  ).rejects.toThrow(/^Эффективность не оценена: открыта книга ОО/);
  expect(state(book)).toBe(before);
});

it("writes into a workbook that holds neither a school's nor a municipality's sheets", async () => {
  const book = MemoryWorkbook.fromGrids({ Лист1: [["x"]] });
  const outcome = await writeMunicipalReport(book, sources(schools), NO_PROGRESS);
  expect(outcome.kind).toBe("written");
});

it("«Сводка в новой книге»: the report of the files as a new workbook; the school's untouched", async () => {
  const book = new MemoryWorkbook(filledSchoolSheets(generated[0]));
  const before = state(book);
  const file = await reportBook(book, sources(schools), NO_PROGRESS, () => XlsxBookWriter.create());
  expect(file.name).toMatch(/^Свод ПедМонитор \d{4}-\d{2}-\d{2}\.xlsx$/);
  const names = await (await XlsxReadOnlyWorkbook.open(file.bytes)).sheetNames();
  expect(names).toEqual(expect.arrayContaining(["ОО", "Сводные данные", "Сбор данных"]));
  expect(names).not.toContain("Паспорт ОО");
  expect(state(book)).toBe(before);
});
