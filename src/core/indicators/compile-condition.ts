/**
 * Turns a Condition into a plain predicate for one school: the period and the
 * settings' cut-offs are captured as constants, list values are brought to the
 * schema's canonical spelling once, so the per-row work is a few comparisons.
 */
import type { Worker } from "../model";
import { categoryInEffectOn } from "../rules/attestation";
import { TEACHERS } from "../schema/school";
import type { FieldSpec } from "../schema/types";
import { EXTERNAL_PART_TIME, NO, PEDAGOGICAL_WORKER, YES } from "../schema/values";
import { fold, foldedIndex } from "../text/fold";
import { POPULATION_BIT, populationMask } from "./compile";
import type { Condition, NamedPredicate, Population, Selection, WorkerField } from "./conditions";
import { getter } from "./field-access";
import type { SchoolContext } from "./school-context";

export type WorkerPredicate = (w: Worker) => boolean;

const NEVER: WorkerPredicate = () => false;
const FIELD_SPECS = new Map<string, FieldSpec>(TEACHERS.fields.map((f) => [f.key, f]));

type Value = string | number | boolean;

/** Folded spelling → canonical value, per list field (compiled per school, so kept). */
const LIST_INDEXES = new Map<WorkerField, Map<string, string>>();

/** The value as the normalised Worker holds it: canonical list spelling, Да/Нет as booleans. */
export function canonicalValue(field: WorkerField, value: Value): Value {
  const spec = FIELD_SPECS.get(field);
  if (typeof value !== "string" || !spec) return value;
  if (spec.type === "yesno") {
    const folded = fold(value);
    if (folded === fold(YES)) return true;
    if (folded === fold(NO)) return false;
    return value;
  }
  if ((spec.type === "list" || spec.type === "multilist") && spec.values) {
    let index = LIST_INDEXES.get(field);
    if (!index) LIST_INDEXES.set(field, (index = foldedIndex(spec.values)));
    return index.get(fold(value)) ?? value;
  }
  return value;
}

/** Free-text fields are compared folded (case, spaces, ё/е), list fields exactly. */
export function isFreeText(field: WorkerField): boolean {
  const spec = FIELD_SPECS.get(field);
  return spec !== undefined && (spec.type === "text" || spec.type === "code");
}

function membership(field: WorkerField, values: readonly string[]): WorkerPredicate {
  const free = isFreeText(field);
  const set = new Set<unknown>(values.map((v) => (free ? fold(v) : canonicalValue(field, v))));
  const get = getter(field);
  if (FIELD_SPECS.get(field)?.type === "multilist" || free)
    return (w) => {
      const v = get(w);
      if (Array.isArray(v)) return v.some((item) => set.has(item));
      if (v === null || v === undefined) return false;
      return set.has(free && typeof v === "string" ? fold(v) : v);
    };
  // A single-valued field: one comparison, or one lookup (null is never in the set).
  if (set.size === 1) {
    const [only] = set;
    return (w) => get(w) === only;
  }
  return (w) => set.has(get(w));
}

/** `notIn`: a filled value other than the listed ones (an empty cell never matches). */
function nonMembership(field: WorkerField, values: readonly string[]): WorkerPredicate {
  const inner = membership(field, values);
  const get = getter(field);
  return (w) => get(w) !== null && !inner(w);
}

function dayBetween(field: WorkerField, from: number | null, to: number | null): WorkerPredicate {
  if (from === null || to === null) return NEVER;
  const get = getter(field);
  return (w) => {
    const d = get(w) as number | null;
    return d !== null && d >= from && d <= to;
  };
}

function compare(
  op: "lt" | "le" | "gt" | "ge",
  field: WorkerField,
  value: number
): WorkerPredicate {
  const field_ = getter(field);
  const get = (w: Worker) => field_(w) as number | null;
  switch (op) {
    case "lt":
      return (w) => (get(w) ?? NaN) < value;
    case "le":
      return (w) => (get(w) ?? NaN) <= value;
    case "gt":
      return (w) => (get(w) ?? NaN) > value;
    default:
      return (w) => (get(w) ?? NaN) >= value;
  }
}

