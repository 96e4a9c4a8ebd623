/** Age structure of PED ("сбалансированность по возрасту"), per school and in total. */
import { TOTAL, type Settings } from "../indicators/types";
import type { Period, SchoolData, Worker } from "../model";
import type { ScopeCounts } from "./clusters";
import { inPed, periodPredicates } from "./population";

export const AGE_BANDS = [
  "до 25 лет",
  "25–34 года",
  "35–44 года",
  "45–54 года",
  "от 55 лет до пенсионного возраста",
  "пенсионного возраста и старше",
] as const;

/** The lower age of each band before the last two (ages at the period's end). */
const LOWER = [25, 35, 45, 55];

/** A worker's index into AGE_BANDS (null without a birth date), judged for a period. */
export function ageBandOf(period: Period, settings: Settings): (w: Worker) => number | null {
  const { pensionAge, reachedAge } = periodPredicates(period, settings);
  const reached = LOWER.map(reachedAge);
  return (w) => {
    if (w.birthDate === null) return null;
    if (pensionAge(w)) return 5;
    const band = reached.findIndex((isOfAge) => !isOfAge(w));
    return band < 0 ? 4 : band;
  };
}

export function ageStructure(
  schools: readonly SchoolData[],
  period: Period,
  settings: Settings
): ScopeCounts[] {
  const ageBand = ageBandOf(period, settings);
  const total: ScopeCounts = { scope: TOTAL, workers: 0, counts: AGE_BANDS.map(() => 0) };
  const rows = schools.map((school): ScopeCounts => {
    const own: ScopeCounts = {
      scope: school.passport.schoolCode ?? school.file,
      workers: 0,
      counts: AGE_BANDS.map(() => 0),
    };
    for (const w of school.workers) {
      const band = inPed(w) ? ageBand(w) : null;
      if (band === null) continue;
      own.workers++;
      own.counts[band]++;
      total.workers++;
      total.counts[band]++;
    }
    return own;
  });
  return [total, ...rows];
}
