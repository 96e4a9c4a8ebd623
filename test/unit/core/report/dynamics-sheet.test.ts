import { historyJson, historyOf, dynamicsInput } from "../../../../src/core/cycle/history";
import { effectivenessJson } from "../../../../src/core/cycle/effectiveness-json";
import { analyseEffectiveness } from "../../../../src/core/cycle/effectiveness";
import type { EarlierPeriod } from "../../../../src/core/cycle/periods";
import { findProfile } from "../../../../src/core/indicators/profiles";
import {
  dynamicsSheet,
  SERIES_PER_CHART,
  valueWidth,
} from "../../../../src/core/report/dynamics-sheet";
import { printLayout } from "../../../../src/core/report/print-layout";
import { shortTitle } from "../../../../src/core/report/dynamics-sheet";
import { dayOf } from "../../../../src/core/time/day";
import { TOTAL, measure, result, settings } from "../cycle/fixtures";

const year = (start: number) => ({ start: dayOf(start, 9, 1), end: dayOf(start + 1, 8, 31) });
const earlier = (start: number, values: Record<string, number>): EarlierPeriod => ({
  source: `${start}.xlsx`,
  period: year(start),
  schoolCodes: ["ОО-1"],
  values: new Map(Object.entries(values).map(([code, v]) => [`${code}|total`, v])),
});
const profile = findProfile("003")!;
const units = new Map([
  ["VAC_PED", "единиц"],
  ["VAC_MGR", "единиц"],
]);
const results = [
  ...profile.codes.map((code, i) => result(code, TOTAL, 10 + i)),
  result("DIAG", "ОО-1", 99),
];

describe("history and Динамика", () => {
  const history = historyOf(
    [earlier(2023, { IOM: 5.25 }), earlier(2024, { IOM: 7, VAC_PED: 3 })],
    year(2025),
    results
  );

  it("gives each total value per period, oldest first, the current one last", () => {
    const json = historyJson(history);
    const iom = json.find((h) => h.code === "IOM")!;
    expect(iom).toEqual({
      code: "IOM",
      scope: "total",
      periods: [
        { end: "2024-08-31", value: 5.25 },
        { end: "2025-08-31", value: 7 },
        { end: "2026-08-31", value: results.find((r) => r.code === "IOM")!.value },
      ],
    });
    expect(json.find((h) => h.code === "VAC_PED")!.periods.map((p) => p.value)[0]).toBeNull();
    expect(historyJson(historyOf([], year(2025), results))).toEqual([]);
  });

  it("lays out the profile's indicators with one column per period and line charts per unit", () => {
    const sheet = dynamicsSheet(dynamicsInput(history), profile, new Map(), units);
    expect(sheet.name).toBe("Динамика");
    const header = sheet.cells[sheet.headerRow!];
    expect(header).toEqual(["Код", "Показатель", "Единица", "2023/24", "2024/25", "2025/26"]);
    const rows = sheet.cells.slice(sheet.headerRow! + 1).filter((r) => r.length > 0);
    expect(rows.map((r) => r[0])).toEqual(profile.codes);
    const iom = rows.find((r) => r[0] === "IOM")!;
    expect(iom.slice(3)).toEqual([5.25, 7, results.find((r) => r.code === "IOM")!.value]);
    const charts = sheet.charts!;
    expect(charts.every((c) => c.kind === "line")).toBe(true);
    const shares = profile.codes.filter((c) => !units.has(c)).length;
    expect(charts.filter((c) => c.title.startsWith("Доли")).length).toBe(
      Math.ceil(shares / SERIES_PER_CHART)
    );
    const counts = charts.find((c) => c.title === "Показатели, единиц")!;
    expect(counts.series).toHaveLength(2);
    expect(counts.categories).toEqual({ row: sheet.headerRow, col: 3, rows: 1, cols: 3 });
    const vacRow = sheet.cells.findIndex((r) => r[0] === "VAC_PED");
    expect(counts.series[0].values).toEqual({ row: vacRow, col: 3, rows: 1, cols: 3 });
    // Charts sit under the table, not over it.
    expect(charts.every((c) => c.anchor.row > sheet.cells.length)).toBe(true);
  });

  it("draws the charts two abreast, four to a landscape page (one to a page printed 11 pages)", () => {
    const sheet = dynamicsSheet(dynamicsInput(history), profile, new Map(), units);
    const charts = sheet.charts!;
    expect(charts.length).toBeGreaterThan(2);
    const widths = (sheet.columns ?? []).map((c) => c.width ?? 8.43);
    const sum = (from: number, count: number) =>
      widths.slice(from, from + count).reduce((a, b) => a + b, 0);
    charts.forEach((c, i) => {
      const pair = charts[i - (i % 2)];
      expect(c.anchor.row).toBe(pair.anchor.row);
      expect(c.anchor.col).toBe(i % 2 === 0 ? 0 : 2);
      if (i % 2 === 0) expect(c.anchor.col + c.anchor.cols).toBeLessThanOrEqual(2);
      else expect(c.anchor.col + c.anchor.cols).toBe(widths.length);
    });
    // The two charts of a row about as wide as each other.
    const left = sum(0, 2);
    const right = sum(2, widths.length - 2);
    expect(Math.abs(left - right) / left).toBeLessThan(0.1);
    // After the print pass: no page break between the two rows of charts of a page.
    const printed = printLayout(sheet);
    const firstChartRow = charts[0].anchor.row;
    const breaks = (printed.pageSetup!.rowBreaks ?? []).filter((b) => b >= firstChartRow);
    const chartRows = new Set(charts.map((c) => c.anchor.row)).size;
    expect(breaks.length).toBeLessThanOrEqual(Math.ceil(chartRows / 2));
  });

  it("sizes the periods' columns so the right chart matches the left one, never below 11", () => {
    expect(valueWidth(2)).toBe(31);
    expect(valueWidth(3)).toBe(21);
    expect(valueWidth(6)).toBe(11);
    expect(valueWidth(8)).toBe(11);
  });

  it("adds custom indicators (not in the catalog) after the profile's, titled", () => {
    const custom = historyOf([earlier(2024, { MY_SHARE: 40 })], year(2025), [
      ...results,
      result("MY_SHARE", TOTAL, 45),
    ]);
    const sheet = dynamicsSheet(
      dynamicsInput(custom),
      profile,
      new Map([["MY_SHARE", "Моя доля"]]),
      units
    );
    const last = sheet.cells.filter((r) => r.length > 3).at(-1)!;
    expect(last).toEqual(["MY_SHARE", "Моя доля", "%", 40, 45]);
    expect(sheet.cells.some((r) => r[0] === "DIAG")).toBe(false); // not in profile 003
  });

  it("without an earlier period says how to get one, with no table or chart", () => {
    const sheet = dynamicsSheet(dynamicsInput(null), profile, new Map(), units);
    expect(sheet.charts).toBeUndefined();
    expect(String(sheet.cells[2][0])).toContain("--previous");
  });
});

