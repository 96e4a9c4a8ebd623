/**
 * The populations (ALL, PED) and named predicates (young, beginner, pension age)
 * of indicators.md for the municipal views — recommendations, clusters, the age
 * structure and the training plan. Nothing is defined here: each predicate is
 * the indicator engine's own (compile-condition.ts) compiled against the common
 * period's context (school-context.ts), once per call of a view, so "young" or
 * "of pension age" has one definition and one set of cut-offs.
 */
import {
  compileCondition,
  compilePopulation,
  type WorkerPredicate,
} from "../indicators/compile-condition";
import type { Condition, NamedPredicate } from "../indicators/conditions";
import { commonContext, type SchoolContext } from "../indicators/school-context";
import type { Settings } from "../indicators/types";
import type { Period, SchoolData, Worker } from "../model";

/** ALL: rows without errors that are not external part-timers. */
export const inAll: WorkerPredicate = compilePopulation("ALL");

/** PED: ALL with Категория работника = Педагогический работник. */
export const inPed: WorkerPredicate = compilePopulation("PED");

/** The period-dependent predicates, compiled once for a period and settings. */
export interface PeriodPredicates {
  context: SchoolContext;
  young: WorkerPredicate;
  beginner: WorkerPredicate;
  pensionAge: WorkerPredicate;
  /** Has reached `years` full years by the period's end (false without a birth date). */
  reachedAge: (years: number) => WorkerPredicate;
}

export function periodPredicates(period: Period, settings: Settings): PeriodPredicates {
  const context = commonContext(period, settings);
  const named = (name: NamedPredicate) => compileCondition({ op: "named", name }, context);
  return {
    context,
    young: named("young"),
    beginner: named("beginner"),
    pensionAge: named("pensionAge"),
    reachedAge: (years) => {
      const until = context.bornUntil(years);
      if (until === null) return () => false;
      const cond: Condition = { op: "le", field: "birthDate", value: until };
      return compileCondition(cond, context);
    },
  };
}

/** Workers of ALL with the school they belong to, in school then row order. */
export function allWorkers(
  schools: readonly SchoolData[]
): { school: SchoolData; worker: Worker }[] {
  const out: { school: SchoolData; worker: Worker }[] = [];
  for (const school of schools)
    for (const worker of school.workers) {
      if (inAll(worker)) out.push({ school, worker });
    }
  return out;
}
