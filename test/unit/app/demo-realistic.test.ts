/**
 * Issue 11: the realistic mode of the synthetic municipality (the bench's
 * data) makes every validation rule and every recommendation rule fire, at
 * real-world rates, so that scale runs go through every code path real data takes.
 */
import { demoSchoolSheets } from "../../../src/app/demo/school-sheets";
import { readWorkbook } from "../../../src/app/read-workbook";
import { buildReport } from "../../../src/app/report";
import { generateMunicipality, ROW_FAULTS } from "../../../src/core/demo";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../../src/core/indicators";
import type { SchoolData } from "../../../src/core/model";
import { DEFAULT_RULES } from "../../../src/core/recommend/rules";
import { CODES } from "../../../src/core/validate";
import { MemoryWorkbook } from "./memory-workbook";

/**
 * Codes a school workbook cannot raise, and why; everything else must appear.
 * - row/unknown-school: a `Сводные данные` row whose `Код ОО` is not on sheet `ОО`,
 *   which exists only in a consolidated municipality workbook, not in a school's.
 * - cell/maximum: no field of the school workbook's schema has an upper bound.
 * - sheet/far-cell, cell/formula-without-value: raised by the .xlsx reader about how a
 *   file was saved (a stray far value, a formula with no stored result), not by the
 *   data the generator plants; test/e2e/report/inputs.test.ts covers both.
 */
const NOT_FROM_SCHOOL_FILES = [
  "row/unknown-school",
  "cell/maximum",
  "sheet/far-cell",
  "cell/formula-without-value",
];

async function realisticReport(schools: number, seed: number) {
  const generated = generateMunicipality({ schools, seed, realistic: true });
  const read: SchoolData[] = [];
  for (const school of generated) {
    const book = await readWorkbook(new MemoryWorkbook(demoSchoolSheets(school)), school.fileName);
    for (const s of book.schools) read.push(s);
  }
  const report = buildReport(read, [], {
    settings: defaultSettings(),
    profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
  });
  return { generated, report };
}

describe("the realistic synthetic municipality", () => {
  let run: Awaited<ReturnType<typeof realisticReport>>;
  beforeAll(async () => {
    run = await realisticReport(60, 11);
  });

  it("raises every validation code a school workbook can raise", () => {
    const seen = new Set<string>(run.report.consolidation.issues.map((i) => i.code));
    const expected = Object.keys(CODES).filter((c) => !NOT_FROM_SCHOOL_FILES.includes(c));
    expect(expected.filter((c) => !seen.has(c))).toEqual([]);
  });

  it("fires every recommendation rule", () => {
    const seen = new Set(run.report.recommendations.map((r) => r.rule));
    expect(DEFAULT_RULES.map((r) => r.code).filter((c) => !seen.has(c))).toEqual([]);
  });

  it("finds each planted row fault on its row", () => {
    const byFile = new Map<string, Set<string>>();
    for (const i of run.report.consolidation.issues) {
      const key = i.file ?? "";
      if (!byFile.has(key)) byFile.set(key, new Set());
      byFile.get(key)!.add(`${i.row}|${i.code}`);
    }
    let checked = 0;
    for (const school of run.generated) {
      // A staff table not read, or with a retyped header, may hide row faults, as real ones would.
      const hidden =
        school.realistic.some((f) => f.dataRow === null && /^sheet\//.test(f.code)) ||
        school.layout.some((c) => c.sheet === "Педагоги");
      if (hidden) continue;
      for (const f of school.realistic) {
        if (f.dataRow === null) continue;
        expect(byFile.get(school.fileName)).toContain(`${f.dataRow + 2}|${f.code}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(ROW_FAULTS.length);
  });

  it("keeps errors at real-world rates: a few per cent of rows, most schools accepted", () => {
    const rows = run.generated.reduce((n, s) => n + s.teachers.length, 0);
    const faultyRows = run.generated.reduce(
      (n, s) => n + s.realistic.filter((f) => f.dataRow !== null).length,
      0
    );
    expect(faultyRows / rows).toBeGreaterThan(0.02);
    expect(faultyRows / rows).toBeLessThan(0.12);
    expect(run.report.consolidation.included.length).toBeGreaterThanOrEqual(50);
  });

  it("is deterministic and leaves the demo mode as it was", () => {
    expect(generateMunicipality({ schools: 5, seed: 3, realistic: true })).toEqual(
      generateMunicipality({ schools: 5, seed: 3, realistic: true })
    );
    const demo = generateMunicipality({ schools: 5, seed: 3 });
    expect(demo.every((s) => s.realistic.length === 0 && s.layout.length === 0)).toBe(true);
    expect(demo.flatMap((s) => s.faults)).toHaveLength(4);
  });
});
