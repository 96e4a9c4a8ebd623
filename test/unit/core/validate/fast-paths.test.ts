/**
 * The row loop's fast paths must agree with the reference parsers: the compiled
 * columns (one switch) with compileField (a closure per column), the direct
 * ДД.ММ.ГГГГ reading with the general date scan, the first-row index with a Map,
 * and the rule runner with WORKER_RULES in order.
 */
import { emptyTeacherValues } from "../../../../src/core/schema/teacher-row";
import fc from "fast-check";
import type { Period, Worker } from "../../../../src/core/model";
import { FirstRows } from "../../../../src/core/read/first-rows";
import { CONSOLIDATED_TEACHERS, SCHOOLS } from "../../../../src/core/schema/municipality";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../../../../src/core/schema/school";
import * as V from "../../../../src/core/schema/values";
import { CompiledColumns, shortcutValue } from "../../../../src/core/validate/cell/column";
import { compileField } from "../../../../src/core/validate/cell/compile";
import { dayFromDmy10, parseDate } from "../../../../src/core/validate/cell/date";
import { Invalid } from "../../../../src/core/validate/cell/invalid";
import type { IssueCode } from "../../../../src/core/validate/codes";
import {
  checkWorkerRow,
  WORKER_RULES,
  type WorkerCheck,
  type WorkerRule,
} from "../../../../src/core/validate/rows";
import { dateFromDay, dayOf } from "../../../../src/core/time/day";

const SPECS = [TEACHERS, CONSOLIDATED_TEACHERS, COMMUNITIES, SCHOOLS];
const allowed = SPECS.flatMap((s) => s.fields.flatMap((f) => [...(f.values ?? [])]));

const anyCell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    ...allowed,
    "да",
    " Нет ",
    "HET",
    "Дa",
    "высшее",
    "ЦНППМ;цифровые",
    "Методические, Методические",
    "x; Цифровые"
  ),
  fc.constantFrom(
    "01.09.2024",
    "1.9.2024",
    "31.02.2024",
    "01.13.2024",
    "2024-09-01",
    "01.09.2024 10:00",
    "00.01.2024",
    "01.09.1899",
    "ab.cd.efgh"
  ),
  fc.constantFrom("12,5", "1 250", "-3", "0", "7", "1e3"),
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false })
);

/** Invalid compared by what it says; values by deep equality. */
function shown(value: unknown): unknown {
  return value instanceof Invalid
    ? { code: value.code, template: value.template, params: value.params }
    : value;
}

/** A cell, or the same text in a fresh string object (as a workbook reader gives it). */
const cellOrFreshCopy = anyCell.chain((cell) =>
  fc.constantFrom(cell, typeof cell === "string" ? Array.from(cell).join("") : cell)
);

describe("compiled columns agree with compileField", () => {
  for (const spec of [...SPECS, PASSPORT]) {
    it(`${spec.name}: every field, any cell`, () => {
      const columns = new CompiledColumns(spec.fields);
      const reference = spec.fields.map(compileField);
      fc.assert(
        fc.property(fc.nat({ max: spec.fields.length - 1 }), cellOrFreshCopy, (f, cell) => {
          const expected = shown(reference[f](cell));
          expect(shown(columns.parse(f, cell))).toEqual(expected);
          // The row loop's shortcut, when it answers, answers the same.
          const quick = shortcutValue(columns.shortcuts[f], columns.canonicals[f], cell);
          if (quick !== undefined) expect(quick).toEqual(expected);
        }),
        { numRuns: 2000 }
      );
    });
  }
});

describe("ДД.ММ.ГГГГ read directly", () => {
  const text = fc.tuple(
    fc.integer({ min: 0, max: 39 }),
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 1800, max: 2200 })
  );
  const pad = (n: number, w: number) => String(n).padStart(w, "0");

  it("gives the general scan's day whenever it answers", () => {
    fc.assert(
      fc.property(text, ([d, m, y]) => {
        const raw = `${pad(d, 2)}.${pad(m, 2)}.${pad(y, 4)}`;
        const direct = dayFromDmy10(raw);
        const general = parseDate(raw);
        if (Number.isNaN(direct)) expect(general).toBeInstanceOf(Invalid);
        else if (general instanceof Invalid) expect(general.template).toMatch(/1900/);
        else expect(direct).toBe(general);
      })
    );
  });

  it("declines other forms", () => {
    for (const raw of [
      "1.09.2024",
      "01/09/2024",
      "2024-09-01",
      "01.09.24",
      "01.09.2024 ",
      "a1.09.2024",
    ]) {
      expect(dayFromDmy10(raw)).toBeNaN();
    }
  });
});