function named(name: NamedPredicate, ctx: SchoolContext): WorkerPredicate {
  switch (name) {
    case "young": {
      const from = ctx.youngBornFrom;
      if (from === null) return NEVER;
      return (w) => w.birthDate !== null && w.birthDate >= from;
    }
    case "beginner": {
      const limit = ctx.beginnerExperience;
      return (w) => w.pedExperience !== null && w.pedExperience < limit;
    }
    case "pensionAge": {
      const until = ctx.pensionBornUntil;
      if (until === null) return NEVER;
      return (w) =>
        w.birthDate !== null &&
        ((w.sex === "М" && w.birthDate <= until.male) ||
          (w.sex === "Ж" && w.birthDate <= until.female));
    }
    case "diagnosedBeforeCourse":
      return (w) =>
        w.diagnosticsDate !== null && w.courseDate !== null && w.diagnosticsDate < w.courseDate;
    case "categoryInEffect": {
      const end = ctx.end;
      if (end === null) return NEVER;
      return (w) => categoryInEffectOn(w.qualificationCategory, w.attestationDate, end);
    }
  }
}

function conjunction(parts: WorkerPredicate[]): WorkerPredicate {
  if (parts.length === 0) return () => true;
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [a, b] = parts;
    return (w) => a(w) && b(w);
  }
  return (w) => {
    for (let i = 0; i < parts.length; i++) if (!parts[i](w)) return false;
    return true;
  };
}

function disjunction(parts: WorkerPredicate[]): WorkerPredicate {
  if (parts.length === 1) return parts[0];
  if (parts.length === 2) {
    const [a, b] = parts;
    return (w) => a(w) || b(w);
  }
  return (w) => {
    for (let i = 0; i < parts.length; i++) if (parts[i](w)) return true;
    return false;
  };
}

export function compileConditions(
  conds: readonly Condition[],
  ctx: SchoolContext
): WorkerPredicate {
  return conjunction(conds.map((c) => compileCondition(c, ctx)));
}

/**
 * One condition as a predicate over a school's worker columns.
 * bounded: recursion over a condition tree, written in the catalog or made by
 * parseCondition (never deeper than not → all → leaf), not over data.
 */
export function compileCondition(cond: Condition, ctx: SchoolContext): WorkerPredicate {
  switch (cond.op) {
    case "eq": {
      const { field } = cond;
      if (isFreeText(field) && typeof cond.value === "string")
        return membership(field, [cond.value]);
      const value = canonicalValue(field, cond.value);
      const get = getter(field);
      return (w) => get(w) === value;
    }
    case "in":
      return membership(cond.field, cond.values);
    case "notIn":
      return nonMembership(cond.field, cond.values);
    case "true": {
      const get = getter(cond.field);
      return (w) => get(w) === true;
    }
    case "false": {
      const get = getter(cond.field);
      return (w) => get(w) === false;
    }
    case "filled":
    case "empty": {
      const get = getter(cond.field);
      const filled: WorkerPredicate = (w) => {
        const v = get(w);
        return v !== null && v !== undefined && v !== "" && !(Array.isArray(v) && v.length === 0);
      };
      return cond.op === "filled" ? filled : (w) => !filled(w);
    }
    case "lt":
    case "le":
    case "gt":
    case "ge":
      return compare(cond.op, cond.field, cond.value);
    case "inPeriod":
      return dayBetween(cond.field, ctx.start, ctx.end);
    case "withinYears":
      return dayBetween(cond.field, ctx.yearsBack(cond.years), ctx.end);
    case "named":
      return named(cond.name, ctx);
    case "all":
      return compileConditions(cond.of, ctx);
    case "any":
      return disjunction(cond.of.map((c) => compileCondition(c, ctx)));
    case "not": {
      const inner = compileCondition(cond.of, ctx);
      return (w) => !inner(w);
    }
  }
}

/** A population (indicators.md, Terms) as a predicate: rows with errors belong to none. */
export function compilePopulation(population: Population): WorkerPredicate {
  const bit = POPULATION_BIT[population];
  return (w) =>
    !w.hasErrors &&
    (populationMask(w.employment, w.workerCategory, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER) &
      bit) !==
      0;
}

/** A selection (population narrowed by conditions) as one predicate for a school or period. */
export function compileSelection(sel: Selection, ctx: SchoolContext): WorkerPredicate {
  const inPopulation = compilePopulation(sel.population);
  const where = compileConditions(sel.where ?? [], ctx);
  return (w) => inPopulation(w) && where(w);
}
