/** readTeacherTable: header found, columns in any order, tolerant values, unusable input never throws. */
import { readTeacherTable } from "../../../../src/core/read";
import type { Grid } from "../../../../src/core/model";
import { CONSOLIDATED_TEACHERS, TEACHERS } from "../../../../src/core/schema";
import { dateFromDay, dayOf, serialFromDay } from "../../../../src/core/time/day";
import { tableGrid, teacherGrid, validWorker } from "./fixtures";

const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };
const ctx = { sheet: "Педагоги", file: "ш.xlsx", schoolCode: "ОО-1", period: PERIOD };
const read = (grid: Grid) => readTeacherTable(grid, ctx);
const brief = (issues: { code: string; row: number | null; column: string | null }[]) =>
  issues.map((i) => `${i.code}@${i.row}:${i.column}`);
const keys = TEACHERS.fields.map((f) => f.key);

describe("finding the header and the columns", () => {
  it("finds the header below title rows and reports real row numbers", () => {
    const { workers, issues } = read(
      teacherGrid([validWorker({}, 0), validWorker({ sex: "?" }, 1)], { titleRows: 4 })
    );
    expect(workers.map((w) => w.row)).toEqual([6, 7]);
    expect(brief(issues)).toEqual(["cell/enum@7:Пол"]);
  });

  it("reports a header beyond the first 10 rows as not found", () => {
    const { workers, issues } = read(teacherGrid([validWorker()], { titleRows: 10 }));
    expect(workers).toEqual([]);
    expect(brief(issues)).toEqual(["sheet/header-not-found@null:null"]);
  });

  it("reads columns in any order, matching headers tolerantly", () => {
    const reversed = [...keys].reverse();
    const grid = teacherGrid([validWorker()], { order: reversed });
    grid[0] = grid[0].map((h) => `  ${String(h).toUpperCase().replace(/е/g, "ё")}  `);
    const { workers, issues } = read(grid);
    expect(issues).toEqual([]);
    expect(workers[0]).toEqual(read(teacherGrid([validWorker()])).workers[0]);
  });

  it("keeps an unknown column with a warning", () => {
    const grid = teacherGrid([validWorker()]);
    grid[0].push("Стаж в ОО");
    grid[1].push(3);
    const { workers, issues } = read(grid);
    expect(brief(issues)).toEqual(["field/extra@1:Стаж в ОО"]);
    expect(issues[0].severity).toBe("warning");
    expect(workers[0].hasErrors).toBe(false);
  });

  it("reports a missing required column once and leaves every row out", () => {
    const order = keys.filter((k) => k !== "sex");
    const { workers, issues } = read(
      teacherGrid([validWorker({}, 0), validWorker({}, 1)], { order })
    );
    expect(brief(issues)).toEqual(["fields/missing@null:Пол"]);
    expect(workers.map((w) => [w.hasErrors, w.sex])).toEqual([
      [true, null],
      [true, null],
    ]);
  });

  it("warns about a missing optional column and reads it as empty", () => {
    const order = keys.filter((k) => k !== "employment" && k !== "courseInRegistry");
    const { workers, issues } = read(
      teacherGrid([validWorker({ courseDate: null, courseOrganisation: null })], { order })
    );
    expect(brief(issues)).toEqual([
      "field/missing-optional@null:Вид занятости",
      "field/missing-optional@null:Программа ПК из федерального реестра",
    ]);
    expect(workers[0]).toMatchObject({
      employment: "Основное место работы",
      courseInRegistry: false,
      hasErrors: false,
    });
  });

  it("treats blank or merged header cells as missing columns", () => {
    const grid = teacherGrid([validWorker()]);
    grid[0][2] = null;
    grid[0][3] = "";
    const { issues } = read(grid);
    expect(brief(issues)).toEqual(["fields/missing@null:Пол", "fields/missing@null:Дата рождения"]);
  });
});

