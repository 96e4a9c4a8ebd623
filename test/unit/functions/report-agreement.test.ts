/**
 * Issue 12: the custom functions are self-sufficient. Over `Сводные данные` exactly as the
 * report writes it (the calculation block above the table included), INDICATOR with only
 * (code, range[, school]) gives the report's JSON value for every workers-basis code and
 * every scope; over the hidden tally sheet, every `Сводка` formula gives the value written
 * beside it. Settings differ from the defaults, so the parameters must travel in the data.
 */
import { buildReport, openSources, writeReport, type Report } from "../../../src/app/report";
import { filledSchoolSheets } from "../../../src/app/template";
import { CLUSTERS, clusterCounts } from "../../../src/core/clusters/clusters";
import { generateMunicipality } from "../../../src/core/demo";
import {
  CATALOG,
  FULL_PROFILE_ID,
  PROFILES,
  basisOf,
  defaultSettings,
  type Settings,
} from "../../../src/core/indicators";
import { tallyRange } from "../../../src/core/report";
import { CONSOLIDATED_TEACHERS, OUTPUT_SHEETS, TALLIES } from "../../../src/core/schema";
import type { FormulaCell, SheetModel } from "../../../src/port/sheet-model";
import { clustersTable } from "../../../src/functions/catalog-calls";
import { indicatorDetail, indicatorValue } from "../../../src/functions/indicator-calls";
import { clearTableCache } from "../../../src/functions/table-cache";
import { MemoryWorkbook } from "../app/memory-workbook";
import { excelGrid, serial } from "./excel-range";

const profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
const demo = generateMunicipality({ schools: 4, seed: 5 });
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Not the defaults: an AGE_U35 or EXP_U3 computed with the defaults would differ. */
const settings: Settings = { ...defaultSettings(), youngAgeLimit: 30, beginnerExperience: 5 };

async function demoReport(): Promise<Report> {
  const inputs = demo.map((s, i) => ({ name: s.fileName, bytes: new Uint8Array([...ZIP, i]) }));
  const opened = await openSources(
    inputs,
    async (bytes) => new MemoryWorkbook(filledSchoolSheets(demo[bytes[ZIP.length]]))
  );
  return buildReport(opened.schools, opened.issues, { settings, profile });
}

function sheet(report: Report, name: string): SheetModel {
  return report.sheets.find((s) => s.model.name === name)!.model;
}

const WORKER_CODES = CATALOG.filter((e) => basisOf(e.measure) === "workers").map((e) => e.code);

