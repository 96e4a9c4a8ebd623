/** Age structure of PED ("сбалансированность по возрасту"), per school and in total. */
import { TOTAL, type Settings } from "../indicators/types";
import type { Period, SchoolData, Worker } from "../model";
import type { ScopeCounts } from "./clusters";
import { inPed, isPensionAge, reachedAge } from "./population";

export const AGE_BANDS = [
  "до 25 лет",
  "25–34 года",
  "35–44 года",
  "45–54 года",
  "от 55 лет до пенсионного возраста",
  "пенсионного возраста и старше",
] as const;

/** Index into AGE_BANDS, or null without a birth date. */
export function ageBand(w: Worker, period: Period, settings: Settings): number | null {
  if (w.birthDate === null) return null;
  if (isPensionAge(w, period, settings)) return 5;
  const LOWER = [25, 35, 45, 55];
  const band = LOWER.findIndex((years) => !reachedAge(w, years, period, settings));
  return band < 0 ? 4 : band;
}

export function ageStructure(
  schools: readonly SchoolData[],
  period: Period,
  settings: Settings
): ScopeCounts[] {
  const total: ScopeCounts = { scope: TOTAL, workers: 0, counts: AGE_BANDS.map(() => 0) };
  const rows = schools.map((school): ScopeCounts => {
    const own: ScopeCounts = {
      scope: school.passport.schoolCode ?? school.file,
      workers: 0,
      counts: AGE_BANDS.map(() => 0),
    };
    for (const w of school.workers) {
      const band = inPed(w) ? ageBand(w, period, settings) : null;
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