/** Each value's first row, as the index gives it, is the one a Map records. */
function agreesWithMap(values: readonly unknown[], index: FirstRows): void {
  const map = new Map<unknown, number>();
  values.forEach((v, i) => {
    const row = i + 2;
    const expected = map.get(v) ?? 0;
    if (expected === 0) map.set(v, row);
    expect(index.firstRow(v, row)).toBe(expected);
  });
}

describe("first rows of unique values", () => {
  it("an index released is not used again; a new one remembers nothing of the last sheet", () => {
    const first = new FirstRows();
    for (let i = 0; i < 5000; i++) first.firstRow(`Т-${i}`, i + 2);
    first.release();
    expect(() => first.firstRow("Т-1", 9)).toThrow();
    const next = new FirstRows();
    for (let i = 0; i < 5000; i++) expect(next.firstRow(`Т-${i}`, i + 100)).toBe(0);
    expect(next.firstRow("Т-7", 1)).toBe(107);
  });

  it("stays fast when dense runs of numbers meet other values (no long probe runs)", () => {
    const values: unknown[] = [];
    for (let i = 1; i <= 60_000; i++) values.push(String(i), i, `Т-${i}`, `x${i}y`);
    const index = new FirstRows();
    const started = Date.now();
    let repeats = 0;
    values.forEach((v, i) => (repeats += index.firstRow(v, i + 2) === 0 ? 0 : 1));
    expect(repeats).toBe(0);
    expect(index.firstRow("Т-77", 1)).toBe(values.indexOf("Т-77") + 2);
    // Quadratic probing of a clustered table takes minutes here; a sound one, well under a second.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("agrees with a Map on numbered texts: prefixes, digit counts, leading zeros", () => {
    const prefix = fc.constantFrom("", "Т-", "ТН", "T-", "Т-0", "А1-", "-", " ", "Т-1a");
    const digits = fc.stringMatching(/^[0-9]{0,11}$/);
    const text = fc.oneof(
      fc.tuple(prefix, digits).map(([p, d]) => p + d),
      fc.string({ maxLength: 4 }),
      fc.integer({ min: -5, max: 2_000_000_000 }).map(String),
      fc.constantFrom("0", "00", "-0", "007", "1e3", " 1", "999999999", "1000000000")
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 2000 }), (texts) =>
        agreesWithMap(texts, new FirstRows())
      ),
      { numRuns: 100 }
    );
  });

  it("keys a whole number cell of a text column as its text (firstRowOfNumeral)", () => {
    const numeral = fc.oneof(
      fc.integer({ min: 0, max: 999_999_999 }),
      fc.constantFrom(0, -0, 9, 10, 99, 100, 999_999_999)
    );
    const value = fc.oneof(
      numeral.map((n) => ({ n })),
      numeral.map(String),
      fc.constantFrom("05", "Т-5", " 5", "5", 5)
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 2000 }), (values) => {
        const map = new Map<unknown, number>();
        const index = new FirstRows();
        values.forEach((v, i) => {
          const key = typeof v === "object" ? String(v.n) : v;
          const expected = map.get(key) ?? 0;
          if (expected === 0) map.set(key, i + 2);
          const first =
            typeof v === "object" ? index.firstRowOfNumeral(v.n, i + 2) : index.firstRow(v, i + 2);
          expect(first).toBe(expected);
        });
      }),
      { numRuns: 100 }
    );
  });

  it("agrees with a Map, strings and other values alike", () => {
    const value = fc.oneof(
      fc.string({ maxLength: 4 }),
      fc.integer({ min: 0, max: 30 }),
      fc.integer(),
      fc.double(),
      fc.constantFrom(-0, 2 ** 31, -(2 ** 31), "5", "05", 5)
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 3000 }), (values) =>
        agreesWithMap(values, new FirstRows())
      ),
      { numRuns: 50 }
    );
  });
});

