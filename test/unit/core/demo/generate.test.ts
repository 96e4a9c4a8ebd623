import { DEMO_PERIOD, FAULT_KINDS, generateMunicipality } from "../../../../src/core/demo";
import { Random } from "../../../../src/core/demo/random";
import { COMMUNITIES, PASSPORT, TEACHERS, fieldByKey } from "../../../../src/core/schema";
import { dayFromDate, fullYears } from "../../../../src/core/time/day";

const col = (key: string): number => TEACHERS.fields.findIndex((f) => f.key === key);
const schools = generateMunicipality();
const faultCells = new Set(
  schools.flatMap((s) => s.faults.map((f) => `${s.code}:${f.dataRow}:${f.column}`))
);
const cleanRows = schools.flatMap((s) =>
  s.teachers.filter((_, i) => !s.faults.some((f) => f.dataRow === i))
);

describe("generateMunicipality", () => {
  it("makes 12 schools by default, each with staff and communities in the schema's column order", () => {
    expect(schools).toHaveLength(12);
    for (const s of schools) {
      expect(s.teachers.length).toBeGreaterThanOrEqual(18);
      for (const row of s.teachers) expect(row).toHaveLength(TEACHERS.fields.length);
      for (const row of s.communities) expect(row).toHaveLength(COMMUNITIES.fields.length);
      expect(Object.keys(s.passport)).toEqual(PASSPORT.fields.map((f) => f.key));
    }
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(generateMunicipality({ schools: 3, seed: 7 })).toEqual(
      generateMunicipality({ schools: 3, seed: 7 })
    );
    expect(generateMunicipality({ schools: 3, seed: 8 })).not.toEqual(
      generateMunicipality({ schools: 3, seed: 7 })
    );
  });

  it("plants every kind of fault once, also when there is a single school", () => {
    for (const n of [1, 2, 12]) {
      const kinds = generateMunicipality({ schools: n }).flatMap((s) =>
        s.faults.map((f) => f.kind)
      );
      expect([...kinds].sort()).toEqual([...FAULT_KINDS].sort());
    }
    expect(faultCells.size).toBe(FAULT_KINDS.length);
  });

  it("puts the planted values into the rows", () => {
    for (const s of schools)
      for (const f of s.faults) {
        const c = TEACHERS.fields.findIndex((x) => x.header === f.column);
        expect(s.teachers[f.dataRow][c]).toEqual(f.value);
      }
  });

  it("keeps ages at the period's end between 22 and 70 and experience within age − 14", () => {
    for (const row of cleanRows) {
      const age = fullYears(dayFromDate(row[col("birthDate")] as Date), DEMO_PERIOD.end);
      expect(age).toBeGreaterThanOrEqual(22);
      expect(age).toBeLessThanOrEqual(70);
      expect(row[col("pedExperience")] as number).toBeLessThanOrEqual(age - 14);
    }
  });

  it("uses only allowed list values outside the planted faults, and keeps dependent fields consistent", () => {
    for (const row of cleanRows) {
      TEACHERS.fields.forEach((f, c) => {
        const v = row[c];
        if (v === null || !f.values) return;
        const values = f.type === "multilist" ? String(v).split("; ") : [String(v)];
        for (const x of values) expect(f.values).toContain(x);
      });
      expect(row[col("diagnosticsDate")] === null).toBe(row[col("diagnosticsLevel")] === null);
      expect(row[col("courseDate")] === null).toBe(row[col("courseOrganisation")] === null);
      expect(row[col("contestLevel")] === "Не участвовал").toBe(row[col("contestResult")] === null);
      expect(row[col("qualificationCategory")] === "Без категории").toBe(
        row[col("attestationDate")] === null
      );
      for (const key of ["attestationDate", "diagnosticsDate", "courseDate"]) {
        const d = row[col(key)];
        if (d instanceof Date) expect(dayFromDate(d)).toBeLessThanOrEqual(DEMO_PERIOD.end);
      }
    }
  });

  it("has plausible variety: beginners, pension age, external part-timers, several categories", () => {
    const ages = cleanRows.map((r) =>
      fullYears(dayFromDate(r[col("birthDate")] as Date), DEMO_PERIOD.end)
    );
    expect(cleanRows.filter((r) => (r[col("pedExperience")] as number) < 3).length).toBeGreaterThan(
      5
    );
    expect(ages.filter((a) => a >= 60).length).toBeGreaterThan(5);
    expect(cleanRows.some((r) => r[col("employment")] === "Внешнее совместительство")).toBe(true);
    expect(
      new Set(cleanRows.map((r) => r[col("qualificationCategory")])).size
    ).toBeGreaterThanOrEqual(5);
    expect(new Set(cleanRows.map((r) => r[col("fullName")])).size).toBeGreaterThan(
      cleanRows.length / 3
    );
  });

  it("keeps tab numbers unique within a school except the planted duplicate", () => {
    for (const s of schools) {
      const tabs = s.teachers.map((r) => r[col("tabNumber")]);
      const dupes = s.faults.filter((f) => f.kind === "duplicateTabNumber").length;
      expect(new Set(tabs).size).toBe(tabs.length - dupes);
    }
  });

  it("refuses a school count that is not a whole number ≥ 1", () => {
    expect(() => generateMunicipality({ schools: 0 })).toThrow(RangeError);
    expect(() => generateMunicipality({ schools: 1.5 })).toThrow(RangeError);
  });

  it("names fault columns as the schema spells them", () => {
    expect(schools.flatMap((s) => s.faults).map((f) => f.column)).toEqual(
      expect.arrayContaining([
        fieldByKey(TEACHERS, "birthDate").header,
        fieldByKey(TEACHERS, "tabNumber").header,
      ])
    );
  });
});

describe("Random", () => {
  it("gives values in range and repeats for a seed", () => {
    const a = new Random(42);
    const b = new Random(42);
    for (let i = 0; i < 1000; i += 1) {
      const x = a.int(3, 9);
      expect(x).toBe(b.int(3, 9));
      expect(x).toBeGreaterThanOrEqual(3);
      expect(x).toBeLessThanOrEqual(9);
    }
  });
});
