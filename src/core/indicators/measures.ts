/**
 * How an indicator's value is obtained, as data. Shares of people are two
 * Selections (numerator, denominator); the rest are small fixed kinds over the
 * passport, the school list or `Сообщества и проекты`.
 */
import type { Direction } from "../schema/values";
import type { Condition, Population, Selection } from "./conditions";
import type { IndicatorKind, Unit } from "./types";

export type SchoolFlagField = "mentoringModel" | "mgrQualityTraining";
export type VacancyField = "pedVacancies" | "mgrVacancies";

export type Measure =
  /** 100 × |numerator| / |denominator| over rows */
  | { kind: "share"; numerator: Selection; denominator: Selection }
  /** share of schools whose passport flag is Да */
  | { kind: "schoolFlag"; field: SchoolFlagField }
  /** share of schools where the numerator is more than half of the denominator */
  | { kind: "schoolMajority"; numerator: Selection; denominator: Selection }
  /** 100 × Σ(positions − vacancies) / Σ positions (pedagogical) */
  | { kind: "staffing" }
  /** Σ of a passport count */
  | { kind: "passportSum"; field: VacancyField }
  /** number of rows */
  | { kind: "workerCount"; selection: Selection }
  /** distinct folded titles of `Сообщества и проекты` rows */
  | { kind: "distinctCommunities"; types: readonly string[]; levels?: readonly string[] };

/** Where the figures come from: a custom function given only a teachers table can do "workers". */
export type Basis = "workers" | "passport" | "communities";

export function basisOf(measure: Measure): Basis {
  switch (measure.kind) {
    case "share":
    case "schoolMajority":
    case "workerCount":
      return "workers";
    case "distinctCommunities":
      return "communities";
    default:
      return "passport";
  }
}

/**
 * The indicator's passport as far as it does not depend on the profile
 * (indicators.md, "Indicator passport"); with periodicity, responsible party and
 * collection method: passports.ts `passportFor`.
 */
export interface IndicatorPassport {
  code: string;
  title: string;
  unit: Unit;
  kind: IndicatorKind;
  /** The formula in words, Russian. */
  formula: string;
  /** Numbers of the source documents (docs/spec/README.md, 000–004), or another source named in Russian. */
  sources: readonly string[];
}

export interface CatalogEntry extends IndicatorPassport {
  direction: Direction;
  target: number | null;
  nextTarget: number | null;
  measure: Measure;
}

/** A share indicator a methodologist defines (e.g. in `Настройки`): the engine treats it as a catalog entry. */
export interface ShareDefinition {
  code: string;
  title: string;
  numerator: Selection;
  denominator: Selection;
  unit?: Unit;
  kind?: IndicatorKind;
  formula?: string;
  direction?: Direction;
  target?: number | null;
  nextTarget?: number | null;
}

/** A share whose numerator is its denominator narrowed by more conditions (the usual case). */
export function narrowing(
  population: Population,
  denominator: readonly Condition[],
  numerator: readonly Condition[]
): Measure {
  return {
    kind: "share",
    denominator: { population, where: denominator },
    numerator: { population, where: [...denominator, ...numerator] },
  };
}

export function entryOfDefinition(def: ShareDefinition): CatalogEntry {
  return {
    code: def.code,
    title: def.title,
    unit: def.unit ?? "%",
    kind: def.kind ?? "на конец периода",
    formula: def.formula ?? "Показатель, заданный в листе «Настройки»",
    sources: ["Настройки"],
    direction: def.direction ?? "≥",
    target: def.target ?? null,
    nextTarget: def.nextTarget ?? null,
    measure: { kind: "share", numerator: def.numerator, denominator: def.denominator },
  };
}