describe("the rule runner", () => {
  function worker(overrides: Partial<Worker>): Worker {
    return {
      schoolCode: "ОО-1",
      row: 2,
      hasErrors: false,
      ...emptyTeacherValues(),
      tabNumber: "1",
      fullName: null,
      sex: "Ж",
      birthDate: dayOf(1980, 1, 1),
      workerCategory: V.PEDAGOGICAL_WORKER,
      position: "учитель",
      subject: null,
      educationLevel: V.EDUCATION_LEVEL[0],
      pedagogicalEducation: true,
      educationMatchesProfile: true,
      pedExperience: 10,
      qualificationCategory: V.NO_CATEGORY,
      attestationDate: null,
      diagnosticsDate: null,
      diagnosticsLevel: null,
      deficits: [],
      iomDeveloped: false,
      courseDate: null,
      courseOrganisation: null,
      courseFromDiagnostics: false,
      courseQualityManagement: false,
      retrainingSent: false,
      retrainingCompleted: false,
      retrainingInRegion: false,
      contestLevel: V.NO_CONTEST,
      contestResult: null,
      expertActivity: false,
      methodicalAssociation: false,
      networkCommunities: false,
      mentor: false,
      mentee: false,
      youngSupportProjects: false,
      skillAssessment: V.SKILL_ASSESSMENT[0],
      burnout: V.BURNOUT[0],
      managementReserve: false,
      tutorOrSupervisor: false,
      specialNeeds: false,
      giftedChildren: false,
      note: null,
      employment: V.EMPLOYMENT[0],
      courseInRegistry: false,
      ...overrides,
    };
  }
  const period: Period = { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) };

  function codes(run: (check: WorkerCheck) => void, w: Worker): string[] {
    const out: string[] = [];
    const check: WorkerCheck = {
      worker: w,
      period,
      age: 20,
      isBad: () => false,
      report: (code, field) => out.push(`${code}:${field}`),
    };
    run(check);
    return out;
  }

  it("runs every rule, in WORKER_RULES order", () => {
    const faulty = worker({
      birthDate: dayOf(2026, 1, 1),
      pedExperience: 50,
      attestationDate: dayOf(2026, 2, 1),
      diagnosticsDate: null,
      diagnosticsLevel: "ЦНППМ",
      courseOrganisation: V.COURSE_ORGANISATION[0],
      retrainingCompleted: true,
      contestResult: "Призёр",
      educationLevel: V.NO_PROFESSIONAL_EDUCATION,
      qualificationCategory: V.QUALIFICATION_CATEGORY[1],
      iomDeveloped: true,
      courseFromDiagnostics: true,
      deficits: [V.DEFICITS[0]],
      courseInRegistry: true,
      courseDate: dayOf(1990, 1, 1),
    });
    const reference = codes((c) => WORKER_RULES.forEach((rule) => rule.check(c)), faulty);
    expect(reference.length).toBeGreaterThan(8);
    expect(codes(checkWorkerRow, faulty)).toEqual(reference);
    const clean = worker({});
    expect(codes(checkWorkerRow, clean)).toEqual(
      codes((c) => WORKER_RULES.forEach((rule) => rule.check(c)), clean)
    );
  });

  it("runs the list itself: a rule added to WORKER_RULES, or an order changed there, is how rows are checked", () => {
    const list = WORKER_RULES as WorkerRule[];
    const saved = [...list];
    const ran: string[] = [];
    const spy = (code: IssueCode): WorkerRule => ({ code, check: () => void ran.push(code) });
    try {
      list.splice(0, list.length, ...[...saved].reverse().map((r) => spy(r.code)));
      list.push(spy("row/constraint/age-above-80"));
      codes(checkWorkerRow, worker({}));
      expect(ran).toEqual([
        ...[...saved].reverse().map((r) => r.code),
        "row/constraint/age-above-80",
      ]);
    } finally {
      list.splice(0, list.length, ...saved);
    }
    expect(WORKER_RULES).toHaveLength(17);
  });

  it("sees a Date-object date as the same day", () => {
    expect(parseDate(dateFromDay(dayOf(2024, 9, 1)))).toBe(dayOf(2024, 9, 1));
  });
});
