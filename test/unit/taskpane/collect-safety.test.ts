/**
 * «Собрать файлы ОО» takes only school workbooks: an unrelated workbook is refused by its file
 * name (not a school of 0 rows), a school sent in two files is named at once, and «остальные
 * обработаны» is said only when there were others.
 */
import { unreadableMessage } from "../../../src/app/report";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import { renderIssue } from "../../../src/core/validate/message";
import type { WorkbookPort } from "../../../src/port/workbook-port";
import { collectSources, damagedLines } from "../../../src/taskpane/steps/collect";
import { MemoryWorkbook } from "../app/memory-workbook";

const NO_PROGRESS = { cancelled: false, report: () => undefined };
const ZIP = new Uint8Array([0x50, 0x4b, 3, 4, 0]);
const [one, two] = generateMunicipality({ schools: 2, seed: 5 });

/** Each input's bytes carry its index: the opener hands out that input's workbook. */
function collect(books: { name: string; book: () => WorkbookPort }[]) {
  const inputs = books.map((b, i) => ({ name: b.name, bytes: new Uint8Array([...ZIP, i]) }));
  return collectSources(inputs, async (bytes) => books[bytes[5]].book(), NO_PROGRESS);
}

const school = (g: typeof one) => () => new MemoryWorkbook(filledSchoolSheets(g));
const unrelated = () => MemoryWorkbook.fromGrids({ Лист1: [["Бюджет"], [100]] });

it("refuses a workbook that is not a school's by its file name", async () => {
  const result = await collect([
    { name: "школа.xlsx", book: school(one) },
    { name: "бюджет.xlsx", book: unrelated },
  ]);
  expect(result.read.map((r) => r.name)).toEqual(["школа.xlsx"]);
  expect(result.schools).toHaveLength(1);
  expect(result.skipped).toEqual(["бюджет.xlsx"]);
  expect(result.issues.map(renderIssue).join(" ")).toMatch(
    /«бюджет\.xlsx» — не книга ОО: в нём нет листов «Паспорт ОО» и «Педагоги»\. Файл пропущен, остальные обработаны\./
  );
});

it("refuses a lone unrelated workbook without «остальные обработаны»", async () => {
  await expect(collect([{ name: "бюджет.xlsx", book: unrelated }])).rejects.toMatchObject({
    message: "Не прочитано ни одной книги ОО.",
    hint: expect.not.stringMatching(/остальные/),
  });
});

it("names a school sent in two files at collection", async () => {
  const result = await collect([
    { name: "первый.xlsx", book: school(one) },
    { name: "второй.xlsx", book: school(two) },
    { name: "повтор.xlsx", book: school(one) },
  ]);
  expect(result.duplicates).toEqual([{ code: one.code, files: ["первый.xlsx", "повтор.xlsx"] }]);
});

it("says «остальные обработаны» about an unreadable file only when others were given", () => {
  const bad = new Uint8Array([1, 2, 3]);
  expect(unreadableMessage("a.txt", bad, undefined, false)).not.toMatch(/остальные/);
  expect(unreadableMessage("a.txt", bad, undefined, true)).toMatch(/остальные обработаны/);
});

it("a single unreadable file: the message does not claim other files were processed", async () => {
  const input = { name: "письмо.txt", bytes: new Uint8Array([1, 2, 3]) };
  const error = await collectSources([input], unrelated as never, NO_PROGRESS).catch((e) => e);
  expect(error.hint).toMatch(/«письмо\.txt» не является книгой Excel/);
  expect(error.hint).not.toMatch(/остальные/);
});

it("names a damaged school file at collection: the missing sheet, no code (review 15, minor 5)", async () => {
  const onlyPassport = () => MemoryWorkbook.fromGrids({ "Паспорт ОО": [["Поле"]] });
  const result = await collect([
    { name: "школа.xlsx", book: school(one) },
    { name: "Только паспорт.xlsx", book: onlyPassport },
  ]);
  expect(result.read.map((r) => r.name)).toEqual(["школа.xlsx", "Только паспорт.xlsx"]);
  expect(damagedLines(result.schools)).toEqual([
    "«Только паспорт.xlsx»: нет листа «Педагоги»; в паспорте нет кода ОО — в свод не войдёт.",
  ]);
});
