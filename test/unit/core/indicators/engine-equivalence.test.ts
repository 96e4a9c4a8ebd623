/**
 * The engine's row pass (slots grouped by their first condition, population-only
 * slots from per-class row counts, usability per school, scopes as sums) must give
 * every row-based indicator exactly what a plain evaluation gives: each selection's
 * whole conjunction tested row by row with compileConditions, populations as
 * indicators.md defines them, schools summed per scope. Random rows, periods, bad
 * passports and random custom shares (so every kind of condition, nesting and many
 * slots sharing a first condition are covered, not only the catalog's).
 */
import fc from "fast-check";
import { compileConditions } from "../../../../src/core/indicators/compile-condition";
import { passportUsable } from "../../../../src/core/indicators/compile";
import type { Condition, Selection, WorkerField } from "../../../../src/core/indicators/conditions";
import { selectionNeeds } from "../../../../src/core/indicators/conditions";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import {
  computeIndicators,
  entriesWith,
  schoolScope,
} from "../../../../src/core/indicators/engine";
import type { CatalogEntry, ShareDefinition } from "../../../../src/core/indicators/measures";
import { schoolContext } from "../../../../src/core/indicators/school-context";
import { TOTAL, type Settings } from "../../../../src/core/indicators/types";
import type { SchoolData, Worker } from "../../../../src/core/model";
import { TEACHERS } from "../../../../src/core/schema/school";
import * as V from "../../../../src/core/schema/values";
import { dayOf } from "../../../../src/core/time/day";
import { passport, worker } from "../fixtures/worker";

const END = dayOf(2025, 5, 31);
const day = fc.integer({ min: dayOf(1955, 1, 1), max: END + 400 });
/** Dates that often sit on the edges the conditions test (period ends, 3 years back, ages). */
const edgeDay = fc.oneof(
  day,
  fc.constantFrom(
    dayOf(2024, 9, 1),
    END,
    dayOf(2022, 5, 31),
    dayOf(1989, 6, 1),
    dayOf(1966, 5, 31),
    dayOf(2020, 5, 31),
    dayOf(2023, 9, 1)
  ),
  fc.integer({ min: -2, max: 2 }).map((d) => dayOf(2024, 8, 31) + d)
);

const SPEC = new Map(TEACHERS.fields.map((f) => [f.key, f]));
const YESNO = TEACHERS.fields.filter((f) => f.type === "yesno").map((f) => f.key as WorkerField);
const LISTS = TEACHERS.fields.filter((f) => f.type === "list").map((f) => f.key as WorkerField);
const DATES: WorkerField[] = ["birthDate", "attestationDate", "diagnosticsDate", "courseDate"];
const valuesOf = (field: WorkerField): string[] => [...(SPEC.get(field)?.values ?? [])];

const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const listValue = (field: WorkerField) => optional(fc.constantFrom(...valuesOf(field)));

