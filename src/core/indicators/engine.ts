/**
 * The indicator engine: every catalog indicator (and any custom share) for the
 * total and every school, from ONE pass over all rows. Each distinct condition is
 * computed once per row into a bit mask (program.ts, row-kernel.ts), the mask is
 * added to the row's population class tallies (slot-tally.ts), and scopes are sums
 * of their schools' counts (never means of shares).
 */
import type { SchoolData } from "../model";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER } from "../schema/values";
import { compileCatalog, passportUsable, populationMask, type CompiledCatalog } from "./compile";
import { FIELD_IDS, loadFlagValues, loadRow, yesFlags } from "./field-access";
import { boundsFor, compileProgram, type RowProgram } from "./program";
import { evaluateRow, kernelOf, type RowKernel } from "./row-kernel";
import { CLASS_OF, SlotTally } from "./slot-tally";
import { TOUCH_BLOCK, touchRows } from "./touch-rows";
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
}

let defaultCompiled: CompiledCatalog | null = null;
interface Compiled {
  program: RowProgram;
  kernel: RowKernel;
}
const programs = new WeakMap<CompiledCatalog, Compiled>();

function programFor(compiled: CompiledCatalog): Compiled {
  let found = programs.get(compiled);
  if (!found) {
    const program = compileProgram(compiled.slots);
    found = { program, kernel: kernelOf(program) };
    programs.set(compiled, found);
  }
  return found;
}

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

/** Counts every slot over one school's rows: the single pass. */
function countSchool(
  school: SchoolData,
  compiled: CompiledCatalog,
  { program, kernel }: Compiled,
  settings: Settings,
  into: SchoolCounts
): void {
  const slots = compiled.slots;
  for (let k = 0; k < slots.length; k++)
    into.usable[k] = slots[k].needs.every((need) => passportUsable(school, need)) ? 1 : 0;
  const bounds = boundsFor(program, schoolContext(school.passport, settings));
  const mask = new Int32Array(program.words);
  const vals: unknown[] = new Array(FIELD_IDS.length).fill(null);
  const tally = new SlotTally(program.words);
  const workers = school.workers;
  for (let r = 0; r < workers.length; r++) {
    if (r % TOUCH_BLOCK === 0) touchRows(workers, r, Math.min(workers.length, r + TOUCH_BLOCK));
    const w = workers[r];
    if (w.hasErrors) {
      into.excluded++;
      continue;
    }
    into.rows++;
    loadRow(w, vals);
    if (kernel.flagValues) loadFlagValues(w, vals);
    evaluateRow(kernel, program, w, vals, yesFlags(w), bounds, mask);
    const population = populationMask(
      w.employment,
      w.workerCategory,
      EXTERNAL_PART_TIME,
      PEDAGOGICAL_WORKER
    );
    tally.add(CLASS_OF[population], mask);
  }
  slots.forEach((slot, k) => {
    into.counts[k] = into.usable[k] === 1 ? tally.count(slot, program.slotAtom[k]) : 0;
  });
}

export function computeIndicators(
  schools: readonly SchoolData[],
  settings: Settings,
  options: ComputeOptions = {}
): ComputeOutput {
  const compiled = compiledFor(options.custom);
  const program = programFor(compiled);
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
    countSchool(school, compiled, program, settings, counts);
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
  return { results, coverage };
}

function resultOf(
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
