import {
  CARRY_RULES,
  CHECK_PROMPT,
  carryOver,
  carryRule,
  latestPeriod,
  nextPeriod,
  schoolYearOf,
} from "../../../../src/core/carry";
import { TEACHER_FIELDS } from "../../../../src/core/schema/teachers";
import { TEACHERS } from "../../../../src/core/schema";
import { makeIssue } from "../../../../src/core/validate/message";
import { dateFromDay, dayOf } from "../../../../src/core/time/day";
import { PERIOD, school } from "../fixtures/worker";

const col = (key: string) => TEACHERS.fields.findIndex((f) => f.key === key);
const NEXT_END = dayOf(2026, 5, 31);

describe("CARRY_RULES", () => {
  it("classifies every TEACHER_FIELDS key exactly once, and nothing else", () => {
    const keys = CARRY_RULES.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(TEACHER_FIELDS.map((f) => f.key).sort());
  });

  it("grows only the experience; the period's own answers are asked", () => {
    expect(CARRY_RULES.filter((r) => r.rule === "grow").map((r) => r.key)).toEqual([
      "pedExperience",
    ]);
    for (const key of ["contestLevel", "contestResult", "mentor", "burnout", "skillAssessment"])
      expect(carryRule(key)).toBe("ask");
    for (const key of ["tabNumber", "birthDate", "attestationDate", "courseDate", "employment"])
      expect(carryRule(key)).toBe("keep");
  });
});

