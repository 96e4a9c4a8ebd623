/**
 * The workers who make a school's gap on a share of people: for a "≥"
 * indicator the denominator's workers not in the numerator, for a "≤" one the
 * numerator's. Uses the catalog's own selections, so it cannot drift from the engine.
 */
import type { SchoolData, Worker } from "../model";
import { compileSelection } from "../indicators/compile-condition";
import type { Selection } from "../indicators/conditions";
import type { CatalogEntry } from "../indicators/measures";
import { schoolContext } from "../indicators/school-context";
import type { Settings } from "../indicators/types";
import type { Direction } from "../schema/values";

type Pick = (w: Worker) => boolean;

function selector(sel: Selection, school: SchoolData, settings: Settings): Pick {
  return compileSelection(sel, schoolContext(school.passport, settings));
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