describe("effectivenessJson", () => {
  it("carries exact values, better and verdicts as cli.md shows", () => {
    const e = analyseEffectiveness(
      [result("IOM", TOTAL, 12.345678, 10), result("PART_TIME", TOTAL, 7, null, "—")],
      new Map([
        ["IOM|total", 10.1],
        ["PART_TIME|total", 9],
      ]),
      [measure({ row: 5, indicator: "IOM", level: "муниципальный", status: "Выполнена" })],
      settings()
    );
    const json = effectivenessJson(e);
    expect(json.indicators[0]).toEqual({
      code: "IOM",
      scope: "total",
      before: 10.1,
      after: 12.345678,
      change: 12.345678 - 10.1,
      better: true,
    });
    expect(json.indicators[1].better).toBeNull();
    expect(json.measures).toEqual([
      {
        row: 5,
        measure: "Мера",
        code: "IOM",
        scope: "total",
        status: "Выполнена",
        before: 10.1,
        after: 12.345678,
        verdict: "эффективна",
      },
    ]);
  });
});

describe("legend names of Динамика", () => {
  it("drop the shared head and keep what tells the lines apart", () => {
    const diag = shortTitle(
      "Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов"
    );
    const diagReg = shortTitle(
      "Доля педагогических работников и управленческих кадров, прошедших диагностику профессиональных дефицитов на региональном уровне (ЦНППМ)"
    );
    expect(diag).toBe("Доля прошедших диагностику профессиональных дефицитов");
    expect(diagReg.length).toBeLessThanOrEqual(60);
    expect(diagReg).toMatch(/ЦНППМ\)$/);
    expect(diagReg).not.toBe(diag);
    expect(shortTitle("Доля педагогов-наставников")).toBe("Доля педагогов-наставников");
    expect(shortTitle("Число внешних совместителей")).toBe("Число внешних совместителей");
  });
});
