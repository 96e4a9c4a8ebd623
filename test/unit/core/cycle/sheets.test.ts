import { analyseEffectiveness } from "../../../../src/core/cycle/effectiveness";
import { effectivenessSheet } from "../../../../src/core/cycle/effectiveness-sheet";
import { changeFormat } from "../../../../src/core/report/change-format";
import { feedbackFileName, feedbackWorkbook } from "../../../../src/core/cycle/feedback";
import { passportsSheet, PASSPORT_HEADERS } from "../../../../src/core/cycle/passports-sheet";
import { findProfile } from "../../../../src/core/indicators/profiles";
import type { PlanEntry } from "../../../../src/core/plan/plan";
import type { Recommendation } from "../../../../src/core/recommend/types";
import type { OutCell } from "../../../../src/port/sheet-model";
import { TOTAL, measure, result, settings } from "./fixtures";

const profile = findProfile("003")!;
const texts = (cells: OutCell[][]): string[] =>
  cells
    .flat()
    .filter((c) => c !== null && c !== undefined)
    .map((c) => (typeof c === "object" && !(c instanceof Date) ? String(c.result) : String(c)));

describe("effectivenessSheet", () => {
  const current = [
    result("IOM", "ОО-1", 12, 10),
    result("DIAG_REG", TOTAL, 20, 12),
    result("IOM", TOTAL, 8, 10),
    result("DIAG", TOTAL, 50, 30),
  ];
  const e = analyseEffectiveness(
    current,
    new Map([
      ["IOM|total", 5],
      ["DIAG_REG|total", 10],
    ]),
    [measure({ row: 4, indicator: "IOM", level: "муниципальный", status: "Выполнена" })],
    settings()
  );
  const sheet = effectivenessSheet(e, profile);

  it("lists the profile's totals first in its order, then schools, and charts before/after", () => {
    const codes = sheet.cells.map((r) => r[0]);
    const first = codes.indexOf("DIAG_REG");
    expect(codes.slice(first, first + 3)).toEqual(["DIAG_REG", "IOM", "IOM"]);
    expect(sheet.cells[first + 2][2]).toBe("ОО-1");
    expect(codes).not.toContain("DIAG"); // not in profile 003
    const chart = sheet.charts![0];
    expect(chart.categories).toMatchObject({ row: first, col: 0, rows: 2 });
    expect(chart.series.map((s) => s.name)).toEqual(["Предыдущий период", "Текущий период"]);
  });

  it("lists a school's change only for the indicators with a target", () => {
    const e2 = analyseEffectiveness(
      [
        result("IOM", "ОО-1", 12, 10),
        result("MO", "ОО-1", 40, null),
        result("MO", TOTAL, 40, null),
      ],
      new Map([["MO|ОО-1", 30]]),
      [],
      settings()
    );
    const rows = effectivenessSheet(e2, profile).cells.map(
      (r) => `${String(r[0])}|${String(r[2])}`
    );
    expect(rows).toContain("IOM|ОО-1");
    expect(rows).toContain("MO|Всего");
    expect(rows).not.toContain("MO|ОО-1");
  });

  it("colours the verdicts and names the sheet from the schema", () => {
    expect(sheet.name).toBe("Эффективность");
    const verdicts = sheet.conditionalFormats!.filter((c) =>
      ["эффективна", "неэффективна", "нет данных"].includes(c.equals)
    );
    expect(verdicts.length).toBeGreaterThanOrEqual(3);
    expect(texts(sheet.cells)).toContain("эффективна");
    expect(new Set(sheet.tables!.map((t) => t.name)).size).toBe(3);
  });

  it("says «нет данных» in «Статус изменился» without a previous value, never «Да»", () => {
    const row = sheet.cells.find((r) => r[0] === "IOM" && r[2] === "ОО-1")!;
    expect(row[3]).toBeNull();
    expect(row[9]).toBe("нет данных");
    const total = sheet.cells.find((r) => r[0] === "IOM" && r[2] === "Всего")!;
    expect(total[9]).toBe("Нет");
  });

  it("formats the change of a share in п. п. and of a count in its unit", () => {
    const at = sheet.cells.findIndex((r) => r[0] === "IOM" && r[2] === "Всего");
    const fmt = sheet.styles!.filter(
      (s) => s.range.row === at && s.range.col === 5 && s.style.numberFormat
    );
    expect(fmt.at(-1)!.style.numberFormat).toContain("п. п.");
    expect(changeFormat("человек")).toBe('+0" человек";-0" человек";0" человек"');
  });
});

