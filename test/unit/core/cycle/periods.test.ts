import {
  coverageNotes,
  EarlierPeriodRefused,
  orderEarlierPeriods,
  periodLabel,
  type EarlierCandidate,
} from "../../../../src/core/cycle/periods";
import { dayOf } from "../../../../src/core/time/day";

const year = (start: number) => ({ start: dayOf(start, 9, 1), end: dayOf(start + 1, 8, 31) });
const current = { period: year(2025), schoolCodes: ["ОО-1", "ОО-2", "ОО-3"] };
const candidate = (source: string, start: number, codes = ["ОО-1", "ОО-2"]): EarlierCandidate => ({
  source,
  period: year(start),
  schoolCodes: codes,
  values: new Map([["DIAG|total", start - 2000]]),
});

const refusal = (candidates: EarlierCandidate[]): EarlierPeriodRefused => {
  try {
    orderEarlierPeriods(current, candidates);
  } catch (e) {
    if (e instanceof EarlierPeriodRefused) return e;
    throw e;
  }
  throw new Error("not refused");
};

describe("orderEarlierPeriods", () => {
  it("orders earlier periods oldest first whatever order they were given in", () => {
    const a = orderEarlierPeriods(current, [candidate("b.xlsx", 2024), candidate("a.xlsx", 2023)]);
    const b = orderEarlierPeriods(current, [candidate("a.xlsx", 2023), candidate("b.xlsx", 2024)]);
    expect(a.map((p) => p.source)).toEqual(["a.xlsx", "b.xlsx"]);
    expect(b).toEqual(a);
  });

  it("refuses the same period as the current one, naming the file", () => {
    const e = refusal([candidate("a.xlsx", 2023), candidate("same.xlsx", 2025)]);
    expect(e.source).toBe("same.xlsx");
    expect(e.message).toMatch(
      /^same\.xlsx: период 01\.09\.2025–31\.08\.2026 тот же, что у текущих данных/
    );
  });

  it("refuses a later period, and one that starts with the current one but ends sooner", () => {
    expect(refusal([candidate("later.xlsx", 2026)]).message).toContain("не раньше текущего");
    const short = {
      ...candidate("short.xlsx", 2025),
      period: { start: dayOf(2025, 9, 1), end: dayOf(2026, 5, 31) },
    };
    expect(refusal([short]).message).toMatch(
      /^short\.xlsx: период 01\.09\.2025–31\.05\.2026 не раньше текущего/
    );
  });

  it("refuses a period that shares no Код ОО with the current data (another municipality)", () => {
    const e = refusal([candidate("foreign.xlsx", 2024, ["Д-1", "Д-2"])]);
    expect(e.source).toBe("foreign.xlsx");
    expect(e.message).toContain("другой муниципалитет");
    expect(e.message).toContain("Д-1, Д-2");
  });

  it("refuses two sources of the same period, and one without a period", () => {
    expect(refusal([candidate("a.xlsx", 2024), candidate("b.xlsx", 2024)]).message).toMatch(
      /^a\.xlsx и b\.xlsx: один и тот же период/
    );
    expect(refusal([{ ...candidate("n.xlsx", 2024), period: null }]).message).toContain(
      "не указан период"
    );
  });

  it("takes at most five earlier periods", () => {
    const five = [2020, 2021, 2022, 2023, 2024].map((y) => candidate(`${y}.xlsx`, y));
    expect(orderEarlierPeriods(current, five)).toHaveLength(5);
    expect(refusal([...five, candidate("2019.xlsx", 2019)]).message).toContain("не больше 5");
  });
});

describe("periodLabel", () => {
  it("names a school year «2023/24» and any other period by its end", () => {
    expect(periodLabel(year(2023))).toBe("2023/24");
    expect(periodLabel({ start: dayOf(2024, 1, 1), end: dayOf(2024, 12, 31) })).toBe("31.12.2024");
  });
});

describe("another municipality whose school codes coincide (ОО-1 repeats from district to district)", () => {
  const here = { ...current, municipalities: ["Заречный муниципальный округ"] };
  const from = (municipality: string | null): EarlierCandidate => ({
    ...candidate("y1", 2024),
    municipalities: municipality === null ? [] : [municipality, municipality],
  });

  it("is refused when the passports name another municipality", () => {
    expect(() => orderEarlierPeriods(here, [from("Дальнереченский муниципальный район")])).toThrow(
      /^y1: в паспортах ОО прошлого периода муниципалитет «Дальнереченский муниципальный район», в текущих данных — «Заречный муниципальный округ»/
    );
  });

  it("is accepted when only the kind of municipality changed (район → округ), or a side names none", () => {
    expect(orderEarlierPeriods(here, [from("Заречный муниципальный район")])).toHaveLength(1);
    expect(orderEarlierPeriods(here, [from("заречный МР")])).toHaveLength(1);
    expect(orderEarlierPeriods(here, [from(null)])).toHaveLength(1);
    expect(orderEarlierPeriods(current, [from("Дальнереченский район")])).toHaveLength(1);
  });
});

describe("another district's schools mixed into a previous period", () => {
  const here = { ...current, municipalities: ["Заречный муниципальный округ"] };
  it("are refused, named by code and municipality; new schools of this municipality pass", () => {
    const mixed: EarlierCandidate = {
      ...candidate("mix", 2024, ["ОО-1", "ОО-2", "ДР-1"]),
      municipalities: ["Заречный муниципальный округ", "Дальнереченский муниципальный район"],
      schools: [
        { code: "ОО-1", municipality: "Заречный муниципальный округ" },
        { code: "ОО-2", municipality: "Заречный муниципальный округ" },
        { code: "ДР-1", municipality: "Дальнереченский муниципальный район" },
      ],
    };
    expect(() => orderEarlierPeriods(here, [mixed])).toThrow(
      /^mix: среди ОО прошлого периода есть ОО другого муниципалитета — ДР-1 \(«Дальнереченский муниципальный район»\)/
    );
    const closed: EarlierCandidate = {
      ...mixed,
      schools: [
        ...mixed.schools!.slice(0, 2),
        { code: "ОО-9", municipality: "Заречный муниципальный район" },
      ],
    };
    expect(orderEarlierPeriods(here, [closed])).toHaveLength(1);
  });
});

describe("coverageNotes", () => {
  it("says when an earlier period lacks some of the current schools", () => {
    const [y1] = orderEarlierPeriods(current, [candidate("y1", 2024, ["ОО-1", "ОО-2"])]);
    expect(coverageNotes(["ОО-1", "ОО-2", "ОО-3"], [y1])).toEqual([
      "Прошлый период 2024/25 (y1): данные 2 из 3 ОО текущего периода, нет ОО-3 — динамика по муниципалитету сравнивает разные наборы ОО.",
    ]);
    expect(coverageNotes(["ОО-1", "ОО-2"], [y1])).toEqual([]);
  });
});
