/**
 * A small serialisable language of conditions over a normalised Worker. The
 * catalog's numerators and denominators are written in it, and so can be the
 * custom share indicators a methodologist defines in `Настройки` (a later step
 * parses their text into these objects). Conditions compile once per school into
 * plain closures with the school's period and parameters baked in, so the
 * engine's single pass over the rows only calls small functions.
 */
import type { Worker } from "../model";

/** Worker fields a condition may read (the schema's keys). */
export type WorkerField = Exclude<
  keyof Worker,
  "row" | "hasErrors" | "sourceFile" | "sourceRow" | "raw"
>;

/** Predicates that are not a comparison of one field; referenced by name from the data. */
export type NamedPredicate =
  | "young" // age at the period's end ≤ the young age limit
  | "beginner" // pedagogical experience < the beginner limit
  | "pensionAge" // age ≥ the pension age of the row's sex in the period's end year
  | "diagnosedBeforeCourse" // a diagnostics date earlier than the course date
  | "categoryInEffect"; // a qualification category in effect at the period's end (rules/attestation.ts)

export type Condition =
  | { op: "eq"; field: WorkerField; value: string | number | boolean }
  | { op: "in" | "notIn"; field: WorkerField; values: readonly string[] }
  /** yes/no field is Да (true), or is Нет (false); empty matches neither */
  | { op: "true" | "false"; field: WorkerField }
  | { op: "filled" | "empty"; field: WorkerField }
  | { op: "lt" | "le" | "gt" | "ge"; field: WorkerField; value: number }
  /** a date field from the period's start to its end, both inclusive */
  | { op: "inPeriod"; field: WorkerField }
  /** a date field from the same calendar date `years` before the period's end up to the end */
  | { op: "withinYears"; field: WorkerField; years: number }
  | { op: "named"; name: NamedPredicate }
  | { op: "all" | "any"; of: readonly Condition[] }
  | { op: "not"; of: Condition };

/** Who is counted at all: see indicators.md, Terms. */
export type Population =
  | "ALL" // not an external part-timer
  | "PED" // ALL with Категория работника = Педагогический работник
  | "EXTERNAL" // external part-timers only
  | "ANY"; // every row without errors

/** A set of workers: a population narrowed by conditions (all must hold). */
export interface Selection {
  population: Population;
  where?: readonly Condition[];
}

/** Passport values a condition needs; a school with one of them unusable is left out. */
export type PassportNeed = "periodStart" | "periodEnd";

/**
 * Collects the passport values a condition needs (for badPassportFields).
 * bounded: recursion over a catalog or parseCondition condition tree, a few levels deep.
 */
export function conditionNeeds(cond: Condition, out: Set<PassportNeed>): Set<PassportNeed> {
  switch (cond.op) {
    case "inPeriod":
      out.add("periodStart");
      out.add("periodEnd");
      break;
    case "withinYears":
      out.add("periodEnd");
      break;
    case "named":
      if (cond.name !== "beginner" && cond.name !== "diagnosedBeforeCourse") out.add("periodEnd");
      break;
    case "all":
    case "any":
      for (const c of cond.of) conditionNeeds(c, out);
      break;
    case "not":
      conditionNeeds(cond.of, out);
      break;
    default:
      break;
  }
  return out;
}

export function selectionNeeds(sel: Selection, out: Set<PassportNeed>): Set<PassportNeed> {
  for (const c of sel.where ?? []) conditionNeeds(c, out);
  return out;
}

/** The Worker fields each named predicate reads (compile-condition.ts `named`). */
const NAMED_FIELDS: Record<NamedPredicate, readonly WorkerField[]> = {
  young: ["birthDate"],
  beginner: ["pedExperience"],
  pensionAge: ["birthDate", "sex"],
  diagnosedBeforeCourse: ["diagnosticsDate", "courseDate"],
  categoryInEffect: ["qualificationCategory", "attestationDate"],
};

/** The Worker fields each population reads (compile.ts `populationMask`). */
const POPULATION_FIELDS: Record<Population, readonly WorkerField[]> = {
  ANY: [],
  ALL: ["employment"],
  EXTERNAL: ["employment"],
  PED: ["employment", "workerCategory"],
};

/** Collects the Worker fields a condition reads; bounded: recursion follows the condition tree, a few levels written in the catalog or `Настройки`. */
export function conditionFields(cond: Condition, out: Set<WorkerField>): Set<WorkerField> {
  switch (cond.op) {
    case "named":
      for (const f of NAMED_FIELDS[cond.name]) out.add(f);
      break;
    case "all":
    case "any":
      for (const c of cond.of) conditionFields(c, out);
      break;
    case "not":
      conditionFields(cond.of, out);
      break;
    default:
      out.add(cond.field);
      break;
  }
  return out;
}

/** Collects the Worker fields a selection reads: its population's and its conditions'. */
export function selectionFields(sel: Selection, out: Set<WorkerField>): Set<WorkerField> {
  for (const f of POPULATION_FIELDS[sel.population]) out.add(f);
  for (const c of sel.where ?? []) conditionFields(c, out);
  return out;
}
