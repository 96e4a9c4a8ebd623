/**
 * Two files of the same school (same code by codeKey, the same period): which one goes
 * into the consolidation must not depend on the order the files were given in. The
 * later «Дата заполнения» wins (a resend is filled later); on a tie or without dates,
 * the first by file name (docs/decisions/report.md).
 */
import type { SchoolData } from "../model";
import { codeKey } from "../text/code-key";
import { formatDay } from "../time/day";
import { naturalOrder } from "../text/natural-order";

/** Negative when `a` should be taken over `b`. */
export function preferSchool(a: SchoolData, b: SchoolData): number {
  const da = a.passport.filledOn ?? -Infinity;
  const db = b.passport.filledOn ?? -Infinity;
  if (da !== db) return db - da;
  return naturalOrder.compare(a.file, b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}

/** True when `winner` was filled strictly later than `other`: a resend, not a second file. */
function filledLater(winner: SchoolData, other: SchoolData): boolean {
  const w = winner.passport.filledOn;
  const o = other.passport.filledOn;
  return w !== null && (o === null || w > o);
}

/** A name as a person would compare it: case, ё, quotes, spaces and punctuation do not count. */
const nameKey = (name: string | null): string =>
  (name ?? "")
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[^\p{L}\d]+/gu, "");

/**
 * `winner` is a resend of `other`: filled strictly later, by the same school — the same
 * «Наименование ОО» (both empty counts as the same). Another school that typed this code
 * (another name) is a second file, an error (decisions/report.md).
 */
export function isResend(winner: SchoolData, other: SchoolData): boolean {
  return (
    filledLater(winner, other) &&
    nameKey(winner.passport.schoolName) === nameKey(other.passport.schoolName)
  );
}

/** Russian: why `winner` was taken over `other`. */
export function whyPreferred(winner: SchoolData, other: SchoolData): string {
  const w = winner.passport.filledOn;
  return w !== null && filledLater(winner, other)
    ? `он заполнен позже (${formatDay(w)})`
    : "при одинаковой дате заполнения берётся первый по имени файла";
}

/**
 * Of the schools given (each with its code), the one taken per code by codeKey — the same
 * whatever their order. Keys in the order first met.
 */
export function takenPerCode(
  schools: Iterable<{ school: SchoolData; code: string }>
): Map<string, SchoolData> {
  const taken = new Map<string, SchoolData>();
  for (const { school, code } of schools) {
    const key = codeKey(code);
    const best = taken.get(key);
    if (best === undefined || preferSchool(school, best) < 0) taken.set(key, school);
  }
  return taken;
}
