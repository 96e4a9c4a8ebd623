/**
 * The indicator engine: every catalog indicator (and any custom share) for the
 * total and every school, from ONE pass over all rows. Each slot (a distinct
 * selection, compile.ts) is compiled per school into a predicate by the one
 * evaluator of the condition language (compile-condition.ts), tested on each row
 * of its population and counted; scopes are sums of their schools' counts (never
 * means of shares).
 */
import type { SchoolData } from "../model";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER } from "../schema/values";
import { compileCatalog, passportUsable, populationMask, type CompiledCatalog } from "./compile";
import { compileCondition, compileConditions, type WorkerPredicate } from "./compile-condition";
import type { Condition } from "./conditions";
import { CATALOG } from "./catalog";
import { entryOfDefinition, type CatalogEntry, type ShareDefinition } from "./measures";
import { combine, partialOf, type Partial, type SchoolCounts } from "./partials";
import { schoolContext } from "./school-context";
import { statusOf, trendOf } from "./status";
import {
  TOTAL,
  type IndicatorResult,
  type Scope,
  type ScopeCoverage,
  type Settings,
} from "./types";

export interface ComputeOptions {
  /** Previous period's values, keyed `${code}|${scope}`. */
  previous?: Map<string, number>;
  /** Share indicators defined by methodologists, computed beside the catalog. */
  custom?: readonly ShareDefinition[];
}

export interface ComputeOutput {
  results: IndicatorResult[];
  coverage: ScopeCoverage[];
  tallies: SchoolTallies;
}

/**
 * Each school's contribution ("partial") to every entry, as the scopes were summed from:
 * the hidden tally sheet writes them, and PEDMON.INDICATOR sums them back with `combine`.
 */
export interface SchoolTallies {
  /** The scope of each school, in input order. */
  scopes: Scope[];
  /** By entry code: each school's partial, in the same order. */
  partials: Map<string, Partial[]>;
}

let defaultCompiled: CompiledCatalog | null = null;

/** The catalog followed by the custom definitions whose codes are new. */
export function entriesWith(custom: readonly ShareDefinition[] = []): CatalogEntry[] {
  const known = new Set(CATALOG.map((e) => e.code));
  const extra = custom.filter((d) => !known.has(d.code)).map(entryOfDefinition);
  return [...CATALOG, ...extra];
}

function compiledFor(custom: readonly ShareDefinition[] | undefined): CompiledCatalog {
  if (custom && custom.length > 0) return compileCatalog(entriesWith(custom));
  defaultCompiled ??= compileCatalog(CATALOG);
  return defaultCompiled;
}

export function schoolScope(school: SchoolData): Scope {
  return school.passport.schoolCode ?? school.workers[0]?.schoolCode ?? school.file;
}

/** A row's population bits (compile.ts): every row is of exactly one of these three classes. */
const CLASS_MASKS = [
  populationMask(EXTERNAL_PART_TIME, null, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER),
  populationMask("", null, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER),
  populationMask("", PEDAGOGICAL_WORKER, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER),
];

/**
 * The slots with conditions, grouped by their first condition (seven of the catalog's
 * start with «Дата окончания ПК в периоде»): a row tests a group's first condition
 * once, and each slot's other conditions only when it holds. The layout is made once
 * per catalog; the predicates once per school (groupsFor).
 */
interface Layout {
  first: Condition;
  slots: number[];
}

interface Group {
  /** Population bits of any slot in the group. */
  bits: number;
  first: WorkerPredicate;
  slots: number[];
  slotBits: number[];
  /** The slot's other conditions; null when it has none. */
  rest: (WorkerPredicate | null)[];
}

const layouts = new WeakMap<CompiledCatalog, Layout[]>();

function layoutOf(compiled: CompiledCatalog): Layout[] {
  let found = layouts.get(compiled);
  if (!found) {
    const byFirst = new Map<string, Layout>();
    compiled.slots.forEach((slot, k) => {
      if (slot.where.length === 0) return;
      const key = JSON.stringify(slot.where[0]);
      const layout = byFirst.get(key) ?? { first: slot.where[0], slots: [] };
      layout.slots.push(k);
      byFirst.set(key, layout);
    });
    found = [...byFirst.values()];
    layouts.set(compiled, found);
  }
  return found;
}

function groupsFor(
  school: SchoolData,
  compiled: CompiledCatalog,
  settings: Settings,
  usable: Uint8Array
): Group[] {
  const ctx = schoolContext(school.passport, settings);
  const groups: Group[] = [];
  for (const layout of layoutOf(compiled)) {
    const members = layout.slots.filter((k) => usable[k] === 1);
    if (members.length === 0) continue;
    const slotBits = members.map((k) => compiled.slots[k].bit);
    groups.push({
      bits: slotBits.reduce((a, b) => a | b, 0),
      first: compileCondition(layout.first, ctx),
      slots: members,
      slotBits,
      rest: members.map((k) => {
        const where = compiled.slots[k].where;
        return where.length > 1 ? compileConditions(where.slice(1), ctx) : null;
      }),
    });
  }
  return groups;
}

