/**
 * Where a figure the given range cannot compute is found instead: every sentence leads to a
 * sheet or range that really holds it (the tally sheet and `Показатели по ОО` exist only for
 * the codes of the report's profile, so the profile is named too), never back to a range
 * that cannot compute it.
 */
import { FULL_PROFILE } from "../core/indicators/profiles";
import { basisOf, type CatalogEntry } from "../core/indicators/measures";
import { CONSOLIDATED_TEACHERS, OUTPUT_SHEETS, TALLIES } from "../core/schema/municipality";

/** A report that has the code: built with a profile that lists it. */
const reportWith = `отчёта, в профиль которого входит показатель (например, «${FULL_PROFILE.name}»)`;

/** For a code the tally sheet can hold (teachers or passports): pass that sheet. */
export function passTallySheet(entry: CatalogEntry): string {
  const teachers =
    basisOf(entry.measure) === "workers"
      ? ` Показатель по педагогам считается и по листу «${CONSOLIDATED_TEACHERS.name}», выделенному с ячейки A1.`
      : "";
  return (
    `Передайте скрытый лист «${TALLIES.name}» ${reportWith} — тот же диапазон, что в формулах листа ` +
    `«${OUTPUT_SHEETS.summary}» этого отчёта; значения по каждой ОО — на его листе «${OUTPUT_SHEETS.bySchool}».` +
    teachers
  );
}

/** For a code no function range holds (distinct titles of `Сообщества и проекты`). */
export function seeReportSheets(): string {
  return `Его значение — на листах «${OUTPUT_SHEETS.summary}» и «${OUTPUT_SHEETS.bySchool}» ${reportWith}.`;
}
