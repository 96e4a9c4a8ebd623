/**
 * The previous period's values, re-reported by the same engine from the
 * previous period's workbooks (a municipality workbook or school files), so
 * that they are comparable by construction: the same settings and custom
 * indicators apply to both periods.
 */
import { consolidate } from "../../core/consolidate";
import {
  orderEarlierPeriods,
  toPreviousMap,
  type EarlierCandidate,
  type EarlierPeriod,
} from "../../core/cycle";
import { computeIndicators, type Settings, type ShareDefinition } from "../../core/indicators";
import type { Period, SchoolData } from "../../core/model";
import { NOUN, countOf } from "../../core/text/plural";

const FILES_NAMED = 3;

export interface PreviousPeriod {
  values: Map<string, number>;
  period: Period | null;
  schools: number;
  rows: number;
  /** `Код ОО` of the schools included. */
  schoolCodes: string[];
  /** `Муниципалитет` of their passports. */
  municipalities: string[];
  schoolMunicipalities: { code: string; municipality: string | null }[];
}

/** One earlier period's schools as read from one source (a file or folder the person named). */
export interface PreviousSource {
  source: string;
  schools: readonly SchoolData[];
}

export function previousPeriod(
  schools: readonly SchoolData[],
  settings: Settings,
  custom: readonly ShareDefinition[] = [],
  expected: readonly { code: string }[] | null = null
): PreviousPeriod {
  const c = consolidate([...schools], [], expected);
  const { results } = computeIndicators(c.included, settings, { custom });
  return {
    values: toPreviousMap(results),
    period: c.period,
    schools: c.included.length,
    rows: c.included.reduce((sum, s) => sum + s.workers.length, 0),
    schoolCodes: c.included.map((s) => s.passport.schoolCode ?? s.file),
    municipalities: municipalitiesOf(c.included),
    schoolMunicipalities: c.included.map((s) => ({
      code: s.passport.schoolCode ?? s.file,
      municipality: s.passport.municipality,
    })),
  };
}

function municipalitiesOf(schools: readonly SchoolData[]): string[] {
  return schools.flatMap((s) => (s.passport.municipality ? [s.passport.municipality] : []));
}

/**
 * Every earlier period re-reported, checked against the current schools and ordered oldest
 * first (core/cycle/periods.ts); throws EarlierPeriodRefused naming the source that cannot be used.
 * `expected` is `Список ОО`: a school that typed its code with look-alike letters in either
 * period is the listed school in both (without a list, the current codes are the list), so its
 * trend is not lost to «OO-01» last year and «ОО-01» now.
 */
export function earlierPeriods(
  current: readonly SchoolData[],
  sources: readonly PreviousSource[],
  settings: Settings,
  custom: readonly ShareDefinition[] = [],
  expected: readonly { code: string }[] | null = null
): EarlierPeriod[] {
  if (sources.length === 0) return [];
  const now = consolidate([...current], [], expected);
  const codes = expected ?? now.included.map((s) => ({ code: s.passport.schoolCode ?? s.file }));
  const candidates: EarlierCandidate[] = sources.map((s) => {
    const p = previousPeriod(s.schools, settings, custom, codes);
    return {
      source: s.source,
      period: p.period,
      schoolCodes: p.schoolCodes,
      values: p.values,
      municipalities: p.municipalities,
      schools: p.schoolMunicipalities,
    };
  });
  return orderEarlierPeriods(
    {
      period: now.period,
      schoolCodes: now.included.map((s) => s.passport.schoolCode ?? s.file),
      municipalities: municipalitiesOf(now.included),
    },
    candidates
  );
}

/**
 * Schools chosen together (the add-in's file picker) split by their passport's period: each
 * period one source, named by its files. School files of one period make one period.
 */
export function sourcesByPeriod(schools: readonly SchoolData[]): PreviousSource[] {
  const groups = new Map<string, SchoolData[]>();
  for (const s of schools) {
    const key = `${s.passport.periodStart ?? ""}-${s.passport.periodEnd ?? ""}`;
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()].map((group) => ({ source: filesText(group), schools: group }));
}

/** «a.xlsx, b.xlsx, c.xlsx и ещё 97 файлов»: a refusal names the files, not a hundred of them. */
function filesText(group: readonly SchoolData[]): string {
  const files = [...new Set(group.map((s) => s.file))];
  const shown = files.slice(0, FILES_NAMED).join(", ");
  const rest = files.length - FILES_NAMED;
  return rest > 0 ? `${shown} и ещё ${countOf(rest, NOUN.file)}` : shown;
}