describe("PEDMON functions agree with the report they were written with", () => {
  let report: Report;
  let data: (string | number | boolean)[][];
  beforeAll(async () => {
    clearTableCache();
    report = await demoReport();
    data = excelGrid(sheet(report, CONSOLIDATED_TEACHERS.name).cells);
  });

  it("INDICATOR(code, 'Сводные данные'[, school]) equals the JSON value for every workers code and scope", () => {
    const scopes = [null, ...report.json.schools.map((s) => s.code)];
    expect(scopes.length).toBeGreaterThan(2);
    const mismatches: string[] = [];
    let checked = 0;
    for (const code of WORKER_CODES) {
      for (const scope of scopes) {
        const json = report.json.indicators.find(
          (x) => x.code === code && x.scope === (scope ?? "total")
        )!;
        const live = indicatorValue(code, data, scope, null, null);
        const detail = indicatorDetail(code, data, scope, null, null)[0];
        const want = [json.numerator ?? "", json.denominator ?? "", json.value ?? ""];
        if (live !== (json.value ?? "") || detail.slice(0, 3).some((v, i) => v !== want[i]))
          mismatches.push(`${code}|${scope ?? "total"}: ${String(live)} ≠ ${String(json.value)}`);
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(WORKER_CODES.length * scopes.length);
  });

  it("the block carries the parameters: without it the young-teacher share differs", () => {
    const top = sheet(report, CONSOLIDATED_TEACHERS.name).headerRow!;
    expect(top).toBeGreaterThan(0);
    const period = [[serial(2024, 9, 1), serial(2025, 8, 31)]];
    const total = report.json.indicators.find((x) => x.code === "AGE_U35" && x.scope === "total")!;
    expect(indicatorValue("AGE_U35", data, null, null, null)).toBe(total.value);
    // The bare table with the period given: the default limit (35) counts more people young.
    const bare = data.slice(top);
    expect(indicatorValue("AGE_U35", bare, null, period, null)).not.toBe(total.value);
    expect(() => indicatorValue("AGE_U35", bare, null, null, null)).toThrow(/период/);
  });

  it("explicit period and settings arguments still win over the block", () => {
    const other = [[serial(2023, 9, 1), serial(2024, 8, 31)]];
    const defaults = [
      ["Параметр", "Значение"],
      ["Возраст молодого педагога, лет (включительно)", 35],
    ];
    const fromBlock = indicatorValue("AGE_U35", data, null, null, null);
    expect(indicatorValue("AGE_U35", data, null, null, defaults)).not.toBe(fromBlock);
    expect(indicatorValue("DIAG", data, null, other, null)).not.toBe(
      indicatorValue("DIAG", data, null, null, null)
    );
  });

  it("CLUSTERS over the range alone counts with the block's period and parameters", () => {
    const c = report.consolidation;
    const want = clusterCounts(c.included, c.period!, settings)[0].counts;
    const got = clustersTable(data, null, null)
      .slice(1)
      .map((row) => row[1]);
    // «ОО с низкими результатами» is a passport flag (sheet `ОО`), and «Специалисты» is
    // everyone in no other cluster: only these two need more than `Сводные данные`.
    const passportBound = new Set(
      CLUSTERS.map((k, i) => (k.key === "lowResults" || k.key === "specialists" ? i : -1))
    );
    const same = (xs: readonly unknown[]) => xs.filter((_, i) => !passportBound.has(i));
    expect(same(got)).toEqual(same(want));
    expect(got[CLUSTERS.findIndex((k) => k.key === "young")]).toBeGreaterThan(0);
  });

  it("every `Сводка` formula reads the tally sheet and equals the value written beside it", () => {
    const summary = sheet(report, OUTPUT_SHEETS.summary);
    const tally = sheet(report, TALLIES.name);
    expect(tally.visibility).toBe("hidden");
    // Written before `Сводка`: Excel resolves a sheet reference when the formula is typed in.
    const order = report.sheets.map((s) => s.model.name);
    expect(order.indexOf(TALLIES.name)).toBeLessThan(order.indexOf(OUTPUT_SHEETS.summary));
    const tallyGrid = excelGrid(tally.cells);
    const formulas = summary.cells
      .flat()
      .filter((c): c is FormulaCell => c !== null && typeof c === "object" && "formula" in c);
    expect(formulas.length).toBeGreaterThan(25);
    const range = tallyRange(report.input)!;
    for (const f of formulas) {
      const m = /^=PEDMON\.INDICATOR\("([A-Z0-9_]+)",(.+)\)$/.exec(f.formula)!;
      expect(m[2]).toBe(range);
      expect({ code: m[1], value: indicatorValue(m[1], tallyGrid, null, null, null) }).toEqual({
        code: m[1],
        value: f.result ?? "",
      });
    }
    // The same tallies give each school's figure too.
    for (const s of report.json.schools)
      for (const f of formulas.slice(0, 10)) {
        const code = /"([A-Z0-9_]+)"/.exec(f.formula)![1];
        const json = report.json.indicators.find((x) => x.code === code && x.scope === s.code)!;
        expect(indicatorValue(code, tallyGrid, s.code, null, null)).toBe(json.value ?? "");
      }
  });

  it("a municipality workbook with the block reads back as report input with the same figures", async () => {
    const book = new MemoryWorkbook();
    await writeReport(book, report);
    const again = await openSources(
      [{ name: "МО.xlsx", bytes: new Uint8Array(ZIP) }],
      async () => book
    );
    const rebuilt = buildReport(again.schools, again.issues, { settings, profile });
    expect(rebuilt.consolidation.period).toEqual(report.consolidation.period);
    expect(rebuilt.json.schools).toEqual(report.json.schools);
    expect(rebuilt.json.indicators).toEqual(report.json.indicators);
  });
});
