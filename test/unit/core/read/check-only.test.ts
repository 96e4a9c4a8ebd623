/**
 * The validation-only path (`pedmonitor validate`, «Проверить») must give exactly
 * the issues of the reader that builds Workers, for any grid: same codes, messages,
 * rows, columns, values, order; and as many rows as that reader has workers.
 */
import fc from "fast-check";
import type { CellValue, Grid } from "../../../../src/core/model";
import { checkSchool, checkTeacherTable, gridSource, readSchool } from "../../../../src/core/read";
import { readTeacherTable } from "../../../../src/core/read/teachers";
import { CONSOLIDATED_TEACHERS } from "../../../../src/core/schema/municipality";
import { PASSPORT, TEACHERS } from "../../../../src/core/schema/school";
import type { FieldSpec } from "../../../../src/core/schema/types";
import { dateFromDay, dayOf, formatDay, serialFromDay } from "../../../../src/core/time/day";
import { passportGrid, validWorker } from "./fixtures";

const junk: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(null, " ", "31.02.1980", "12,5", "да", "HET", "ЦНППМ;цифровые", "x; Цифровые")
);

/** A day from 1930 to 2030 as a workbook gives it: serial, Date or text. */
const anyDate: fc.Arbitrary<CellValue> = fc
  .tuple(fc.integer({ min: dayOf(1930, 1, 1), max: dayOf(2030, 12, 31) }), fc.nat(2))
  .map(([day, shape]) => [serialFromDay(day), dateFromDay(day), formatDay(day)][shape]);

/** Mostly a plausible value of the field (so required-when and the row rules fire), sometimes junk. */
function cellOf(field: FieldSpec): fc.Arbitrary<CellValue> {
  const plausible: fc.Arbitrary<CellValue> =
    field.type === "date"
      ? anyDate
      : field.key === "tabNumber"
        ? fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom("1", "01", "Т-1", " Т-1 ", "2"))
        : field.type === "number" || field.type === "integer"
          ? fc.oneof(fc.integer({ min: -2, max: 80 }), fc.constantFrom("12,5", "1 250"))
          : field.values
            ? fc.constantFrom<CellValue>(...field.values, field.values[0].toUpperCase(), null)
            : fc.constantFrom<CellValue>("учитель", null);
  return fc.oneof({ weight: 5, arbitrary: plausible }, { weight: 1, arbitrary: junk });
}

const fields = [...CONSOLIDATED_TEACHERS.fields];
const row = fc.tuple(...fields.map(cellOf));
/** Every column, some dropped, in any order; `Код ОО` (a consolidated sheet) now and then. */
const columns = fc
  .shuffledSubarray(
    fields.map((_, i) => i),
    { minLength: fields.length - 4 }
  )
  .chain((order) =>
    fc
      .boolean()
      .map((consolidated) =>
        consolidated ? order : order.filter((i) => fields[i].key !== "schoolCode")
      )
  );
const period = fc.constantFrom(
  null,
  { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) },
  { start: dayOf(1990, 1, 1), end: dayOf(1995, 1, 1) }
);

function grid(order: number[], rows: CellValue[][], above: number): Grid {
  const out: Grid = [];
  for (let i = 0; i < above; i++) out.push(["Сведения о педагогических работниках"]);
  out.push(order.map((i) => fields[i].header));
  for (const r of rows) out.push(order.map((i) => r[i]));
  return out;
}

describe("checkTeacherTable and readTeacherTable", () => {
  it("give identical issues and as many rows as workers, for random grids", () => {
    fc.assert(
      fc.property(
        columns,
        fc.array(row, { maxLength: 25 }),
        fc.nat(2),
        period,
        fc.constantFrom(null, "ОО-1"),
        (order, rows, above, p, schoolCode) => {
          const g = grid(order, rows, above);
          const ctx = { sheet: TEACHERS.name, file: "ш.xlsx", schoolCode, period: p };
          const read = readTeacherTable(g, ctx);
          const checked = checkTeacherTable(g, ctx);
          expect(checked.issues).toEqual(read.issues);
          expect(checked.rowsRead).toBe(read.workers.length);
        }
      ),
      { numRuns: 300 }
    );
  });

  it("agree on fresh strings as a workbook reader gives them, not the schema's own objects", () => {
    // `${x}` of a string literal is the same object: copy through the characters.
    const fresh = (v: CellValue): CellValue => (typeof v === "string" ? Array.from(v).join("") : v);
    const rows = Array.from({ length: 30 }, (_, i) => validWorker({}, i % 20));
    const g = grid(
      TEACHERS.fields.map((f) => fields.findIndex((x) => x.key === f.key)),
      rows.map((r) => fields.map((f) => fresh(r[f.key] ?? null))),
      1
    );
    const ctx = {
      sheet: TEACHERS.name,
      file: "ш.xlsx",
      schoolCode: "ОО-1",
      period: { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) },
    };
    const read = readTeacherTable(g, ctx);
    expect(read.issues.some((i) => i.code === "row/unique")).toBe(true);
    expect(checkTeacherTable(g, ctx)).toEqual({ issues: read.issues, rowsRead: 30 });
  });
});

describe("checkSchool and readSchool", () => {
  it("give identical issues, in order, and as many rows as workers", () => {
    fc.assert(
      fc.property(
        columns,
        fc.array(row, { maxLength: 10 }),
        fc.constantFrom("31.08.2025", "01.01.1995", "не дата", null),
        fc.boolean(),
        (order, rows, periodEnd, withTeachers) => {
          const sheets: Record<string, Grid> = {
            [PASSPORT.name]: passportGrid({ periodEnd }),
          };
          if (withTeachers) sheets[TEACHERS.name] = grid(order, rows, 1);
          const read = readSchool(gridSource(sheets), "ш.xlsx");
          const checked = checkSchool(gridSource(sheets), "ш.xlsx");
          expect(checked.issues).toEqual(read.issues);
          expect(checked.rowsRead).toBe(read.workers.length);
        }
      ),
      { numRuns: 150 }
    );
  });
});
