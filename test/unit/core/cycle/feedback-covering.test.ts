/**
 * Issue 13: the feedback workbook opens with a covering text from `Настройки`
 * (from whom, what to do, by when, whom to contact; «________» where not set),
 * shows Russian rule titles and never a rule code, and lists each worker once.
 */
import { coveringText, feedbackWorkbook } from "../../../../src/core/cycle/feedback";
import { findProfile } from "../../../../src/core/indicators/profiles";
import type { Recommendation } from "../../../../src/core/recommend/types";
import { dayOf } from "../../../../src/core/time/day";
import { TOTAL, result, settings } from "./fixtures";

const profile = findProfile("003")!;
const PERIOD = { start: dayOf(2024, 9, 1), end: dayOf(2025, 5, 31) };
const personal = (rule: string, scope: string, teacher: string, text: string): Recommendation => ({
  rule,
  addressee: "Педагог",
  scope,
  indicator: null,
  teacher,
  text,
});
const recs: Recommendation[] = [
  {
    rule: "SCHOOL_BELOW_TARGET",
    addressee: "ОО",
    scope: "ОО-1",
    indicator: "IOM",
    teacher: null,
    teachers: ["0002", "0003"],
    text: "Показатель «…»: нужен ещё 1 работник.",
    needed: 1,
  },
  personal("T_BURNOUT_HIGH", "ОО-1", "0007", "Организовать сопровождение."),
  personal("T_IOM_MISSING", "ОО-1", "0007", "Разработать ИОМ."),
  personal("T_PK_OVERDUE", "ОО-1", "0007", "Направить на повышение квалификации."),
  personal("T_PK_OVERDUE", "ОО-2", "0007", "Другой школы."),
  personal("T_PK_OVERDUE", "ОО-1", "0010", "Направить на повышение квалификации."),
];
const base = {
  results: [result("IOM", TOTAL, 8, 10), result("IOM", "ОО-1", 5, 10)],
  recommendations: recs,
  plan: [],
  measures: [],
  profile,
  period: PERIOD,
};
const strings = (cells: unknown[][]): string[] =>
  cells.flat().filter((c): c is string => typeof c === "string");

describe("feedback covering text", () => {
  it("comes from Настройки: from whom, what to do, by when, whom to contact", () => {
    const s = settings();
    s.official = {
      ...s.official,
      authority: "Управление образования администрации Амурского района",
      contact: "Петрова И. И., 8 (41652) 2-22-22",
      replyBy: dayOf(2025, 9, 15),
    };
    const [first] = feedbackWorkbook("ОО-1", { ...base, settings: s });
    const text = strings(first.cells);
    expect(text).toContain("От кого: Управление образования администрации Амурского района");
    expect(text).toContain("Срок: до 15.09.2025");
    expect(text).toContain("Контактное лицо: Петрова И. И., 8 (41652) 2-22-22");
    expect(text.some((t) => t.startsWith("Что сделать: "))).toBe(true);
    // before the first table
    const at = (t: string) => first.cells.findIndex((r) => r[0] === t);
    expect(at("Срок: до 15.09.2025")).toBeLessThan(at("Код"));
  });

  it("empty details leave a line to fill; no reply date: the next period's end", () => {
    const lines = coveringText({ settings: settings(), period: PERIOD });
    expect(lines).toContain("От кого: ________");
    expect(lines).toContain("Контактное лицо: ________");
    expect(lines).toContain("Срок: до 31.05.2026");
    expect(coveringText({ settings: settings(), period: null })).toContain("Срок: до ________");
  });
});

describe("feedback recommendations", () => {
  const sheet = feedbackWorkbook("ОО-1", { ...base, settings: settings() })[1];
  const text = strings(sheet.cells);

  it("shows Russian rule titles, never a rule code", () => {
    expect(text.some((t) => /\b(T_[A-Z_]+|SCHOOL_BELOW_TARGET|IND_BELOW_TARGET)\b/.test(t))).toBe(
      false
    );
    expect(text).toContain("Показатель ОО не достигнут");
    expect(text).toContain("Доля работников, для которых по итогам диагностики разработаны ИОМ");
    expect(text).toContain("0002, 0003");
  });

  it("lists each of its workers once, actions in priority order; nothing of another school", () => {
    const rows = sheet.cells.filter((r) => r[0] === "0007" || r[0] === "0010");
    expect(rows.map((r) => r[0])).toEqual(["0007", "0010"]);
    expect(rows[0].slice(1)).toEqual([
      "Повышение квалификации; Индивидуальный образовательный маршрут; Профилактика профессионального выгорания",
      3,
      "1) направить на повышение квалификации; 2) разработать ИОМ; 3) организовать сопровождение.",
    ]);
    expect(text.some((t) => t.includes("Другой школы"))).toBe(false);
  });
});
