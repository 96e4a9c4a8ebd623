/**
 * TEMPORARY migration oracle (issue 16, item 2): the old block engine and the new
 * closure engine side by side on the realistic generator, the demo data and the
 * bench's synthetic rows, for every catalog code, custom shares and every scope:
 * identical results, coverage and per-school tallies. Deleted with the old engine.
 */
import { demoSchoolSheets } from "../../../../src/app/demo/school-sheets";
import { readWorkbook } from "../../../../src/app/read-workbook";
import { customIndicatorsBlock, readCustomIndicators } from "../../../../src/core/cycle";
import { generateMunicipality } from "../../../../src/core/demo";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { computeIndicatorsOld } from "../../../../src/core/indicators/engine-block-old";
import type { ShareDefinition } from "../../../../src/core/indicators/measures";
import type { SchoolData } from "../../../../src/core/model";
import { MemoryWorkbook } from "../../app/memory-workbook";
import { syntheticSchools, syntheticWorkers } from "../../../../bench/cases/indicators-data";

async function read(options: Parameters<typeof generateMunicipality>[0]): Promise<SchoolData[]> {
  const out: SchoolData[] = [];
  for (const school of generateMunicipality(options)) {
    const book = await readWorkbook(new MemoryWorkbook(demoSchoolSheets(school)), school.fileName);
    out.push(...book.schools);
  }
  return out;
}

const CUSTOM: ShareDefinition[] = [
  {
    code: "X_CONTEST",
    title: "x",
    denominator: { population: "PED" },
    numerator: {
      population: "PED",
      where: [{ op: "in", field: "contestLevel", values: ["Региональный", "всероссийский"] }],
    },
  },
  {
    code: "X_MIX",
    title: "x",
    denominator: { population: "ANY", where: [{ op: "filled", field: "deficits" }] },
    numerator: {
      population: "ANY",
      where: [
        { op: "filled", field: "deficits" },
        { op: "not", of: { op: "named", name: "pensionAge" } },
        {
          op: "any",
          of: [
            { op: "notIn", field: "position", values: ["учитель"] },
            { op: "ge", field: "pedExperience", value: 10 },
            { op: "withinYears", field: "attestationDate", years: 5 },
          ],
        },
      ],
    },
  },
  {
    code: "X_EXT",
    title: "x",
    denominator: { population: "EXTERNAL" },
    numerator: { population: "EXTERNAL", where: [{ op: "false", field: "mentor" }] },
  },
];

function same(schools: SchoolData[], custom: ShareDefinition[] = []): void {
  const settings = defaultSettings();
  const ours = computeIndicators(schools, settings, { custom });
  const old = computeIndicatorsOld(schools, settings, { custom });
  expect(ours.results.length).toBeGreaterThan(0);
  expect(ours.results).toEqual(old.results);
  expect(ours.coverage).toEqual(old.coverage);
  expect(ours.tallies).toEqual(old.tallies);
}

describe("migration: the closure engine equals the block engine", () => {
  it("realistic generator, every catalog code and scope, with custom shares", async () => {
    const schools = await read({ schools: 40, seed: 11, realistic: true });
    const parsed = readCustomIndicators(customIndicatorsBlock().cells as never).definitions;
    same(schools);
    expect(parsed.length).toBe(1);
    same(schools, [...CUSTOM, ...parsed]);
  });
  it("demo data", async () => {
    same(await read({ schools: 12, seed: 1 }));
    same(await read({ schools: 12, seed: 5 }), CUSTOM);
  });
  it("the bench's synthetic rows", () => {
    same(syntheticSchools(syntheticWorkers(20_000)), CUSTOM);
  });
});