describe("passportsSheet", () => {
  it("prints the 003 programme with its method, periodicity and responsible party", () => {
    const sheet = passportsSheet("003");
    expect(sheet.name).toBe("Паспорта показателей");
    expect(sheet.cells[2]).toEqual([...PASSPORT_HEADERS]);
    const rows = sheet.cells.slice(3);
    expect(rows.map((r) => r[1])).toEqual(profile.codes);
    const vac = rows.find((r) => r[1] === "VAC_PED")!;
    expect(vac.slice(7, 10)).toEqual([
      "МКУ «ЦМТО»",
      "Сбор статистических данных",
      "Ежегодно (сентябрь)",
    ]);
    expect(vac[11]).toBe("≤");
    expect(sheet.pageSetup).toMatchObject({
      orientation: "landscape",
      paper: "A4",
      repeatRows: { first: 2, last: 2 },
    });
  });

  it("fills what no document gives with the documented defaults and takes targets from the settings", () => {
    const sheet = passportsSheet("000", {
      settings: settings([{ code: "DIAG", target: 40, nextTarget: 60 }]),
    });
    const diag = sheet.cells.find((r) => r[1] === "DIAG")!;
    expect(diag[9]).toBe("Ежегодно (по окончании отчётного периода)");
    expect(String(diag[8])).toContain("лист «Педагоги»");
    expect([diag[10], diag[12]]).toEqual([40, 60]);
  });
});

describe("feedbackWorkbook", () => {
  const recs: Recommendation[] = [
    {
      rule: "SCHOOL_BELOW_TARGET",
      addressee: "ОО",
      scope: "ОО-1",
      indicator: "IOM",
      teacher: null,
      teachers: ["A-101", "A-102"],
      text: "ИОМ: 2 работника",
    },
    {
      rule: "SCHOOL_BELOW_TARGET",
      addressee: "ОО",
      scope: "ОО-2",
      indicator: "IOM",
      teacher: null,
      teachers: ["B-201"],
      text: "ИОМ в ОО-2",
    },
    {
      rule: "T_PK_OVERDUE",
      addressee: "Педагог",
      scope: "ОО-1",
      indicator: null,
      teacher: "A-101",
      text: "направить на ПК",
    },
    {
      rule: "T_PK_OVERDUE",
      addressee: "Педагог",
      scope: "ОО-2",
      indicator: null,
      teacher: "B-202",
      text: "направить на ПК",
    },
    {
      rule: "IND_BELOW_TARGET",
      addressee: "МОУО",
      scope: TOTAL,
      indicator: "IOM",
      teacher: null,
      text: "по муниципалитету",
    },
  ];
  const entry = (schoolCode: string, tabNumber: string): PlanEntry => ({
    schoolCode,
    schoolName: null,
    tabNumber,
    fullName: `Работник ${tabNumber}`,
    position: "учитель",
    workerCategory: null,
    lastCourse: null,
    due: null,
    overdue: true,
    deficits: ["Цифровые"],
    diagnosticsDate: null,
    iomDeveloped: false,
  });
  const input = {
    results: [
      result("IOM", TOTAL, 8, 10),
      result("IOM", "ОО-1", 5, 10),
      result("IOM", "ОО-2", 11, 10),
      result("DIAG_REG", "ОО-1", 20, 12),
      result("DIAG_REG", TOTAL, 15, 12),
    ],
    recommendations: recs,
    plan: [entry("ОО-1", "A-103"), entry("ОО-2", "B-203")],
    measures: [
      measure({ indicator: "IOM", level: "ОО", schoolCode: "ОО-1", measure: "Семинар ОО-1" }),
      measure({ indicator: "IOM", level: "ОО", schoolCode: "ОО-2", measure: "Семинар B" }),
    ],
    settings: settings(),
    profile,
  };
  const sheets = feedbackWorkbook("ОО-1", input);
  const all = sheets.flatMap((s) => texts(s.cells));

  it("never shows another school's workers, recommendations, plan or measures", () => {
    for (const other of [
      "B-201",
      "B-202",
      "B-203",
      "ИОМ в ОО-2",
      "Семинар B",
      "по муниципалитету",
    ]) {
      expect(all.some((t) => t.includes(other))).toBe(false);
    }
    for (const own of ["A-101, A-102", "A-101", "A-103", "Семинар ОО-1"])
      expect(all).toContain(own);
  });

  it("puts the school's value beside the municipal value and target, with its status", () => {
    const row = sheets[0].cells.find((r) => r[0] === "IOM")!;
    expect(row.slice(4, 9)).toEqual([5, 8, 10, "≥", "несоответствие"]);
    expect(sheets.map((s) => s.name)).toEqual(["Показатели ОО", "Рекомендации", "План ПК", "Меры"]);
  });

  it("leaves names out unless asked", () => {
    expect(all).not.toContain("Работник A-103");
    const named = feedbackWorkbook("ОО-1", { ...input, names: true }).flatMap((s) =>
      texts(s.cells)
    );
    expect(named).toContain("Работник A-103");
    expect(named).not.toContain("Работник B-203");
  });
});

describe("feedbackFileName", () => {
  it.each([
    ["ОО-1", "Обратная связь ОО-1.xlsx"],
    ['a/b\\c:d*e?f"g<h>i|j', "Обратная связь a_b_c_d_e_f_g_h_i_j.xlsx"],
    [" ОО.5. ", "Обратная связь ОО.5.xlsx"],
    ["", "Обратная связь _.xlsx"],
  ])("%p → %p", (code, name) => expect(feedbackFileName(code)).toBe(name));
});
