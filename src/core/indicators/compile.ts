/**
 * Compiles catalog entries into counter slots: every distinct row selection
 * (population + conditions) used as a numerator or denominator becomes one
 * slot, so the engine's pass over the rows evaluates each selection once per row
 * however many indicators share it (ALL and PED are shared by most).
 */
import type { Passport, SchoolData } from "../model";
import {
  conditionNeeds,
  selectionFields,
  type Condition,
  type PassportNeed,
  type Population,
  type Selection,
  type WorkerField,
} from "./conditions";
import type { CatalogEntry } from "./measures";

export const POPULATION_BIT: Record<Population, number> = { ANY: 1, ALL: 2, PED: 4, EXTERNAL: 8 };

export interface Slot {
  population: Population;
  bit: number;
  where: readonly Condition[];
  needs: readonly PassportNeed[];
}

export interface EntryPlan {
  entry: CatalogEntry;
  /** Slot indexes of a share, a school majority or a row count. */
  num: number;
  den: number;
}

export interface CompiledCatalog {
  slots: Slot[];
  plans: EntryPlan[];
}

export function compileCatalog(entries: readonly CatalogEntry[]): CompiledCatalog {
  const slots: Slot[] = [];
  const byKey = new Map<string, number>();
  const slotOf = (sel: Selection): number => {
    const where = sel.where ?? [];
    const key = JSON.stringify([sel.population, where]);
    const known = byKey.get(key);
    if (known !== undefined) return known;
    const needs = new Set<PassportNeed>();
    for (const c of where) conditionNeeds(c, needs);
    slots.push({
      population: sel.population,
      bit: POPULATION_BIT[sel.population],
      where,
      needs: [...needs],
    });
    byKey.set(key, slots.length - 1);
    return slots.length - 1;
  };
  const plans = entries.map((entry): EntryPlan => {
    const m = entry.measure;
    if (m.kind === "share" || m.kind === "schoolMajority") {
      return { entry, num: slotOf(m.numerator), den: slotOf(m.denominator) };
    }
    if (m.kind === "workerCount") return { entry, num: slotOf(m.selection), den: -1 };
    return { entry, num: -1, den: -1 };
  });
  return { slots, plans };
}

/** The population bits of a row: which of ANY / ALL / PED / EXTERNAL it belongs to. */
export function populationMask(
  employment: string,
  category: string | null,
  ext: string,
  ped: string
): number {
  if (employment === ext) return POPULATION_BIT.ANY | POPULATION_BIT.EXTERNAL;
  return category === ped
    ? POPULATION_BIT.ANY | POPULATION_BIT.ALL | POPULATION_BIT.PED
    : POPULATION_BIT.ANY | POPULATION_BIT.ALL;
}

/** A passport value is usable when present and not flagged bad by validation. */
export function passportUsable(school: SchoolData, key: keyof Passport): boolean {
  return school.passport[key] !== null && !school.badPassportFields.includes(key);
}

/** The row selections an entry counts (none for passport and communities measures). */
function entrySelections(entry: CatalogEntry): readonly Selection[] {
  const m = entry.measure;
  if (m.kind === "share" || m.kind === "schoolMajority") return [m.numerator, m.denominator];
  return m.kind === "workerCount" ? [m.selection] : [];
}

/** True when an entry's rows are judged against the period (dates in it, ages at its end). */
export function entryNeedsPeriod(entry: CatalogEntry): boolean {
  const needs = new Set<PassportNeed>();
  for (const s of entrySelections(entry)) for (const c of s.where ?? []) conditionNeeds(c, needs);
  return needs.size > 0;
}

/** The Worker fields an entry's selections read (populations, conditions, named predicates). */
export function entryWorkerFields(entry: CatalogEntry): Set<WorkerField> {
  const fields = new Set<WorkerField>();
  for (const s of entrySelections(entry)) selectionFields(s, fields);
  return fields;
}
