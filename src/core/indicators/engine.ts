/**
 * The indicator engine: every catalog indicator (and any custom share) for the
 * total and every school, from ONE pass over all rows. Each distinct condition is
 * computed once per row, a block of rows at a time, into bitsets over the block
 * (program.ts, block-kernel.ts), counted per population class (block-tally.ts), and
 * scopes are sums of their schools' counts (never means of shares).
 */
import type { SchoolData, Worker } from "../model";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER } from "../schema/values";
import { compileCatalog, passportUsable, populationMask, type CompiledCatalog } from "./compile";
import {
  FIELD_IDS,
  loadColumns,
  loadFlagColumns,
  loadRareColumns,
  noFlags,
  yesFlags,
} from "./field-access";
import { boundsFor, compileProgram, type RowProgram } from "./program";
import { BLOCK_ROWS, BLOCK_WORDS, kernelOf, type BlockKernel } from "./block-kernel";
import { evaluateBlock } from "./block-eval";
import { BlockTally, CLASS_OF, CLASSES } from "./block-tally";
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
interface Compiled {
  program: RowProgram;
  kernel: BlockKernel;
  /** The atoms some slot counts, each once. */
  counted: Int32Array;
}
const programs = new WeakMap<CompiledCatalog, Compiled>();

function programFor(compiled: CompiledCatalog): Compiled {
  let found = programs.get(compiled);
  if (!found) {
    const program = compileProgram(compiled.slots);
    const counted = Int32Array.from(new Set([...program.slotAtom].filter((a) => a >= 0)));
    found = { program, kernel: kernelOf(program), counted };
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

/** A block's buffers, allocated once per computeIndicators call. */
interface Block {
  cols: unknown[][];
  yesWords: Int32Array;
  noWords: Int32Array;
  rows: Worker[];
  bits: Int32Array;
  classBits: Int32Array;
}

function blockFor(kernel: BlockKernel): Block {
  return {
    cols: FIELD_IDS.map(() => new Array<unknown>(BLOCK_ROWS).fill(null)),
    yesWords: new Int32Array(BLOCK_ROWS),
    noWords: new Int32Array(BLOCK_ROWS),
    rows: new Array<Worker>(BLOCK_ROWS),
    bits: new Int32Array(kernel.atoms * BLOCK_WORDS),
    classBits: new Int32Array(CLASSES * BLOCK_WORDS),
  };
}

/**
 * Counts every slot over one school's rows: the single pass, a block of rows at a
 * time. Copying a block's fields into columns is the only pass over the Worker
 * objects; the tests, composites and counts then run over the columns (block-eval.ts).
 */
function countSchool(
  school: SchoolData,
  compiled: CompiledCatalog,
  { program, kernel, counted }: Compiled,
  block: Block,
  settings: Settings,
  into: SchoolCounts
): void {
  const slots = compiled.slots;
  for (let k = 0; k < slots.length; k++)
    into.usable[k] = slots[k].needs.every((need) => passportUsable(school, need)) ? 1 : 0;
  const bounds = boundsFor(program, schoolContext(school.passport, settings));
  const tally = new BlockTally(program.atoms.length, counted);
  const { cols, yesWords, noWords, rows, bits, classBits } = block;
  const workers = school.workers;
  let n = 0;
  for (let r = 0; r <= workers.length; r++) {
    if (n === BLOCK_ROWS || (r === workers.length && n > 0)) {
      evaluateBlock(kernel, program, cols, yesWords, noWords, rows, n, bounds, bits);
      tally.add(bits, classBits, (n + 31) >> 5);
      classBits.fill(0);
      n = 0;
    }
    if (r === workers.length) break;
    const w = workers[r];
    if (w.hasErrors) {
      into.excluded++;
      continue;
    }
    loadColumns(w, cols, n);
    if (kernel.rareColumns) loadRareColumns(w, cols, n);
    if (kernel.flagValues) loadFlagColumns(w, cols, n);
    yesWords[n] = yesFlags(w);
    if (kernel.noWords) noWords[n] = noFlags(w);
    rows[n] = w;
    const population = populationMask(
      w.employment,
      w.workerCategory,
      EXTERNAL_PART_TIME,
      PEDAGOGICAL_WORKER
    );
    classBits[CLASS_OF[population] * BLOCK_WORDS + (n >> 5)] |= 1 << (n & 31);
    n++;
  }
  into.rows += workers.length - into.excluded;
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
  const block = blockFor(program.kernel);
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
    countSchool(school, compiled, program, block, settings, counts);
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