/**
 * Counts every slot over one school's rows, in one pass. A slot without conditions
 * is a population: the sum of the row counts of the classes it takes. Every other
 * slot is compiled for this school (its period and cut-offs are constants in the
 * predicates) and tested on the rows of its population.
 */
function countSchool(
  school: SchoolData,
  compiled: CompiledCatalog,
  settings: Settings,
  into: SchoolCounts
): void {
  const slots = compiled.slots;
  for (let k = 0; k < slots.length; k++)
    into.usable[k] = slots[k].needs.every((need) => passportUsable(school, need)) ? 1 : 0;
  const groups = groupsFor(school, compiled, settings, into.usable);
  const counts = into.counts;
  const perClass = [0, 0, 0];
  const [external, other] = CLASS_MASKS;
  const workers = school.workers;
  for (let r = 0; r < workers.length; r++) {
    const w = workers[r];
    if (w.hasErrors) {
      into.excluded++;
      continue;
    }
    const mask = populationMask(
      w.employment,
      w.workerCategory,
      EXTERNAL_PART_TIME,
      PEDAGOGICAL_WORKER
    );
    perClass[mask === external ? 0 : mask === other ? 1 : 2]++;
    for (let g = 0; g < groups.length; g++) {
      const group = groups[g];
      if ((group.bits & mask) === 0 || !group.first(w)) continue;
      const { slots: members, slotBits, rest } = group;
      for (let j = 0; j < members.length; j++) {
        const more = rest[j];
        if ((slotBits[j] & mask) !== 0 && (more === null || more(w))) counts[members[j]]++;
      }
    }
  }
  into.rows += workers.length - into.excluded;
  for (let k = 0; k < slots.length; k++) {
    if (into.usable[k] !== 1 || slots[k].where.length > 0) continue;
    for (let c = 0; c < CLASS_MASKS.length; c++)
      if ((CLASS_MASKS[c] & slots[k].bit) !== 0) counts[k] += perClass[c];
  }
}

export function computeIndicators(
  schools: readonly SchoolData[],
  settings: Settings,
  options: ComputeOptions = {}
): ComputeOutput {
  const compiled = compiledFor(options.custom);
  const n = compiled.slots.length;
  const scopeOrder: Scope[] = [TOTAL];
  const members = new Map<Scope, number[]>([[TOTAL, []]]);
  const perSchool: SchoolCounts[] = schools.map((school, i) => {
    const scope = schoolScope(school);
    if (!members.has(scope)) {
      members.set(scope, []);
      scopeOrder.push(scope);
    }
    members.get(scope)?.push(i);
    members.get(TOTAL)?.push(i);
    const counts: SchoolCounts = {
      counts: new Float64Array(n),
      usable: new Uint8Array(n),
      rows: 0,
      excluded: 0,
    };
    countSchool(school, compiled, settings, counts);
    return counts;
  });

  const partials: Partial[][] = compiled.plans.map((plan) =>
    schools.map((school, i) => partialOf(plan, school, perSchool[i]))
  );
  const results: IndicatorResult[] = [];
  const coverage: ScopeCoverage[] = [];
  for (const scope of scopeOrder) {
    const idx = members.get(scope) ?? [];
    coverage.push({
      scope,
      workers: idx.reduce((sum, i) => sum + perSchool[i].rows, 0),
      excludedRows: idx.reduce((sum, i) => sum + perSchool[i].excluded, 0),
      schools: idx.length,
    });
    compiled.plans.forEach((plan, p) => {
      const figures = combine(
        plan.entry,
        idx.map((i) => partials[p][i])
      );
      results.push(resultOf(plan.entry, scope, figures, settings, options.previous));
    });
  }
  const byCode = new Map(compiled.plans.map((plan, p) => [plan.entry.code, partials[p]]));
  return { results, coverage, tallies: { scopes: schools.map(schoolScope), partials: byCode } };
}

/** An indicator's figures with its target, status and trend: the report's and the functions' one assembly. */
export function resultOf(
  entry: CatalogEntry,
  scope: Scope,
  figures: { numerator: number | null; denominator: number | null; value: number | null },
  settings: Settings,
  previousValues: Map<string, number> | undefined
): IndicatorResult {
  const t = settings.targets.get(entry.code);
  const direction = t?.direction ?? entry.direction;
  const target = t ? t.target : entry.target;
  const previous =
    previousValues?.get(`${entry.code}|${scope}`) ??
    (scope === TOTAL ? (t?.previous ?? null) : null);
  return {
    code: entry.code,
    scope,
    ...figures,
    target,
    direction,
    status: statusOf(figures.value, target, direction),
    previous,
    ...trendOf(figures.value, previous, direction),
  };
}