const randomWorker: fc.Arbitrary<Worker> = fc
  .record({
    hasErrors: fc.boolean(),
    sex: optional(fc.constantFrom(...V.SEX)),
    birthDate: optional(edgeDay),
    pedExperience: optional(fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(2.5))),
    attestationDate: optional(edgeDay),
    diagnosticsDate: optional(edgeDay),
    courseDate: optional(edgeDay),
    deficits: fc.subarray([...V.DEFICITS], { maxLength: 3 }),
    position: optional(fc.constantFrom("учитель", "Учитель ", "директор")),
    employment: fc.constantFrom(...V.EMPLOYMENT),
    flags: fc.array(optional(fc.boolean()), { minLength: YESNO.length, maxLength: YESNO.length }),
    lists: fc.tuple(...LISTS.map(listValue)),
  })
  .map(({ flags, lists, ...rest }) => {
    const w = worker(rest) as unknown as Record<string, unknown>;
    YESNO.forEach((f, i) => (w[f] = flags[i]));
    LISTS.forEach((f, i) => (w[f] = f === "employment" ? rest.employment : lists[i]));
    return w as unknown as Worker;
  });

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.constantFrom(...YESNO).chain((field) =>
    fc.oneof(
      fc.constantFrom<Condition>({ op: "true", field }, { op: "false", field }),
      fc.constantFrom("Да", "нет", true).map((value): Condition => ({ op: "eq", field, value })),
      fc.constant<Condition>({ op: "in", field, values: ["да"] })
    )
  ),
  fc
    .constantFrom(...LISTS, "deficits" as WorkerField)
    .chain((field) =>
      fc.oneof(
        fc
          .subarray([...valuesOf(field), "нет такого"], { minLength: 1 })
          .chain((values) =>
            fc.constantFrom<Condition>(
              { op: "in", field, values },
              { op: "notIn", field, values },
              { op: "eq", field, value: values[0].toUpperCase() }
            )
          )
      )
    ),
  fc.constantFrom<Condition>(
    { op: "eq", field: "position", value: "УЧИТЕЛЬ" },
    { op: "in", field: "position", values: ["директор", "учитель"] },
    { op: "notIn", field: "position", values: ["учитель"] },
    { op: "eq", field: "pedExperience", value: 5 },
    { op: "named", name: "young" },
    { op: "named", name: "beginner" },
    { op: "named", name: "pensionAge" },
    { op: "named", name: "diagnosedBeforeCourse" },
    { op: "named", name: "categoryInEffect" }
  ),
  fc
    .tuple(
      fc.constantFrom<Condition["op"]>("filled", "empty"),
      fc.constantFrom(...DATES, "deficits", "note")
    )
    .map(([op, field]) => ({ op, field }) as Condition),
  fc
    .tuple(fc.constantFrom("lt", "le", "gt", "ge"), fc.constantFrom(...DATES), edgeDay)
    .map(([op, field, value]) => ({ op, field, value }) as Condition),
  fc
    .tuple(fc.constantFrom("lt", "le", "gt", "ge"), fc.integer({ min: 0, max: 40 }))
    .map(([op, value]) => ({ op, field: "pedExperience", value }) as Condition),
  fc
    .constantFrom(...DATES)
    .chain((field) =>
      fc.constantFrom<Condition>(
        { op: "inPeriod", field },
        { op: "withinYears", field, years: 3 },
        { op: "withinYears", field, years: 1 }
      )
    )
);

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom("all", "any"), fc.array(tie("condition"), { maxLength: 3 }))
      .map(([op, of]) => ({ op, of }) as Condition),
    tie("condition").map((of): Condition => ({ op: "not", of }))
  ),
}));

const selection: fc.Arbitrary<Selection> = fc.record({
  population: fc.constantFrom("ALL", "PED", "EXTERNAL", "ANY"),
  where: fc.array(condition, { maxLength: 3 }),
});

const custom: fc.Arbitrary<ShareDefinition[]> = fc
  .array(
    fc
      .tuple(selection, fc.array(condition, { maxLength: 2 }), fc.boolean())
      .map(([den, more, narrow]): ShareDefinition => ({
        code: "",
        title: "",
        denominator: den,
        numerator: narrow
          ? { ...den, where: [...(den.where ?? []), ...more] }
          : { ...den, where: more },
      })),
    { maxLength: 6 }
  )
  .map((defs) => defs.map((d, i) => ({ ...d, code: `C${i}`, title: `C${i}` })));

const schoolOf = (workers: fc.Arbitrary<Worker[]>): fc.Arbitrary<SchoolData> =>
  fc
    .record({
      code: fc.constantFrom("ОО-1", "ОО-2", "ОО-3"),
      start: optional(fc.constantFrom(dayOf(2024, 9, 1), dayOf(2024, 1, 1))),
      end: optional(fc.constantFrom(END, dayOf(2024, 2, 29), dayOf(2027, 12, 31))),
      bad: fc.subarray(["periodStart", "periodEnd"]),
      workers,
    })
    .map(({ code, start, end, bad, workers }) => ({
      file: `${code}.xlsx`,
      passport: passport({ schoolCode: code, periodStart: start, periodEnd: end }),
      badPassportFields: bad,
      workers: workers.map((w) => ({ ...w, schoolCode: code })),
      communities: [],
      issues: [],
    }));
const randomSchool = schoolOf(fc.array(randomWorker, { maxLength: 30 }));
/** Schools of a few hundred rows. */
const largeSchool = schoolOf(fc.array(randomWorker, { minLength: 127, maxLength: 389 }));

const settingsArb: fc.Arbitrary<Settings> = fc
  .record({ young: fc.integer({ min: 25, max: 40 }), beginner: fc.integer({ min: 1, max: 5 }) })
  .map(({ young, beginner }) => ({
    ...defaultSettings(),
    youngAgeLimit: young,
    beginnerExperience: beginner,
  }));

