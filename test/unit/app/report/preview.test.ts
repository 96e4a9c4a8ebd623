/**
 * What a report or a new collection would change, before anything is written: schools the
 * workbook holds that the new data leave out (matched by codeKey), rows before and after;
 * schools sent twice; the sentence after a rewritten consolidation.
 */
import {
  changeSentence,
  collectionTotals,
  dataLoss,
  duplicateLines,
  duplicateSchools,
  lossLines,
} from "../../../../src/app/report";
import { describeDiff, type ConsolidationDiff } from "../../../../src/core/consolidate";
import type { SchoolData } from "../../../../src/core/model";

function school(code: string | null, rows: number, file = `${code}.xlsx`): SchoolData {
  return {
    file,
    passport: { schoolCode: code },
    workers: Array.from({ length: rows }, () => ({})),
    issues: [],
  } as unknown as SchoolData;
}

describe("dataLoss", () => {
  const three = [school("ОО-01", 30), school("ОО-02", 40), school("ОО-03", 25)];

  it("names the schools dropped and the rows before and after", () => {
    const loss = dataLoss(three, [school("ОО-09", 1)]);
    expect(loss).toEqual({
      dropped: ["ОО-01", "ОО-02", "ОО-03"],
      schoolsBefore: 3,
      schoolsAfter: 1,
      rowsBefore: 95,
      rowsAfter: 1,
    });
    expect(lossLines(loss!)).toEqual([
      "Не будет 3 ОО: ОО-01, ОО-02, ОО-03.",
      "ОО: было 3, станет 1.",
      "Строк о педагогах: было 95, станет 1.",
    ]);
  });

  it("is null when every school stays and no row is lost", () => {
    expect(dataLoss(three, [...three, school("ОО-04", 5)])).toBeNull();
    expect(dataLoss([], three)).toBeNull();
  });

  it("counts a school with fewer rows as a loss of rows, with no school dropped", () => {
    const loss = dataLoss(three, [school("ОО-01", 30), school("ОО-02", 10), school("ОО-03", 25)]);
    expect(loss?.dropped).toEqual([]);
    expect(loss?.rowsAfter).toBe(65);
  });

  it("does not take a code typed in Latin look-alike letters for a school dropped", () => {
    const latin = [school("OO-01", 30), school("ОО-02", 40), school("ОО 03", 25)];
    expect(dataLoss(three, latin)).toBeNull();
  });
});

describe("duplicateSchools", () => {
  it("names a school sent in two files, matched by codeKey", () => {
    const dups = duplicateSchools([
      school("ОО-01", 3, "a.xlsx"),
      school("ОО-02", 3, "b.xlsx"),
      school("OO-01", 3, "c.xlsx"),
      school(null, 3, "d.xlsx"),
    ]);
    expect(dups).toEqual([{ code: "ОО-01", files: ["a.xlsx", "c.xlsx"] }]);
    expect(duplicateLines(dups)).toEqual([
      "1 ОО в нескольких файлах (лишних — 1 файл).",
      "ОО-01 — 2 файла: «a.xlsx», «c.xlsx».",
    ]);
  });

  it("names 300 copies of 3 schools compactly: a count and the first few files", () => {
    const files = Array.from({ length: 300 }, (_, i) =>
      school(`ОО-0${(i % 3) + 1}`, 30, `ОО ${i + 1}.xlsx`)
    );
    const lines = duplicateLines(duplicateSchools(files));
    expect(lines).toEqual([
      "3 ОО в нескольких файлах (лишних — 297 файлов).",
      "ОО-01 — 100 файлов: «ОО 1.xlsx», «ОО 4.xlsx» и ещё 98.",
      "ОО-02 — 100 файлов: «ОО 2.xlsx», «ОО 5.xlsx» и ещё 98.",
      "ОО-03 — 100 файлов: «ОО 3.xlsx», «ОО 6.xlsx» и ещё 98.",
    ]);
    const five = Array.from({ length: 10 }, (_, i) => school(`ОО-${(i % 5) + 1}`, 1, `${i}.xlsx`));
    expect(duplicateLines(duplicateSchools(five)).at(-1)).toBe("И ещё 2 ОО.");
  });
});

describe("a school sent twice counts once (review 15, M2)", () => {
  const three = [school("ОО-01", 30), school("ОО-02", 40), school("ОО-03", 25)];
  const withCopy = [...three, school("ОО-01", 30, "ОО-01 (копия).xlsx")];

  it("totals count distinct schools and the rows of the file taken", () => {
    expect(collectionTotals(withCopy)).toEqual({ schools: 3, rows: 95 });
    // Files without a code never enter the report: no school, no rows (review 15b).
    expect(collectionTotals([school(null, 2, "a.xlsx"), school(null, 3, "b.xlsx")])).toEqual({
      schools: 0,
      rows: 0,
    });
  });

  it("compares distinct schools: 3 schools and a copy, then one school, is 3 → 1", () => {
    const loss = dataLoss(withCopy, [school("ОО-02", 40)]);
    expect(lossLines(loss!)).toEqual([
      "Не будет 2 ОО: ОО-01, ОО-03.",
      "ОО: было 3, станет 1.",
      "Строк о педагогах: было 95, станет 40.",
    ]);
  });

  it("no false alarm: 300 copies of 3 schools, then the 3 files", () => {
    const copies = Array.from({ length: 100 }, () => withCopy.slice(0, 3)).flat();
    expect(dataLoss(copies, three)).toBeNull();
  });

  it("names dropped schools in code order", () => {
    const loss = dataLoss([school("ОО-10", 1), school("ОО-03", 1), school("ОО-01", 1)], []);
    expect(loss?.dropped).toEqual(["ОО-01", "ОО-03", "ОО-10"]);
  });
});

describe("changeSentence", () => {
  const same: ConsolidationDiff = {
    added: [],
    removed: [],
    changed: [],
    rowsBefore: 95,
    rowsAfter: 95,
    periodChanged: false,
  };

  it("says the consolidation did not change in a sentence, not «Изменения: Изменений нет.»", () => {
    const text = changeSentence(same, describeDiff(same));
    expect(text).toBe("Свод в книге не изменился: те же ОО, 95 строк.");
    expect(text).not.toMatch(/Изменений нет/);
  });

  it("lists the changes after one lead-in", () => {
    const diff = { ...same, added: ["ОО-04"], rowsAfter: 100 };
    expect(changeSentence(diff, describeDiff(diff))).toBe(
      "По сравнению с прежним сводом: Добавлены ОО: ОО-04. Всего было 95 строк, стало 100 строк."
    );
  });
});
