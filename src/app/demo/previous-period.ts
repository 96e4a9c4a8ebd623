/**
 * The demo's previous period: the same schools one year earlier, so that
 * `Эффективность` and the trend columns have something to compare with.
 * Whatever happened after the earlier period's end did not happen yet (those
 * dates are cleared), experience is a year shorter, and a deterministic share
 * of workers had not yet joined a community, mentoring or expert work: the
 * values come out somewhat lower, as a municipality that improves would show.
 */
import type { Period, SchoolData, Worker } from "../../core/model";
import { addYears, type Day } from "../../core/time/day";

const DATE_KEYS = ["attestationDate", "diagnosticsDate", "courseDate"] as const;
/** Every n-th worker (by position) had not yet done these: a visible but plausible gain. */
const NOT_YET_EVERY = 4;

export function earlierPeriod(p: Period): Period {
  return { start: addYears(p.start, -1), end: addYears(p.end, -1) };
}

function earlierWorker(w: Worker, end: Day, index: number): Worker {
  const prev: Worker = { ...w, deficits: w.deficits };
  for (const key of DATE_KEYS) {
    const day = prev[key];
    if (day !== null && day > end) prev[key] = null;
  }
  if (prev.diagnosticsDate === null) {
    prev.diagnosticsLevel = null;
    prev.deficits = [];
    prev.iomDeveloped = prev.iomDeveloped === null ? null : false;
  }
  if (prev.courseDate === null) prev.courseOrganisation = null;
  if (prev.pedExperience !== null) prev.pedExperience = Math.max(0, prev.pedExperience - 1);
  if (index % NOT_YET_EVERY === 0) {
    for (const key of ["networkCommunities", "mentor", "expertActivity", "methodicalAssociation"] as const) {
      if (prev[key] === true) prev[key] = false;
    }
  }
  return prev;
}

/** The schools as they would have reported the period one year before theirs. */
export function previousYearSchools(schools: readonly SchoolData[]): SchoolData[] {
  return schools.map((s) => {
    const { periodStart, periodEnd } = s.passport;
    if (periodStart === null || periodEnd === null) return s;
    const p = earlierPeriod({ start: periodStart, end: periodEnd });
    return {
      ...s,
      passport: { ...s.passport, periodStart: p.start, periodEnd: p.end },
      workers: s.workers.map((w, i) => earlierWorker(w, p.end, i)),
      issues: [],
    };
  });
}
