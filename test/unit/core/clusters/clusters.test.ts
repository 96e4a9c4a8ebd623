import {
  AGE_BANDS,
  CLUSTERS,
  ageStructure,
  clusterCounts,
  clustersOf,
  deficitCounts,
} from "../../../../src/core/clusters";
import { dayOf } from "../../../../src/core/time/day";
import type { Worker } from "../../../../src/core/model";
import { PERIOD, school, settings, worker } from "../fixtures/worker";

const ctx = { school: school("ОО-1"), period: PERIOD, settings: settings() };
const of = (w: Partial<Worker>, c = ctx) => clustersOf(worker(w), c);

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