describe("carryOver", () => {
  it("keeps, grows by the years between the periods, leaves the period's answers empty and marked", () => {
    const source = school("ОО-1", [{ pedExperience: 15, fullName: "Иванова И. И." }]);
    const out = carryOver(source, "ОО-1", NEXT_END);
    expect(out.rows).toHaveLength(1);
    const row = out.rows[0];
    expect(row[col("tabNumber")]).toBe("0001");
    expect(row[col("fullName")]).toBe("Иванова И. И.");
    expect(row[col("birthDate")]).toEqual(dateFromDay(dayOf(1980, 3, 15)));
    expect(row[col("pedExperience")]).toBe(16);
    expect(row[col("qualificationCategory")]).toBe("Высшая");
    expect(row[col("pedagogicalEducation")]).toBe("Да");
    expect(row[col("contestLevel")]).toBeNull();
    expect(row[col("methodicalAssociation")]).toBeNull();
    const asked = TEACHERS.fields.flatMap((f, i) => (carryRule(f.key) === "ask" ? [i] : []));
    expect([...out.renew[0]].sort((a, b) => a - b)).toEqual(asked);
  });

  it("grows by two years when the new period ends two years after the source's", () => {
    const out = carryOver(school("ОО-1", [{ pedExperience: 3 }]), "ОО-1", dayOf(2027, 5, 31));
    expect(out.rows[0][col("pedExperience")]).toBe(5);
  });

  it("carries a school whose code was typed with look-alike letters («OO-1» for «ОО-1»)", () => {
    const latin = school("OO-1", [{}, {}]);
    for (const w of latin.workers) w.schoolCode = "OO-1";
    expect(carryOver(latin, "ОО-1", NEXT_END).rows).toHaveLength(2);
    expect(carryOver(school("ОО-01"), "ОО-1", NEXT_END).rows).toEqual([]);
  });

  it("never carries another school's rows", () => {
    expect(carryOver(school("ОО-2"), "ОО-1", NEXT_END).rows).toEqual([]);
    const mixed = school("ОО-1", [{}, {}]);
    mixed.workers[1].schoolCode = "ОО-2";
    const out = carryOver(mixed, "ОО-1", NEXT_END);
    expect(out.rows).toHaveLength(1);
    expect(out.rows[0][col("tabNumber")]).toBe("0001");
  });

  it("a cell with an issue in the source is left empty for the school and marked; the rest is carried", () => {
    const source = school("ОО-1", [{ row: 7, birthDate: null }]);
    source.workers[0].hasErrors = true;
    source.workers[0].raw = { birthDate: "весна 1985" };
    source.issues.push(
      makeIssue(
        { sheet: TEACHERS.name, row: 7, column: "Педагогический стаж, лет" },
        "cell/type",
        "не число"
      )
    );
    const out = carryOver(source, "ОО-1", NEXT_END);
    expect(out.rows[0][col("birthDate")]).toBeNull();
    expect(out.rows[0][col("pedExperience")]).toBeNull();
    expect(out.rows[0][col("position")]).toBe("учитель");
    expect(out.renew[0].has(col("birthDate"))).toBe(true);
    expect(out.renew[0].has(col("pedExperience"))).toBe(true);
    expect(out.renew[0].has(col("position"))).toBe(false);
    expect(out.rowsWithGaps).toBe(1);
    // Its own message: what was there, not «ответ за новый период» (review 2, minor 4).
    expect(out.prompts[0].get(col("birthDate"))).toBe(
      "Заполните: в прошлом периоде было «весна 1985» — не дата."
    );
    expect(out.prompts[0].get(col("pedExperience"))).toMatch(/^Заполните: в прошлом периоде/);
    expect(out.prompts[0].has(col("mentor"))).toBe(false); // a new answer: the usual «Обновите»
  });

  it("marks a category whose attestation lapses by the new period's end, keeping its values", () => {
    const source = school("ОО-1", [
      { qualificationCategory: "Первая", attestationDate: dayOf(2021, 3, 1) },
    ]);
    const out = carryOver(source, "ОО-1", NEXT_END);
    expect(out.rows[0][col("qualificationCategory")]).toBe("Первая");
    expect(out.renew[0].has(col("attestationDate"))).toBe(true);
    expect(out.renew[0].has(col("qualificationCategory"))).toBe(true);
    // A kept value to check: «Проверьте», and the row is counted among those to check.
    expect(out.prompts[0].get(col("attestationDate"))).toBe(CHECK_PROMPT);
    expect(out.rowsWithGaps).toBe(1);
  });

  it("keeps a long-lapsed attestation's category and date together, both marked (a warning last period)", () => {
    const source = school("ОО-1", [
      { row: 5, qualificationCategory: "Высшая", attestationDate: dayOf(2012, 3, 1) },
      { row: 6, qualificationCategory: "Первая", attestationDate: null },
    ]);
    source.workers[1].raw = { attestationDate: "давно" };
    source.issues.push(
      makeIssue(
        { sheet: TEACHERS.name, row: 5, column: "Дата аттестации" },
        "row/constraint/attestation-lapsed",
        "истекла"
      ),
      makeIssue({ sheet: TEACHERS.name, row: 6, column: "Дата аттестации" }, "cell/type", "не дата")
    );
    const out = carryOver(source, "ОО-1", NEXT_END);
    const [lapsed, broken] = out.rows;
    expect(lapsed[col("qualificationCategory")]).toBe("Высшая");
    expect(lapsed[col("attestationDate")]).toEqual(dateFromDay(dayOf(2012, 3, 1)));
    expect(out.renew[0].has(col("qualificationCategory"))).toBe(true);
    expect(out.renew[0].has(col("attestationDate"))).toBe(true);
    // A date that is no date: neither is carried (a category without its date fails validate).
    expect([broken[col("qualificationCategory")], broken[col("attestationDate")]]).toEqual([
      null,
      null,
    ]);
    expect(out.renew[1].has(col("qualificationCategory"))).toBe(true);
    expect(out.renew[1].has(col("attestationDate"))).toBe(true);
  });

  it("carries external part-timers", () => {
    const out = carryOver(
      school("ОО-1", [{ employment: "Внешнее совместительство" }]),
      "ОО-1",
      NEXT_END
    );
    expect(out.rows[0][col("employment")]).toBe("Внешнее совместительство");
  });
});

describe("the next period", () => {
  it("is the latest period of the workbook moved one year on", () => {
    const latest = latestPeriod([
      school("ОО-1"),
      school("ОО-2", [{}], {
        passport: { periodStart: dayOf(2023, 9, 1), periodEnd: dayOf(2024, 5, 31) },
      }),
    ]);
    expect(latest).toEqual(PERIOD);
    expect(nextPeriod(latest, dayOf(2030, 1, 1))).toEqual({
      start: dayOf(2025, 9, 1),
      end: dayOf(2026, 5, 31),
    });
  });

  it("without a period, is the school year containing today", () => {
    expect(nextPeriod(null, dayOf(2026, 12, 5))).toEqual(schoolYearOf(dayOf(2026, 9, 1)));
    expect(schoolYearOf(dayOf(2026, 12, 5))).toEqual({
      start: dayOf(2026, 9, 1),
      end: dayOf(2027, 8, 31),
    });
    expect(schoolYearOf(dayOf(2027, 8, 31))).toEqual({
      start: dayOf(2026, 9, 1),
      end: dayOf(2027, 8, 31),
    });
  });
});
