import { buildRecommendations } from "../../../../src/core/recommend";
import type { Worker } from "../../../../src/core/model";
import { dayOf } from "../../../../src/core/time/day";
import { PERIOD, school, settings } from "../fixtures/worker";

/** Rules fired for one worker with the given fields (no indicator results). */
function fired(w: Partial<Worker>, period = PERIOD): string[] {
  return buildRecommendations({
    schools: [school("ОО-1", [w])],
    results: [],
    settings: settings(),
    period,
  })
    .filter((r) => r.addressee === "Педагог")
    .map((r) => r.rule);
}

describe("individual rules", () => {
  it("a worker with everything in order gets nothing", () => {
    expect(fired({})).toEqual([]);
  });

  it("T_PK_OVERDUE: no course, or the last one before the 3-year window", () => {
    expect(fired({ courseDate: null, courseOrganisation: null })).toContain("T_PK_OVERDUE");
    expect(fired({ courseDate: dayOf(2022, 5, 30) })).toContain("T_PK_OVERDUE");
    expect(fired({ courseDate: dayOf(2022, 5, 31) })).not.toContain("T_PK_OVERDUE");
  });

  it("T_PK_OVERDUE: 29 February end looks back to 28 February", () => {
    const leap = { start: dayOf(2023, 9, 1), end: dayOf(2024, 2, 29) };
    expect(
      fired({ courseDate: dayOf(2021, 2, 28), diagnosticsDate: dayOf(2023, 10, 1) }, leap)
    ).not.toContain("T_PK_OVERDUE");
    expect(
      fired({ courseDate: dayOf(2021, 2, 27), diagnosticsDate: dayOf(2023, 10, 1) }, leap)
    ).toContain("T_PK_OVERDUE");
  });

  it("T_DIAG_MISSING: none, or more than 3 years before the end", () => {
    expect(fired({ diagnosticsDate: null, diagnosticsLevel: null, iomDeveloped: false })).toContain(
      "T_DIAG_MISSING"
    );
    expect(fired({ diagnosticsDate: dayOf(2022, 5, 30) })).toContain("T_DIAG_MISSING");
    expect(fired({ diagnosticsDate: dayOf(2022, 5, 31) })).not.toContain("T_DIAG_MISSING");
  });

  it("T_IOM_MISSING names the deficits", () => {
    const recs = buildRecommendations({
      schools: [school("ОО-1", [{ iomDeveloped: false, deficits: ["Цифровые", "Методические"] }])],
      results: [],
      settings: settings(),
      period: PERIOD,
    });
    const iom = recs.find((r) => r.rule === "T_IOM_MISSING")!;
    expect(iom).toMatchObject({
      addressee: "Педагог",
      scope: "ОО-1",
      teacher: "0001",
      indicator: null,
    });
    expect(iom.text).toContain("Цифровые, Методические");
    expect(
      fired({ iomDeveloped: false, diagnosticsDate: null, diagnosticsLevel: null })
    ).not.toContain("T_IOM_MISSING");
  });

  it("T_YOUNG_NO_MENTOR: young beginner without a mentor", () => {
    const young = { birthDate: dayOf(1998, 1, 1), pedExperience: 1 };
    expect(fired({ ...young, mentee: false })).toContain("T_YOUNG_NO_MENTOR");
    expect(fired({ ...young, mentee: true })).not.toContain("T_YOUNG_NO_MENTOR");
    expect(fired({ ...young, pedExperience: 3, mentee: false })).not.toContain("T_YOUNG_NO_MENTOR");
    // 36 at the period's end: not young
    expect(fired({ birthDate: dayOf(1989, 5, 31), pedExperience: 1, mentee: false })).not.toContain(
      "T_YOUNG_NO_MENTOR"
    );
    expect(fired({ birthDate: dayOf(1989, 6, 1), pedExperience: 1, mentee: false })).toContain(
      "T_YOUNG_NO_MENTOR"
    );
  });

  it("T_RETRAIN_NEEDED and T_PROFILE_MISMATCH", () => {
    expect(fired({ pedagogicalEducation: false, retrainingCompleted: false })).toContain(
      "T_RETRAIN_NEEDED"
    );
    expect(
      fired({ pedagogicalEducation: false, retrainingSent: true, retrainingCompleted: true })
    ).not.toContain("T_RETRAIN_NEEDED");
    expect(fired({ educationMatchesProfile: false })).toEqual(["T_PROFILE_MISMATCH"]);
  });

  it("T_BURNOUT_HIGH only for Высокий", () => {
    expect(fired({ burnout: "Высокий" })).toEqual(["T_BURNOUT_HIGH"]);
    expect(fired({ burnout: "Средний" })).toEqual([]);
  });

  it("T_ATTEST_DUE: termed categories due before a year after the end", () => {
    // Высшая of 2021: due 2026-02-01 < 2026-05-31
    expect(
      fired({ qualificationCategory: "Высшая", attestationDate: dayOf(2021, 2, 1) })
    ).toContain("T_ATTEST_DUE");
    // due exactly a year after the end: not before it
    expect(
      fired({ qualificationCategory: "Первая", attestationDate: dayOf(2021, 5, 31) })
    ).not.toContain("T_ATTEST_DUE");
    expect(
      fired({ qualificationCategory: "Первая", attestationDate: dayOf(2021, 5, 30) })
    ).toContain("T_ATTEST_DUE");
    // granted from 01.09.2023: no term
    expect(
      fired({ qualificationCategory: "Высшая", attestationDate: dayOf(2023, 9, 1) })
    ).not.toContain("T_ATTEST_DUE");
    expect(
      fired({
        qualificationCategory: "Соответствие занимаемой должности",
        attestationDate: dayOf(2020, 9, 1),
      })
    ).toContain("T_ATTEST_DUE");
    expect(
      fired({ qualificationCategory: "Педагог-методист", attestationDate: dayOf(2015, 9, 1) })
    ).not.toContain("T_ATTEST_DUE");
  });

  it("leaves out rows with errors and external part-timers", () => {
    const bad = { courseDate: null, courseOrganisation: null };
    expect(fired({ ...bad, hasErrors: true })).toEqual([]);
    expect(fired({ ...bad, employment: "Внешнее совместительство" })).toEqual([]);
  });
});