/** A row's population, as indicators.md defines it. */
function inPopulation(w: Worker, population: Selection["population"]): boolean {
  const external = w.employment === V.EXTERNAL_PART_TIME;
  if (population === "ANY") return true;
  if (population === "EXTERNAL") return external;
  if (population === "ALL") return !external;
  return !external && w.workerCategory === V.PEDAGOGICAL_WORKER;
}

/** Rows of the school in the selection, or null when the school cannot judge it. */
function countOf(school: SchoolData, sel: Selection, settings: Settings): number | null {
  const needs = [...selectionNeeds(sel, new Set())];
  if (!needs.every((need) => passportUsable(school, need))) return null;
  const test = compileConditions(sel.where ?? [], schoolContext(school.passport, settings));
  return school.workers.filter((w) => !w.hasErrors && inPopulation(w, sel.population) && test(w))
    .length;
}

/** The figures of one row-based entry over some schools, the plain way. */
function reference(entry: CatalogEntry, schools: SchoolData[], settings: Settings) {
  const m = entry.measure;
  if (m.kind === "workerCount") {
    const counts = schools.map((s) => countOf(s, m.selection, settings));
    const usable = counts.filter((c): c is number => c !== null);
    const value = usable.length === 0 ? null : usable.reduce((a, b) => a + b, 0);
    return { numerator: null, denominator: null, value };
  }
  if (m.kind !== "share" && m.kind !== "schoolMajority") return null;
  let num = 0;
  let den = 0;
  let any = false;
  for (const s of schools) {
    const n = countOf(s, m.numerator, settings);
    const d = countOf(s, m.denominator, settings);
    if (n === null || d === null) continue;
    any = true;
    num += m.kind === "share" ? n : n * 2 > d ? 1 : 0;
    den += m.kind === "share" ? d : 1;
  }
  if (!any) return { numerator: null, denominator: null, value: null };
  return { numerator: num, denominator: den, value: den > 0 ? (100 * num) / den : null };
}

function check(schools: SchoolData[], defs: ShareDefinition[], settings: Settings): void {
  const { results } = computeIndicators(schools, settings, { custom: defs });
  const scopes = new Map<string, SchoolData[]>([[TOTAL, schools]]);
  for (const s of schools) scopes.set(schoolScope(s), [...(scopes.get(schoolScope(s)) ?? []), s]);
  for (const entry of entriesWith(defs)) {
    for (const [scope, members] of scopes) {
      const expected = reference(entry, members, settings);
      if (expected === null) continue;
      const r = results.find((x) => x.code === entry.code && x.scope === scope);
      expect([entry.code, scope, r?.numerator, r?.denominator, r?.value]).toEqual([
        entry.code,
        scope,
        expected.numerator,
        expected.denominator,
        expected.value,
      ]);
    }
  }
}

describe("the engine's row pass equals a plain evaluation per indicator", () => {
  it("catalog and random custom shares, random rows, periods and settings", () => {
    fc.assert(
      fc.property(
        fc.array(randomSchool, { minLength: 1, maxLength: 3 }),
        custom,
        settingsArb,
        check
      ),
      { numRuns: 150 }
    );
  });

  it("schools of a few hundred rows", () => {
    fc.assert(
      fc.property(
        fc.array(largeSchool, { minLength: 1, maxLength: 2 }),
        custom,
        settingsArb,
        check
      ),
      { numRuns: 15 }
    );
  });

  it("forty slots sharing a first condition with others", () => {
    const many: ShareDefinition[] = Array.from({ length: 40 }, (_, i) => ({
      code: `M${i}`,
      title: `M${i}`,
      denominator: { population: "ALL", where: [{ op: "le", field: "pedExperience", value: i }] },
      numerator: {
        population: "PED",
        where: [
          { op: "le", field: "pedExperience", value: i },
          { op: "gt", field: "birthDate", value: dayOf(1960 + i, 1, 1) },
        ],
      },
    }));
    fc.assert(
      fc.property(fc.array(randomSchool, { minLength: 1, maxLength: 2 }), custom, (schools, defs) =>
        check(
          schools,
          [...many, ...defs.map((d) => ({ ...d, code: `X${d.code}` }))],
          defaultSettings()
        )
      ),
      { numRuns: 25 }
    );
  });
});
