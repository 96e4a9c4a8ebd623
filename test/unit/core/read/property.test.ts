/**
 * Properties over any input: reading never throws and never names a row that is
 * not in the grid; a generated valid row with no planted fault gets no error.
 */
import fc from "fast-check";
import { gridSource, readSchool, readTeacherTable } from "../../../../src/core/read";
import type { CellValue, Grid } from "../../../../src/core/model";
import { PASSPORT, TEACHERS } from "../../../../src/core/schema/school";
import * as V from "../../../../src/core/schema/values";
import {
  addYears,
  dateFromDay,
  dayOf,
  formatDay,
  isoDay,
  serialFromDay,
} from "../../../../src/core/time/day";
import { passportGrid, teacherGrid, type Row } from "./fixtures";

const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };
const ctx = { sheet: "Педагоги", file: "ш.xlsx", schoolCode: "ОО-1", period: PERIOD };

const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom(
    ...V.YES_NO,
    ...V.DEFICITS,
    "31.02.1980",
    "01.09.2024",
    "2024-09-01",
    "12,5",
    " ",
    "Да"
  ),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null)
);
const anyRow = fc.array(anyCell, { maxLength: 45 });
const headers = fc.shuffledSubarray(TEACHERS.fields.map((f) => f.header as CellValue));

function rowsInRange(grid: Grid, issues: readonly { row: number | null }[]): boolean {
  return issues.every(
    (i) => i.row === null || (Number.isInteger(i.row) && i.row >= 1 && i.row <= grid.length)
  );
}

describe("any cell contents, any column order", () => {
  it("readTeacherTable returns and names only real rows", () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 4 }),
        headers,
        fc.array(anyRow, { maxLength: 20 }),
        (above, header, rows) => {
          const grid: Grid = [...above, header, ...rows];
          const { workers, issues } = readTeacherTable(grid, ctx);
          expect(rowsInRange(grid, issues)).toBe(true);
          expect(workers.every((w) => w.row >= 1 && w.row <= grid.length)).toBe(true);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("readSchool returns for any passport and teacher grids", () => {
    fc.assert(
      fc.property(
        fc.array(anyRow, { maxLength: 20 }),
        fc.array(anyRow, { maxLength: 10 }),
        headers,
        (passportRows, rows, header) => {
          const passport: Grid = [
            [PASSPORT.labelHeader, PASSPORT.valueHeader],
            ...passportRows.map((r, i) => [
              PASSPORT.fields[i % PASSPORT.fields.length].header,
              r[0] ?? null,
            ]),
          ];
          const teachers: Grid = [header, ...rows];
          const school = readSchool(
            gridSource({ [PASSPORT.name]: passport, [TEACHERS.name]: teachers }),
            "ш.xlsx"
          );
          expect(
            rowsInRange(passport.length > teachers.length ? passport : teachers, school.issues)
          ).toBe(true);
        }
      ),
      { numRuns: 200 }
    );
  });
});

/** A day between two days, in one of the shapes a workbook gives. */
function dateCell(from: number, to: number): fc.Arbitrary<CellValue> {
  return fc
    .tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 0, max: 3 }))
    .map(
      ([day, shape]) => [serialFromDay(day), dateFromDay(day), formatDay(day), isoDay(day)][shape]
    );
}

const spelled = (values: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...values), fc.integer({ min: 0, max: 2 }))
    .map(([v, how]) => [v, ` ${v.toUpperCase()} `, v.toLowerCase()][how]);
const yesNo = fc.constantFrom<CellValue>(
  "Да",
  "Нет",
  "да",
  "нет",
  true,
  false,
  1,
  0,
  "Д",
  "н",
  "yes",
  "No",
  "+",
  "-",
  "ИСТИНА",
  "ложь"
);

