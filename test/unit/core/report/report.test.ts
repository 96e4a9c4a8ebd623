import { consolidate } from "../../../../src/core/consolidate";
import { CATALOG } from "../../../../src/core/indicators/catalog";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { PROFILES } from "../../../../src/core/indicators/profiles";
import type { SchoolData } from "../../../../src/core/model";
import { buildRecommendations } from "../../../../src/core/recommend";
import {
  SUMMARY_HEADERS,
  indicatorFormula,
  reportJson,
  reportSheets,
  summarySheet,
  tallyRange,
  tallySheet,
  type ReportInput,
} from "../../../../src/core/report";
import { dayOf } from "../../../../src/core/time/day";
import type { FormulaCell, SheetModel } from "../../../../src/port/sheet-model";
import { school } from "../fixtures/worker";

const EVIL = '=HYPERLINK("http://x","y")';

function input(overrides: Partial<ReportInput> = {}, schools?: SchoolData[]): ReportInput {
  const list = schools ?? [
    school(
      "ОО-1",
      [
        {
          fullName: "Иванова Анна Петровна",
          burnout: "Высокий",
          courseDate: null,
          courseOrganisation: null,
        },
        {
          position: EVIL,
          courseDate: dayOf(2021, 1, 1),
          diagnosticsDate: null,
          diagnosticsLevel: null,
          iomDeveloped: false,
        },
        { hasErrors: true },
      ],
      { passport: { schoolName: "=1+1" } }
    ),
    school("ОО-2", [
      { deficits: ["Цифровые"], iomDeveloped: false },
      { educationMatchesProfile: false },
    ]),
  ];
  const consolidation = consolidate(list, []);
  const settings = defaultSettings();
  const { results, coverage, tallies } = computeIndicators(consolidation.included, settings);
  const recommendations = buildRecommendations({
    schools: consolidation.included,
    results,
    settings,
    period: consolidation.period!,
  });
  return { consolidation, results, coverage, settings, recommendations, tallies, ...overrides };
}

const allStrings = (sheets: SheetModel[]): string[] =>
  sheets
    .flatMap((s) => s.cells.flat())
    .map((c) => (c && typeof c === "object" && "formula" in c ? c.formula : String(c)));

describe("Сводка", () => {
  const profile = PROFILES.find((p) => p.id === "004")!;
  it("lists the profile's indicators with values, targets, status colours and a chart", () => {
    const sheet = summarySheet(input({ profile }));
    expect(sheet.cells[sheet.headerRow!]).toEqual([...SUMMARY_HEADERS]);
    const rows = sheet.cells.slice(sheet.headerRow! + 1);
    expect(rows.map((r) => r[0])).toEqual(profile.codes);
    const diag = rows.find((r) => r[0] === "DIAG")!;
    expect(diag[1]).toBe(CATALOG.find((e) => e.code === "DIAG")!.title);
    expect(diag.slice(3, 6)).toEqual([3, 4, 75]);
    expect(diag[7]).toBe(30);
    expect(diag[8]).toBe("соответствие");
    expect(sheet.conditionalFormats?.map((c) => c.equals)).toEqual([
      "соответствие",
      "несоответствие",
      "нет данных",
    ]);
    expect(sheet.charts?.[0].series.map((s) => s.name)).toEqual(["Значение", "Цель"]);
    expect(sheet.styles?.some((s) => s.style.numberFormat === "0.0" && s.range.col === 5)).toBe(
      true
    );
  });
  it("shows the trend of a share in п. п. and of a count in its unit (indicators.md)", () => {
    const full = PROFILES.find((p) => p.id === "full")!;
    const sheet = summarySheet(input({ profile: full }));
    const first = sheet.headerRow! + 1;
    const formatOf = (code: string) => {
      const row = first + full.codes.indexOf(code);
      return sheet.styles!.filter((s) => s.range.row === row && s.range.col === 10).at(-1)?.style
        .numberFormat;
    };
    expect(formatOf("DIAG")).toBe('+0.0" п. п.";-0.0" п. п.";0.0" п. п."');
    expect(formatOf("VAC_PED")).toBe('+0" единиц";-0" единиц";0" единиц"');
  });

  it("carries live formulas over the hidden tally sheet when asked", () => {
    const base = input({ profile });
    expect(
      summarySheet(base)
        .cells.flat()
        .some((c) => c && typeof c === "object")
    ).toBe(false);
    const live = { ...base, live: true };
    const range = tallyRange(live)!;
    expect(range).toMatch(/^'Счётчики показателей'!\$A\$1:\$[A-Z]+\$3$/);
    const sheet = summarySheet(live);
    const diag = sheet.cells.find((r) => r[0] === "DIAG")!;
    expect(diag[5]).toEqual({
      formula: `=PEDMON.INDICATOR("DIAG",${range})`,
      result: 75,
      custom: true,
    });
    const tally = tallySheet(live)!;
    expect(tally.visibility).toBe("hidden");
    expect(tally.cells.map((r) => r[0])).toEqual(["Код ОО (счётчики показателей)", "ОО-1", "ОО-2"]);
    expect(indicatorFormula("PK_3Y", "A1:B2")).toBe('=PEDMON.INDICATOR("PK_3Y",A1:B2)');
    expect(() => indicatorFormula('X",1)', "A1")).toThrow();
  });
});

