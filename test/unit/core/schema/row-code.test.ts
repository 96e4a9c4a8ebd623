/**
 * The row plumbing generated from the schema: the Worker builder and the rule row hold
 * exactly what a plain loop over TEACHER_FIELDS gives (emptyValueOf for an empty cell),
 * in schema order; the engine's getters, columns and flags follow the same order.
 */
import fc from "fast-check";
import { GET } from "../../../../src/core/indicators/field-access";
import { makeRuleRowFiller } from "../../../../src/core/read/rule-row";
import { makeWorkerBuilder } from "../../../../src/core/read/worker";
import { CONSOLIDATED_TEACHERS, TEACHERS } from "../../../../src/core/schema";
import { prop } from "../../../../src/core/schema/row-code";
import { emptyValueOf } from "../../../../src/core/schema/teacher-row";
import { TEACHER_FIELDS } from "../../../../src/core/schema/teachers";
import type { FieldSpec } from "../../../../src/core/schema/types";
import { DATE_FIELDS, dateAt } from "../../../../src/core/validate/rows/rule";

const fields: readonly FieldSpec[] = TEACHER_FIELDS;
const keys = fields.map((f) => f.key);

/** A parsed value a column of this type can hold, or empty (null / undefined). */
function parsedValue(field: FieldSpec): fc.Arbitrary<unknown> {
  const empty = fc.constantFrom(null, undefined);
  switch (field.type) {
    case "yesno":
      return fc.oneof(fc.boolean(), empty);
    case "date":
    case "integer":
      return fc.oneof(fc.integer({ min: 0, max: 80000 }), empty);
    case "number":
      return fc.oneof(fc.double({ min: 0, max: 60, noNaN: true }), empty);
    case "multilist":
      return fc.oneof(
        fc.array(fc.constantFrom(...(field.values ?? ["x"])), { maxLength: 3 }),
        empty
      );
    default:
      return fc.oneof(fc.string({ maxLength: 5 }), empty);
  }
}

/** The reference: one plain loop over the schema. */
function byLoop(values: readonly unknown[], o: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  fields.forEach((f, k) => {
    const v = values[o + k];
    out[f.key] =
      f.type === "yesno" && f.emptyMeans !== undefined ? v === true : (v ?? emptyValueOf(f));
  });
  return out;
}

const rows = fc.tuple(...fields.map(parsedValue));

describe("row code generated from the schema", () => {
  it("builds each Worker as the loop over the schema reads it, keys in schema order", () => {
    const build = makeWorkerBuilder(TEACHERS.fields);
    const fill = makeRuleRowFiller(TEACHERS.fields);
    fc.assert(
      fc.property(rows, (values) => {
        const w = build(values, 7, "ОО-1", false);
        expect(Object.keys(w)).toEqual(["schoolCode", "row", "hasErrors", ...keys]);
        expect(w).toEqual({ schoolCode: "ОО-1", row: 7, hasErrors: false, ...byLoop(values, 0) });
        expect({ ...fill(values) }).toEqual(byLoop(values, 0));
        DATE_FIELDS.forEach((f, i) => expect(dateAt(w, i)).toBe(w[f]));
      }),
      { numRuns: 200 }
    );
  });

  it("reads a consolidated row from its offset, with its source columns", () => {
    const build = makeWorkerBuilder(CONSOLIDATED_TEACHERS.fields);
    const o = CONSOLIDATED_TEACHERS.fields.findIndex((f) => f.key === keys[0]);
    const src = CONSOLIDATED_TEACHERS.fields.findIndex((f) => f.key === "sourceFile");
    fc.assert(
      fc.property(rows, (values) => {
        const cells: unknown[] = CONSOLIDATED_TEACHERS.fields.map(() => null);
        values.forEach((v, k) => (cells[o + k] = v));
        cells[src] = "ОО-1.xlsx";
        const w = build(cells, 3, "ОО-1", true);
        expect(w).toMatchObject(byLoop(cells, o));
        expect(w.sourceFile).toBe("ОО-1.xlsx");
      }),
      { numRuns: 50 }
    );
  });

  it("refuses a sheet whose teacher columns are missing or out of order", () => {
    expect(() => makeWorkerBuilder(fields.slice(1))).toThrow(/lacks tabNumber/);
    const swapped = [fields[1], fields[0], ...fields.slice(2)];
    expect(() => makeRuleRowFiller(swapped)).toThrow(/out of order/);
  });

  it("gives the engine a getter per field, the school code then the schema's order", () => {
    expect(Object.keys(GET)).toEqual(["schoolCode", ...keys]);
    const build = makeWorkerBuilder(TEACHERS.fields);
    fc.assert(
      fc.property(rows, (values) => {
        const w = build(values, 2, "ОО-9", false);
        for (const f of Object.keys(GET) as (keyof typeof GET)[]) expect(GET[f](w)).toBe(w[f]);
      }),
      { numRuns: 100 }
    );
  });

  it("gives the date rules every date column, the birth date first", () => {
    expect(DATE_FIELDS[0]).toBe("birthDate");
    expect([...DATE_FIELDS].sort()).toEqual(
      fields
        .filter((f) => f.type === "date")
        .map((f) => f.key)
        .sort()
    );
  });

  it("takes only identifiers as keys into generated code", () => {
    expect(prop("courseDate")).toBe("courseDate");
    for (const bad of ["a-b", "x; throw 1", "", "1a", "ключ"]) expect(() => prop(bad)).toThrow();
  });
});
