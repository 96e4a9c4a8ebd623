/**
 * The workers who make a school's gap on a share of people: for a "≥"
 * indicator the denominator's workers not in the numerator, for a "≤" one the
 * numerator's. Uses the catalog's own selections, so it cannot drift from the engine.
 */
import type { SchoolData, Worker } from "../model";
import { compileConditions } from "../indicators/compile-condition";
import { POPULATION_BIT, populationMask } from "../indicators/compile";
import type { Selection } from "../indicators/conditions";
import type { CatalogEntry } from "../indicators/measures";
import { schoolContext } from "../indicators/school-context";
import type { Settings } from "../indicators/types";
import type { Direction } from "../schema/values";
import { EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER } from "../schema/values";

type Pick = (w: Worker) => boolean;

function selector(sel: Selection, school: SchoolData, settings: Settings): Pick {
  const pred = compileConditions(sel.where ?? [], schoolContext(school.passport, settings));
  const bit = POPULATION_BIT[sel.population];
  return (w) =>
    !w.hasErrors &&
    (populationMask(w.employment, w.workerCategory, EXTERNAL_PART_TIME, PEDAGOGICAL_WORKER) &
      bit) !==
      0 &&
    pred(w);
}

/** null when the indicator is not a share of people (school shares, counts). */
export function gapWorkers(
  entry: CatalogEntry,
  school: SchoolData,
  settings: Settings,
  direction: Direction
): Worker[] | null {
  const m = entry.measure;
  if (m.kind !== "share") return null;
  const inNum = selector(m.numerator, school, settings);
  if (direction === "≤") return school.workers.filter(inNum);
  const inDen = selector(m.denominator, school, settings);
  return school.workers.filter((w) => inDen(w) && !inNum(w));
}