describe("output sheets", () => {
  it("keep formula-looking school text as plain strings", () => {
    const sheets = reportSheets(input({ withNames: true }));
    const cells = sheets.flatMap((s) => s.cells.flat());
    const formulas = cells.filter(
      (c): c is FormulaCell => !!c && typeof c === "object" && "formula" in c
    );
    expect(formulas).toEqual([]);
    expect(cells).toContain(EVIL);
    expect(cells).toContain("=1+1");
  });
  it("name no one unless withNames, and never show a burnout worker", () => {
    const plain = allStrings(reportSheets(input()));
    expect(plain.some((s) => s.includes("Иванова"))).toBe(false);
    expect(plain.some((s) => s === "ФИО")).toBe(false);
    const named = allStrings(reportSheets(input({ withNames: true })));
    expect(named.some((s) => s.includes("Иванова"))).toBe(true);
    const recs = reportSheets(input()).find((s) => s.name === "Рекомендации")!;
    const burnout = recs.cells.filter((r) => r.includes("T_BURNOUT_HIGH"));
    expect(burnout).toHaveLength(1);
    expect(burnout[0][0]).toBe("ОО");
    expect(String(burnout[0][4])).toContain("— 1 работник.");
  });
  it("make every sheet of the report, the note printable on A4 portrait", () => {
    const sheets = reportSheets(input());
    expect(sheets.map((s) => s.name)).toEqual([
      "Сводка",
      "Показатели по ОО",
      "Рекомендации",
      "Кластеры",
      "План ПК",
      "Аналитическая справка",
    ]);
    const note = sheets[5];
    expect(note.pageSetup).toMatchObject({ orientation: "portrait", paper: "A4" });
    expect(note.pageSetup?.printArea?.rows).toBe(note.cells.length);
    const text = note.cells.map((r) => r[0]).join("\n");
    expect(text).toContain("01.09.2024 – 31.05.2025");
    expect(text).toContain("исключены из расчёта из-за ошибок — 1 строка");
    const plan = sheets[4];
    expect(plan.cells.some((r) => r[2] === "0001" && r[0] === "ОО-1")).toBe(true);
    const bySchool = sheets[1];
    expect(bySchool.cells.find((r) => r[0] === "ОО-1")?.slice(2, 4)).toEqual([2, 1]);
  });
});

describe("report JSON", () => {
  it("has the cli.md shape with every catalog code for every scope", () => {
    const json = reportJson(input({ profile: PROFILES[0] }));
    expect(Object.keys(json)).toEqual([
      "period",
      "schools",
      "indicators",
      "issues",
      "recommendations",
      "effectiveness",
      "history",
      "collection",
    ]);
    expect(json.period).toEqual({ start: "2024-09-01", end: "2025-05-31" });
    expect(json.schools).toEqual([
      { code: "ОО-1", name: "=1+1", rows: 3, excludedRows: 1 },
      { code: "ОО-2", name: "МБОУ СОШ № 1", rows: 2, excludedRows: 0 },
    ]);
    expect(json.indicators).toHaveLength(CATALOG.length * 3);
    for (const code of CATALOG.map((e) => e.code)) {
      expect(json.indicators.filter((i) => i.code === code).map((i) => i.scope)).toEqual([
        "total",
        "ОО-1",
        "ОО-2",
      ]);
    }
    expect(Object.keys(json.indicators[0])).toEqual([
      "code",
      "scope",
      "numerator",
      "denominator",
      "value",
      "target",
      "status",
    ]);
    const pk = json.recommendations.find((r) => r.rule === "T_PK_OVERDUE")!;
    expect(pk).toEqual({
      rule: "T_PK_OVERDUE",
      addressee: "Педагог",
      scope: "ОО-1",
      indicator: null,
      teacher: "0001",
      text: expect.any(String),
      needed: null,
    });
    expect(
      json.recommendations
        .filter((r) => r.rule === "T_BURNOUT_HIGH")
        .every((r) => r.teacher === null)
    ).toBe(true);
  });
  it("keeps exact values", () => {
    const three = [school("ОО-1", [{}, {}, { diagnosticsDate: dayOf(2022, 1, 1) }])];
    const json = reportJson(input({}, three));
    const diag = json.indicators.find((i) => i.code === "DIAG" && i.scope === "total")!;
    expect(diag.value).toBeCloseTo(200 / 3, 10);
    expect(diag.value).not.toBe(66.7);
  });
});

describe("Аналитическая справка print layout", () => {
  it("gives every paragraph a row height that grows with its text", () => {
    const note = reportSheets(input()).find((s) => s.name === "Аналитическая справка")!;
    const heights = note.rowHeights!;
    expect(Object.keys(heights)).toHaveLength(note.cells.length);
    const longest = note.cells.reduce(
      (best, row, i) => (String(row[0]).length > String(note.cells[best][0]).length ? i : best),
      0
    );
    expect(String(note.cells[longest][0]).length).toBeGreaterThan(200);
    expect(heights[longest]).toBeGreaterThanOrEqual(45);
    const short = note.cells.findIndex(
      (row) => String(row[0]).length > 0 && String(row[0]).length < 40
    );
    expect(heights[short]).toBeLessThan(heights[longest]);
  });
});
