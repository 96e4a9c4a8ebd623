/**
 * Issue 13, points 5 and 7: T_DIAG_MISSING vs T_IOM_MISSING (never both),
 * T_ATTEST_DUE for PED only and worded by what it is, tensed by the period's end,
 * and no «(предмет не указан)».
 */
import { buildRecommendations } from "../../../../src/core/recommend";
import type { Worker } from "../../../../src/core/model";
import { dayOf } from "../../../../src/core/time/day";
import { PERIOD, school, settings } from "../fixtures/worker";

function personal(w: Partial<Worker>) {
  return buildRecommendations({
    schools: [school("ОО-1", [w])],
    results: [],
    settings: settings(),
    period: PERIOD,
  }).filter((r) => r.addressee === "Педагог");
}
const rules = (w: Partial<Worker>) => personal(w).map((r) => r.rule);
const textOf = (w: Partial<Worker>, rule: string) => personal(w).find((r) => r.rule === rule)?.text;

describe("T_DIAG_MISSING vs T_IOM_MISSING", () => {
  it("a 2021 diagnostics (period end 2025) gets T_DIAG_MISSING only, not T_IOM_MISSING", () => {
    const w = { diagnosticsDate: dayOf(2021, 3, 10), iomDeveloped: false, deficits: ["Цифровые"] };
    expect(rules(w)).toEqual(["T_DIAG_MISSING"]);
  });
  it("a diagnostics within 3 years and no ИОМ gets T_IOM_MISSING only", () => {
    // the window's first day: 31.05.2022
    const w = { diagnosticsDate: dayOf(2022, 5, 31), iomDeveloped: false };
    expect(rules(w)).toEqual(["T_IOM_MISSING"]);
    expect(rules({ ...w, diagnosticsDate: dayOf(2022, 5, 30) })).toEqual(["T_DIAG_MISSING"]);
  });
});

describe("T_ATTEST_DUE", () => {
  const first2020 = { qualificationCategory: "Первая", attestationDate: dayOf(2020, 5, 31) };
  it("only for a Педагогический работник: not for a Руководитель or a deputy", () => {
    expect(rules(first2020)).toContain("T_ATTEST_DUE");
    expect(rules({ ...first2020, workerCategory: "Руководитель" })).not.toContain("T_ATTEST_DUE");
    expect(rules({ ...first2020, workerCategory: "Заместитель руководителя" })).not.toContain(
      "T_ATTEST_DUE"
    );
  });
  it("«истёк» when the term ends on the period's end, «истекает» the day after", () => {
    expect(textOf(first2020, "T_ATTEST_DUE")).toBe(
      "Запланировать аттестацию: срок действия категории «Первая» истёк 31.05.2025 (дата аттестации — 31.05.2020)."
    );
    expect(textOf({ ...first2020, attestationDate: dayOf(2020, 6, 1) }, "T_ATTEST_DUE")).toContain(
      "срок действия категории «Первая» истекает 01.06.2025"
    );
  });
  it("Соответствие занимаемой должности is not a category: the next attestation's deadline", () => {
    const szd = {
      qualificationCategory: "Соответствие занимаемой должности",
      attestationDate: dayOf(2021, 2, 18),
    };
    const text = textOf(szd, "T_ATTEST_DUE")!;
    expect(text).toContain(
      "очередная аттестация на соответствие занимаемой должности — не позднее 18.02.2026"
    );
    expect(text).not.toContain("категории");
    expect(textOf({ ...szd, attestationDate: dayOf(2020, 2, 18) }, "T_ATTEST_DUE")).toContain(
      "не позднее 18.02.2025 (срок прошёл)"
    );
  });
});

describe("T_PROFILE_MISMATCH", () => {
  it("names the subject when filled and leaves the part out when empty", () => {
    expect(textOf({ educationMatchesProfile: false }, "T_PROFILE_MISMATCH")).toBe(
      "Направить на профессиональную переподготовку по профилю преподаваемого предмета (математика)."
    );
    const empty = textOf({ educationMatchesProfile: false, subject: null }, "T_PROFILE_MISMATCH");
    expect(empty).toBe(
      "Направить на профессиональную переподготовку по профилю преподаваемого предмета."
    );
    expect(empty).not.toContain("не указан");
  });
});

describe("review of issue 13: T_YOUNG_NO_MENTOR and T_IOM_MISSING wording", () => {
  const young = { birthDate: dayOf(2000, 1, 1), mentee: false };
  it.each([
    [2, "педагогический стаж — 2 года"],
    [0, "педагогический стаж — 0 лет"],
    [1, "педагогический стаж — 1 год"],
    [2.5, "педагогический стаж — 2,5 года"],
  ])("стаж %s reads «%s»", (pedExperience, words) => {
    const text = textOf({ ...young, pedExperience }, "T_YOUNG_NO_MENTOR");
    expect(text).toContain(words);
    expect(text).not.toMatch(/\d г\./);
  });

  it("an ИОМ without deficits in the row does not claim to be built on them", () => {
    const w = { diagnosticsDate: dayOf(2024, 3, 1), iomDeveloped: false, deficits: [] };
    const text = textOf(w, "T_IOM_MISSING")!;
    expect(text).not.toContain("на основе выявленных дефицитов");
    expect(text).not.toContain("(дефициты не указаны)");
    expect(text).toContain("по итогам диагностики (дефициты в строке не указаны — уточните их)");
    expect(textOf({ ...w, deficits: ["Цифровые", "Предметные"] }, "T_IOM_MISSING")).toContain(
      "на основе выявленных дефицитов (Цифровые, Предметные)"
    );
  });
});