const validRow: fc.Arbitrary<Row> = fc
  .record({
    birth: fc.integer({ min: dayOf(1950, 1, 1), max: dayOf(2000, 12, 31) }),
    experienceShare: fc.double({ min: 0, max: 1, noNaN: true }),
    category: fc.constantFrom(...V.QUALIFICATION_CATEGORY),
    diagnosed: fc.boolean(),
    trained: fc.boolean(),
    contest: fc.constantFrom(...V.CONTEST_LEVEL),
    education: fc.constantFrom(...V.EDUCATION_LEVEL),
    sent: fc.boolean(),
    seed: fc.integer({ min: 0, max: 1000 }),
  })
  .chain((r) => {
    const turned14 = addYears(r.birth, 14);
    const age = Math.floor((PERIOD.end - r.birth) / 366);
    const row: Record<string, fc.Arbitrary<CellValue>> = {};
    for (const field of TEACHERS.fields) if (field.type === "yesno") row[field.key] = yesNo;
    Object.assign(row, {
      tabNumber: fc.constant(`Т-${r.seed}`),
      fullName: fc.constantFrom(null, "Петров П.П."),
      sex: spelled(V.SEX),
      birthDate: dateCell(r.birth, r.birth),
      workerCategory: spelled(V.WORKER_CATEGORY),
      position: fc.constant("учитель"),
      educationLevel: fc.constant(r.education),
      pedagogicalEducation:
        r.education === V.NO_PROFESSIONAL_EDUCATION ? fc.constant("Нет") : yesNo,
      pedExperience: fc.constant(Math.floor(r.experienceShare * (age - 14) * 10) / 10),
      qualificationCategory: spelled([r.category]),
      attestationDate:
        r.category === V.NO_CATEGORY
          ? fc.constant(null)
          : dateCell(Math.max(turned14, dayOf(2023, 9, 1)), PERIOD.end),
      diagnosticsDate: r.diagnosed ? dateCell(turned14, PERIOD.end) : fc.constant(null),
      diagnosticsLevel: r.diagnosed ? spelled(V.DIAGNOSTICS_LEVEL) : fc.constant(null),
      deficits: r.diagnosed
        ? fc.subarray([...V.DEFICITS]).map((d) => d.join("; ") || null)
        : fc.constant(null),
      iomDeveloped: r.diagnosed ? yesNo : fc.constant("Нет"),
      courseFromDiagnostics: r.diagnosed ? yesNo : fc.constant(null),
      courseDate: r.trained ? dateCell(turned14, PERIOD.end) : fc.constant(null),
      courseOrganisation: r.trained ? spelled(V.COURSE_ORGANISATION) : fc.constant(null),
      courseInRegistry: r.trained ? yesNo : fc.constant("Нет"),
      retrainingSent: fc.constant(r.sent ? "Да" : "Нет"),
      retrainingCompleted: r.sent ? yesNo : fc.constant("Нет"),
      contestLevel: fc.constant(r.contest),
      contestResult: r.contest === V.NO_CONTEST ? fc.constant(null) : spelled(V.CONTEST_RESULT),
      skillAssessment: spelled(V.SKILL_ASSESSMENT),
      burnout: spelled(V.BURNOUT),
      employment: fc.constantFrom(null, ...V.EMPLOYMENT),
      subject: fc.constant(null),
      note: fc.constant(null),
    });
    return fc.record(row) as fc.Arbitrary<Row>;
  });

describe("a generated valid row", () => {
  it("gets no error, in any column order", () => {
    fc.assert(
      fc.property(
        validRow,
        fc.shuffledSubarray(
          TEACHERS.fields.map((f) => f.key),
          { minLength: TEACHERS.fields.length }
        ),
        (row, order) => {
          const { workers, issues } = readTeacherTable(teacherGrid([row], { order }), ctx);
          expect(issues.filter((i) => i.severity === "error")).toEqual([]);
          expect(workers[0].hasErrors).toBe(false);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("a valid passport gets no issue", () => {
    expect(
      readSchool(
        gridSource({ [PASSPORT.name]: passportGrid(), [TEACHERS.name]: teacherGrid([]) }),
        "ш.xlsx"
      ).issues.map((i) => i.code)
    ).toEqual(["sheet/empty"]);
  });
});
