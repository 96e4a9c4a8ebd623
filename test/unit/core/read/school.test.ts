/** readSchool: passport, teachers and communities of a school workbook, tolerant and never throwing. */
import { gridSource, readSchool } from "../../../../src/core/read";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../../../../src/core/schema/school";
import { dayOf } from "../../../../src/core/time/day";
import { passportGrid, schoolSheets, schoolSource, validWorker } from "./fixtures";
import { renderIssue } from "../../../../src/core/validate/message";

const brief = (issues: { code: string; row: number | null; column: string | null }[]) =>
  issues.map((i) => `${i.code}@${i.row}:${i.column}`);

describe("a clean school workbook", () => {
  const school = readSchool(schoolSource(), "школа.xlsx");
  it("has no issues and reads every sheet", () => {
    expect(school.issues).toEqual([]);
    expect(school.badPassportFields).toEqual([]);
    expect(school.workers).toHaveLength(2);
    expect(school.communities).toHaveLength(1);
  });
  it("reads the passport into days, numbers and answers", () => {
    expect(school.passport).toMatchObject({
      schoolCode: "ОО-12",
      periodStart: dayOf(2024, 9, 1),
      periodEnd: dayOf(2025, 8, 31),
      pedPositions: 40,
      mentoringModel: true,
      lowResults: false,
    });
  });
  it("gives workers the school's code and their real row (two title rows, header in row 3)", () => {
    expect(school.workers.map((w) => [w.schoolCode, w.row, w.tabNumber])).toEqual([
      ["ОО-12", 4, "Т-001"],
      ["ОО-12", 5, "Т-002"],
    ]);
    expect(school.communities[0]).toMatchObject({
      schoolCode: "ОО-12",
      row: 2,
      type: "Методическое объединение",
      participants: 5,
    });
  });
});

describe("the passport", () => {
  const read = (passport: Record<string, unknown>) =>
    readSchool(schoolSource({ passport: passport as never }), "ш.xlsx");

  it("finds labels in any order, and tolerates case and spaces", () => {
    const grid = passportGrid();
    const [title, header, ...rows] = grid;
    rows.reverse();
    rows[0] = [`  ${String(rows[0][0]).toUpperCase()} `, rows[0][1]];
    const school = readSchool(
      gridSource({ ...schoolSheets(), [PASSPORT.name]: [title, header, ...rows] }),
      "ш.xlsx"
    );
    expect(school.issues).toEqual([]);
    expect(school.passport.lowResults).toBe(false);
  });

  it.each([
    [
      "missing start",
      { periodStart: null },
      "cell/required",
      "Начало отчётного периода",
      ["periodStart"],
    ],
    [
      "end before start",
      { periodEnd: "01.08.2024" },
      "row/constraint/period-order",
      "Конец отчётного периода",
      ["periodEnd"],
    ],
    [
      "end equal to start",
      { periodEnd: "01.09.2024" },
      "row/constraint/period-order",
      "Конец отчётного периода",
      ["periodEnd"],
    ],
    [
      "period over 2 years",
      { periodEnd: "02.09.2026" },
      "row/constraint/period-too-long",
      "Конец отчётного периода",
      ["periodEnd"],
    ],
    [
      "invalid end",
      { periodEnd: "31.06.2025" },
      "cell/type",
      "Конец отчётного периода",
      ["periodEnd"],
    ],
    ["bad school code", { schoolCode: "ОО/12" }, "cell/type", "Код ОО", ["schoolCode"]],
    [
      "vacancies above positions",
      { pedVacancies: 41 },
      "row/constraint/vacancies-exceed-positions",
      "Вакансий педагогических работников",
      ["pedVacancies"],
    ],
    [
      "fractional vacancies",
      { mgrVacancies: "0,5" },
      "cell/type",
      "Вакансий управленческих кадров",
      ["mgrVacancies"],
    ],
    [
      "bad yes/no",
      { lowResults: "возможно" },
      "cell/type",
      "ОО с низкими образовательными результатами",
      ["lowResults"],
    ],
  ])("%s: one passport error, the key listed as unusable", (_name, passport, code, label, bad) => {
    const school = read(passport);
    expect(brief(school.issues)).toEqual([
      `${code}@${PASSPORT.fields.findIndex((f) => f.header === label) + 3}:${label}`,
    ]);
    expect(school.badPassportFields).toEqual(bad);
  });

  it("lets a period of exactly 2 years pass", () => {
    expect(read({ periodEnd: "01.09.2026" }).issues).toEqual([]);
  });

  it("skips the period rules of workers when the period is unusable", () => {
    const school = readSchool(
      schoolSource({
        passport: { periodEnd: "вчера" },
        workers: [validWorker({ courseDate: "01.01.2031" })],
      }),
      "ш.xlsx"
    );
    expect(brief(school.issues)).toEqual(["cell/type@7:Конец отчётного периода"]);
    expect(school.workers[0].hasErrors).toBe(false);
  });

  it("reports a missing label row, and an unknown label as a warning", () => {
    const grid = passportGrid().filter((row) => row[0] !== "Муниципалитет");
    grid.push(["Телефон", "123"]);
    const school = readSchool(gridSource({ ...schoolSheets(), [PASSPORT.name]: grid }), "ш.xlsx");
    expect(brief(school.issues)).toEqual([
      "field/extra@16:Телефон",
      "fields/missing@null:Муниципалитет",
    ]);
    expect(school.issues.map((i) => i.severity)).toEqual(["warning", "error"]);
    expect(school.badPassportFields).toEqual(["municipality"]);
  });
});

describe("sheets", () => {
  it("finds sheets by tolerant name", () => {
    const sheets = schoolSheets();
    const renamed = { " паспорт оо": sheets[PASSPORT.name], ПЕДАГОГИ: sheets[TEACHERS.name] };
    const school = readSchool(gridSource(renamed), "ш.xlsx");
    expect(school.issues).toEqual([]);
    expect(school.workers).toHaveLength(2);
  });

  it("reports a missing required sheet once, without throwing", () => {
    const { [PASSPORT.name]: _p, ...noPassport } = schoolSheets();
    const school = readSchool(gridSource(noPassport), "ш.xlsx");
    expect(brief(school.issues)).toEqual(["sheet/missing@null:null"]);
    expect(renderIssue(school.issues[0])).toContain("Паспорт ОО");
    expect(school.badPassportFields).toContain("periodStart");
    expect(school.workers).toHaveLength(2);

    const { [TEACHERS.name]: _t, ...noTeachers } = schoolSheets();
    expect(brief(readSchool(gridSource(noTeachers), "ш.xlsx").issues)).toEqual([
      "sheet/missing@null:null",
    ]);
  });

  it("reads a missing or empty communities sheet as empty", () => {
    expect(readSchool(schoolSource({ communities: null }), "ш.xlsx").issues).toEqual([]);
    const school = readSchool(schoolSource({ communities: [] }), "ш.xlsx");
    expect(school.issues).toEqual([]);
    expect(school.communities).toEqual([]);
  });

  it("validates community rows by the schema", () => {
    const school = readSchool(
      schoolSource({
        communities: [{ type: "Клуб", title: "Х", level: "Школьный", participants: "2,5" }],
      }),
      "ш.xlsx"
    );
    expect(brief(school.issues)).toEqual(["cell/enum@2:Тип", "cell/type@2:Участников из ОО"]);
    expect(school.communities[0].hasErrors).toBe(true);
    expect(COMMUNITIES.mayBeEmpty).toBe(true);
  });
});