describe("tolerant values", () => {
  it("skips empty rows and keeps counting real rows", () => {
    const grid = teacherGrid([validWorker({}, 0)]);
    grid.push([], [null, "  ", null], new Array(41).fill(null));
    grid.push(teacherGrid([validWorker({}, 1)])[1]);
    expect(read(grid).workers.map((w) => w.row)).toEqual([2, 6]);
  });

  it("reads yes/no synonyms, list spellings, numbers with commas and three kinds of dates", () => {
    const row = validWorker({
      tabNumber: 7,
      sex: "ж",
      birthDate: serialFromDay(dayOf(1985, 3, 15)),
      attestationDate: dateFromDay(dayOf(2023, 10, 10)),
      diagnosticsDate: "2024-11-12",
      educationLevel: "высшее",
      pedagogicalEducation: "Дa",
      educationMatchesProfile: true,
      mentor: "+",
      mentee: 0,
      retrainingSent: "n",
      retrainingCompleted: "ЛОЖЬ",
      pedExperience: "12,5",
      qualificationCategory: "  первая ",
      employment: "внешнее совместительство",
    });
    const { workers, issues } = read(teacherGrid([row]));
    expect(issues).toEqual([]);
    expect(workers[0]).toMatchObject({
      tabNumber: "7",
      sex: "Ж",
      birthDate: dayOf(1985, 3, 15),
      attestationDate: dayOf(2023, 10, 10),
      diagnosticsDate: dayOf(2024, 11, 12),
      educationLevel: "Высшее",
      pedagogicalEducation: true,
      educationMatchesProfile: true,
      mentor: true,
      mentee: false,
      retrainingSent: false,
      retrainingCompleted: false,
      pedExperience: 12.5,
      qualificationCategory: "Первая",
      employment: "Внешнее совместительство",
    });
  });

  it("reads empty optional yes/no cells as Нет", () => {
    const { workers } = read(
      teacherGrid([validWorker({ courseQualityManagement: null, retrainingInRegion: " " })])
    );
    expect(workers[0]).toMatchObject({ courseQualityManagement: false, retrainingInRegion: false });
  });
});

describe("a consolidated range with a Код ОО column", () => {
  it("gives each worker its row's code, keeps the source and checks uniqueness per school", () => {
    const rows = [
      { ...validWorker({}, 0), schoolCode: "А-1", sourceFile: "a.xlsx", sourceRow: 4 },
      { ...validWorker({}, 0), schoolCode: "Б-2", sourceFile: "b.xlsx", sourceRow: 4 },
      { ...validWorker({}, 0), schoolCode: "Б-2", sourceFile: "b.xlsx", sourceRow: 5 },
    ];
    const { workers, issues } = readTeacherTable(tableGrid(CONSOLIDATED_TEACHERS, rows), {
      ...ctx,
      sheet: "Сводные данные",
      schoolCode: null,
    });
    expect(workers.map((w) => [w.schoolCode, w.sourceFile, w.sourceRow])).toEqual([
      ["А-1", "a.xlsx", 4],
      ["Б-2", "b.xlsx", 4],
      ["Б-2", "b.xlsx", 5],
    ]);
    expect(brief(issues)).toEqual(["row/unique@4:Табельный номер"]);
  });
});

describe("unusable input never throws", () => {
  it("reports a 10,000-character cell and shortens it in the message", () => {
    const { issues } = read(teacherGrid([validWorker({ tabNumber: "9".repeat(10_000) })]));
    expect(brief(issues)).toEqual(["cell/too-long@2:Табельный номер"]);
    expect(issues[0].value!.length).toBeLessThanOrEqual(80);
  });

  it("reads a huge grid with trailing empty rows quickly", () => {
    const grid = teacherGrid([validWorker()]);
    for (let i = 0; i < 300_000; i++) grid.push(i % 2 ? [] : [null, "", null]);
    const t0 = Date.now();
    const { workers, issues } = read(grid);
    expect(workers).toHaveLength(1);
    expect(issues).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(3000);
  });

  it("survives a header row of non-string junk", () => {
    const junk: Grid = [
      [1, true, new Date(0), null, 3.5, new Date(Number.NaN)],
      [Number.NaN, Infinity, false],
    ];
    expect(brief(read(junk).issues)).toEqual(["sheet/header-not-found@null:null"]);
    expect(brief(read([]).issues)).toEqual(["sheet/header-not-found@null:null"]);
  });

  it("survives ragged and sparse rows", () => {
    const grid = teacherGrid([validWorker()]);
    grid[1] = grid[1].slice(0, 5);
    grid[3] = undefined as never;
    grid[5] = ["Т-9"];
    expect(() => read(grid)).not.toThrow();
  });

  it("warns about a header row without data rows", () => {
    expect(brief(read(teacherGrid([])).issues)).toEqual(["sheet/empty@null:null"]);
  });
});
