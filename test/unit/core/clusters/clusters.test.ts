import {
  AGE_BANDS,
  CLUSTERS,
  ageStructure,
  clusterCounts,
  clusterMembership,
  deficitCounts,
} from "../../../../src/core/clusters";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { dayOf } from "../../../../src/core/time/day";
import type { Worker } from "../../../../src/core/model";
import { PERIOD, school, settings, worker } from "../fixtures/worker";

const ctx = { school: school("ОО-1"), period: PERIOD, settings: settings() };
const of = (w: Partial<Worker>, c = ctx) =>
  clusterMembership(c.period, c.settings)(worker(w), c.school);

describe("clusters", () => {
  it("an experienced teacher of 45 in none is a specialist", () => {
    expect(of({})).toEqual(["specialists"]);
  });
  it.each([
    ["young", { birthDate: dayOf(1990, 5, 31) }],
    ["beginners", { pedExperience: 2.5 }],
    ["pension", { birthDate: dayOf(1966, 5, 31) }],
    ["reserve", { managementReserve: true }],
    ["managers", { workerCategory: "Заместитель руководителя" }],
    ["specialNeeds", { specialNeeds: true }],
    ["gifted", { giftedChildren: true }],
  ] as [string, Partial<Worker>][])("%s", (key, w) => {
    expect(of(w)).toEqual([key]);
  });
  it("uses the settings' limits: 36 is not young, 59-year-old woman is of pension age in 2025", () => {
    expect(of({ birthDate: dayOf(1989, 5, 31) })).toEqual(["specialists"]);
    expect(of({ birthDate: dayOf(1966, 6, 1) })).toEqual(["specialists"]);
    expect(of({ birthDate: dayOf(1966, 6, 1), sex: "М" })).toEqual(["specialists"]);
    expect(of({ birthDate: dayOf(1961, 5, 31), sex: "М" })).toEqual(["pension"]);
  });
  it("low results come from the school's passport", () => {
    const low = { ...ctx, school: school("ОО-2", [{}], { passport: { lowResults: true } }) };
    expect(of({}, low)).toEqual(["lowResults"]);
  });
  it("a worker may be in several clusters", () => {
    expect(of({ birthDate: dayOf(1999, 1, 1), pedExperience: 1, giftedChildren: true })).toEqual([
      "young",
      "beginners",
      "gifted",
    ]);
  });
  it("counts per school and in total over ALL without errors", () => {
    const s1 = school("ОО-1", [
      {},
      { managementReserve: true },
      { hasErrors: true },
      { employment: "Внешнее совместительство" },
    ]);
    const s2 = school("ОО-2", [{ managementReserve: true }]);
    const [total, a, b] = clusterCounts([s1, s2], PERIOD, settings());
    const reserve = CLUSTERS.findIndex((c) => c.key === "reserve");
    const spec = CLUSTERS.findIndex((c) => c.key === "specialists");
    expect([total.workers, a.workers, b.workers]).toEqual([3, 2, 1]);
    expect([total.counts[reserve], a.counts[reserve], b.counts[reserve]]).toEqual([2, 1, 1]);
    expect(a.counts[spec]).toBe(1);
    expect(a.scope).toBe("ОО-1");
    expect(total.scope).toBe("total");
  });
});

describe("age structure of PED", () => {
  it("puts each teacher in one band, pension age by sex", () => {
    const s = school("ОО-1", [
      { birthDate: dayOf(2001, 6, 1) }, // 23
      { birthDate: dayOf(2000, 5, 31) }, // 25
      { birthDate: dayOf(1990, 1, 1) }, // 35
      { birthDate: dayOf(1975, 1, 1) }, // 50
      { birthDate: dayOf(1968, 1, 1), sex: "Ж" }, // 57 < 59
      { birthDate: dayOf(1965, 1, 1), sex: "Ж" }, // 60
      { birthDate: dayOf(1970, 1, 1), workerCategory: "Руководитель" }, // not PED
    ]);
    const [total] = ageStructure([s], PERIOD, settings());
    expect(AGE_BANDS).toHaveLength(6);
    expect(total.counts).toEqual([1, 1, 1, 1, 1, 1]);
    expect(total.workers).toBe(6);
  });
});

describe("deficit structure", () => {
  it("counts categories of the diagnosed per school and in total", () => {
    const s1 = school("ОО-1", [
      { deficits: ["Цифровые", "Методические"] },
      { deficits: ["Цифровые"] },
      { diagnosticsDate: null, diagnosticsLevel: null, deficits: ["Цифровые"] },
    ]);
    const s2 = school("ОО-2", [{ deficits: ["Предметные"] }]);
    const [total, a] = deficitCounts([s1, s2]);
    expect(total.workers).toBe(3);
    expect(total.counts).toEqual([1, 1, 0, 0, 0, 2, 0, 0]);
    expect(a.counts[5]).toBe(2);
  });
});

describe("one definition of young, beginner and pension age", () => {
  const named = ["young", "beginner", "pensionAge"] as const;
  const clusterOf = { young: "young", beginner: "beginners", pensionAge: "pension" } as const;

  it("the clusters are written as the engine's named predicates, not as code of their own", () => {
    for (const name of named) {
      const spec = CLUSTERS.find((c) => c.key === clusterOf[name]);
      expect(spec?.member).toEqual({ where: { op: "named", name } });
    }
  });

  it("counts the same workers as the indicator engine at every cut-off", () => {
    // Birth dates a day either side of the young (35) and pension (59/64 in 2025) cut-offs.
    const births = [
      dayOf(1989, 5, 31),
      dayOf(1989, 6, 1),
      dayOf(1990, 5, 31),
      dayOf(1966, 5, 31),
      dayOf(1966, 6, 1),
      dayOf(1961, 5, 31),
      dayOf(1961, 6, 1),
      null,
    ];
    const rows: Partial<Worker>[] = [];
    for (const birthDate of births)
      for (const sex of ["М", "Ж"])
        for (const pedExperience of [2.99, 3, null])
          rows.push({ birthDate, sex, pedExperience, employment: "Основное место работы" });
    rows.push({ birthDate: dayOf(1999, 1, 1), employment: "Внешнее совместительство" });
    rows.push({ birthDate: dayOf(1999, 1, 1), hasErrors: true });
    const s = school("ОО-1", rows);
    for (const limits of [
      settings(),
      { ...settings(), youngAgeLimit: 30, beginnerExperience: 5 },
    ]) {
      const custom = named.map((name) => ({
        code: `X_${name}`,
        title: name,
        numerator: { population: "ALL" as const, where: [{ op: "named" as const, name }] },
        denominator: { population: "ALL" as const },
      }));
      const { results } = computeIndicators([s], limits, { custom });
      const [total] = clusterCounts([s], PERIOD, limits);
      for (const name of named) {
        const engine = results.find((r) => r.code === `X_${name}` && r.scope === "total");
        const k = CLUSTERS.findIndex((c) => c.key === clusterOf[name]);
        expect([name, total.counts[k]]).toEqual([name, engine?.numerator]);
      }
    }
  });
});
