/**
 * Pre-filled school workbooks for the next collection round (issue 14): one per
 * school of the municipality workbook's `Список ОО` (else its `ОО` sheet), the passport filled
 * (code, name, municipality, the next period) and, from last period's data,
 * the school's own `Педагоги` rows carried over (core/carry). Pure: the CLI
 * writes the sheet models. What could not be carried — a last-period school on no row, or
 * one whose code is near a listed one — is returned for the caller to name.
 */
import { carryOver, latestPeriod, nextPeriod, PASSPORT_ASK_KEYS } from "../../core/carry";
import { preferSchool, whyPreferred } from "../../core/consolidate/duplicates";
import { codeKey, nearCode } from "../../core/text/code-key";
import type { CellValue, Period, SchoolData } from "../../core/model";
import { COMMUNITIES, TEACHERS } from "../../core/schema";
import { parseCode } from "../../core/validate/cell/code";
import { SCHOOL_LIST } from "../../core/schema/municipality";
import { dateFromDay, type Day } from "../../core/time/day";
import type { SheetModel } from "../../port/sheet-model";
import { COMMUNITY_BLANK_ROWS, TEACHER_BLANK_ROWS } from "./blank-rows";
import { instructionSheet } from "./instruction-sheet";
import { passportSheet } from "./passport-sheet";
import { tableSheet } from "./table-sheet";

export interface PrefilledSchool {
  code: string;
  name: string | null;
  municipality: string | null;
}

export interface PrefilledWorkbook {
  school: PrefilledSchool;
  sheets: SheetModel[];
  /** Teachers carried over from last period. */
  carried: number;
  /** Carried rows with a cell to check: a bad source value left empty, or a value kept but marked. */
  rowsWithGaps: number;
  /** The file last period's rows came from; null when none had this school. */
  source: string | null;
  /** No source had this school, but one has a code like it («ОО-4» for «ОО-04»): named, not merged. */
  near: UnusedSource | null;
  /**
   * Other files of this school for the same last period, not used: the one taken is the
   * later «Дата заполнения», then the first by name (the report's rule, duplicates.ts).
   */
  setAside: { file: string; why: string }[];
}

/** Last period's data of a school that is not on the list (by codeKey). */
export interface UnusedSource {
  file: string;
  /** The code as that source has it. */
  code: string;
  /** The expected code it resembles (code-key.ts nearCode); null when none or several. */
  near: string | null;
}

export interface PrefilledResult {
  period: Period;
  /** Whether the period follows the municipality workbook's latest one (else: today's school year). */
  fromWorkbook: boolean;
  workbooks: PrefilledWorkbook[];
  /** Sources of last period whose school is on no row of the list: their people are not carried. */
  unused: UnusedSource[];
  /** Codes the list repeats (by codeKey), as typed: one workbook is made for the first. */
  repeated: string[][];
  /** Rows of last period without a `Код ОО` (a municipality workbook's): nobody's, not carried. */
  uncoded: { file: string; rows: number[] }[];
  /** The sheet the schools came from: «Список ОО», or «ОО» for a workbook without a list. */
  listSheet: string;
  /**
   * Codes of the list that are not a `Код ОО` («../x», «ОО:09», «ОО/08»): no workbook is made,
   * since a code names a file (`<Код ОО>.xlsx`) and such a name would leave `--out` or break.
   */
  badCodes: { code: string; row: number | null }[];
}

/** A code that can name a school's file: the same check as the passport's `Код ОО`. */
function isSchoolCode(code: string): boolean {
  return typeof parseCode(code) === "string";
}

/**
 * The schools to prepare: the person's `Список ОО` when the workbook has it (the schools she
 * expects this round; the municipality from their `ОО` row, else the one most rows name),
 * else the rows of the `ОО` sheet.
 */
export function expectedSchools(
  municipality: readonly SchoolData[],
  list: readonly { code: string; name: string | null }[] | null = null
): PrefilledSchool[] {
  if (list !== null && list.length > 0) {
    const byCode = new Map(municipality.map((s) => [s.passport.schoolCode, s]));
    const common = commonMunicipality(municipality);
    const seen = new Set<string>();
    return list
      .filter((s) => !seen.has(codeKey(s.code)) && seen.add(codeKey(s.code)))
      .map((s) => {
        const known = byCode.get(s.code);
        return {
          code: s.code,
          name: s.name ?? known?.passport.schoolName ?? null,
          municipality: known?.passport.municipality ?? common,
        };
      });
  }
  return schoolsOfSheet(municipality);
}

/** The codes a list repeats by codeKey (each group as typed, in list order). */
function repeatedCodes(list: readonly { code: string }[] | null): string[][] {
  const groups = new Map<string, string[]>();
  for (const { code } of list ?? []) {
    const key = codeKey(code);
    groups.set(key, [...(groups.get(key) ?? []), code]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

/** Rows of the `ОО` sheet only (a code met only in the data gets an «unknown school» issue and is not expected). */
function schoolsOfSheet(municipality: readonly SchoolData[]): PrefilledSchool[] {
  const seen = new Set<string>();
  const out: PrefilledSchool[] = [];
  const common = commonMunicipality(municipality);
  for (const s of municipality) {
    const code = s.passport.schoolCode;
    if (code === null || seen.has(code)) continue;
    if (s.issues.some((i) => i.code === "row/unknown-school")) continue;
    seen.add(code);
    out.push({
      code,
      name: s.passport.schoolName,
      municipality: s.passport.municipality ?? common,
    });
  }
  return out;
}

/** The municipality most `ОО` rows name (for a row that leaves it empty). */
function commonMunicipality(schools: readonly SchoolData[]): string | null {
  const count = new Map<string, number>();
  for (const s of schools) {
    const m = s.passport.municipality;
    if (m !== null) count.set(m, (count.get(m) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [m, n] of count) if (best === null || n > count.get(best)!) best = m;
  return best;
}

/**
 * A source of the new period or later (a pre-filled workbook in the --previous folder): not last
 * period's data, never carried.
 */
export function ofNewPeriod(s: SchoolData, newStart: Day): boolean {
  return s.passport.periodEnd !== null && s.passport.periodEnd >= newStart;
}

/**
 * Last period's data of one school: the source with the latest period end; of several files
 * for that period (an old file and its resend), the one the report would take — the later
 * «Дата заполнения», then the first by name (consolidate/duplicates.ts) — whatever their
 * order; the others are returned to be named. A source whose period does not end before the
 * new one starts is not «last period» (e.g. an earlier run's pre-filled workbooks inside a
 * --previous folder) and is passed over.
 */
function sourceFor(
  code: string,
  previous: readonly SchoolData[],
  next: Period
): { source: SchoolData | null; setAside: { file: string; why: string }[] } {
  const mine = previous.filter(
    (s) =>
      s.passport.schoolCode !== null &&
      codeKey(s.passport.schoolCode) === codeKey(code) &&
      !ofNewPeriod(s, next.start)
  );
  const end = (s: SchoolData): number => s.passport.periodEnd ?? -Infinity;
  const latest = mine.reduce((m, s) => Math.max(m, end(s)), -Infinity);
  const same = mine.filter((s) => end(s) === latest).sort(preferSchool);
  const first = same[0] ?? null;
  // Rows of one municipality workbook whose code is a look-alike spelling («OO-01» in
  // `Сводные данные` for «ОО-01» on `ОО`) are read as another school of the same file: the
  // same school by codeKey, so they are carried with it (review 2).
  // (such a row has no period of its own: its school is not on `ОО`).
  const siblings = first === null ? [] : mine.filter((s) => s !== first && s.file === first.file);
  const source: SchoolData | null =
    first === null || siblings.length === 0
      ? first
      : {
          ...first,
          workers: [...first.workers, ...siblings.flatMap((s) => s.workers)].sort(
            (a, b) => a.row - b.row
          ),
          issues: [...first.issues, ...siblings.flatMap((s) => s.issues)],
        };
  const setAside = same.slice(1).flatMap((s) =>
    // Rows of one municipality workbook are one source, not a second file.
    s.file === source!.file
      ? []
      : [{ file: s.file, why: `взят «${source!.file}» — ${whyPreferred(source!, s)}` }]
  );
  return { source, setAside };
}

/**
 * Sources of last period (ending before the new one) whose code is on no expected row: a
 * school that left the list, or one whose code was typed differently (then `near` names it).
 */
function unusedSources(
  previous: readonly SchoolData[],
  expected: readonly PrefilledSchool[],
  next: Period
): UnusedSource[] {
  const keys = new Set(expected.map((e) => codeKey(e.code)));
  const codes = expected.map((e) => e.code);
  const out: UnusedSource[] = [];
  const seen = new Set<string>();
  for (const s of previous) {
    const code = s.passport.schoolCode?.trim() ?? "";
    if (code === "" || keys.has(codeKey(code))) continue;
    if (ofNewPeriod(s, next.start)) continue;
    const id = `${s.file}\u0001${codeKey(code)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ file: s.file, code, near: nearCode(code, codes) });
  }
  return out;
}

/** Last period's rows without a code, per file (sheet rows, ascending). */
function uncodedRows(previous: readonly SchoolData[]): { file: string; rows: number[] }[] {
  const byFile = new Map<string, number[]>();
  for (const s of previous) {
    if ((s.passport.schoolCode?.trim() ?? "") !== "" || s.workers.length === 0) continue;
    const rows = byFile.get(s.file) ?? [];
    for (const w of s.workers) rows.push(w.row);
    byFile.set(s.file, rows);
  }
  return [...byFile].map(([file, rows]) => ({ file, rows: rows.sort((a, b) => a - b) }));
}

export function prefilledWorkbooks(
  municipality: readonly SchoolData[],
  previous: readonly SchoolData[],
  today: Day,
  /** The person's `Список ОО`, when the workbook has one. */
  list: readonly { code: string; name: string | null; row?: number }[] | null = null
): PrefilledResult {
  const latest = latestPeriod(municipality);
  const period = nextPeriod(latest, today);
  const all = expectedSchools(municipality, list);
  const expected = all.filter((s) => isSchoolCode(s.code));
  const badCodes = all
    .filter((s) => !isSchoolCode(s.code))
    .map((s) => ({ code: s.code, row: list?.find((l) => l.code === s.code)?.row ?? null }));
  const unused = unusedSources(previous, expected, period);
  const workbooks = expected.map((school) => {
    const { source, setAside } = sourceFor(school.code, previous, period);
    const carried = carryOver(source, school.code, period.end);
    // A first-year list may have codes only: the name and municipality come from the school's
    // own last-period file; what is still empty is marked for the school to fill.
    const passport: Record<string, CellValue> = {
      schoolCode: school.code,
      schoolName: school.name ?? source?.passport.schoolName ?? null,
      municipality: school.municipality ?? source?.passport.municipality ?? null,
      periodStart: dateFromDay(period.start),
      periodEnd: dateFromDay(period.end),
    };
    const ask = new Set(PASSPORT_ASK_KEYS);
    for (const key of ["schoolName", "municipality"]) if (passport[key] === null) ask.add(key);
    const sheets: SheetModel[] = [
      instructionSheet({ prefilled: true }),
      passportSheet(passport, ask),
      tableSheet(TEACHERS, {
        rows: carried.rows,
        blankRows: TEACHER_BLANK_ROWS,
        validations: true,
        renew: carried.renew,
        prompts: carried.prompts,
      }),
      tableSheet(COMMUNITIES, { blankRows: COMMUNITY_BLANK_ROWS, validations: true }),
    ];
    return {
      school,
      sheets,
      carried: carried.rows.length,
      rowsWithGaps: carried.rowsWithGaps,
      source: source === null || carried.rows.length === 0 ? null : source.file,
      near: source === null ? (unused.find((u) => u.near === school.code) ?? null) : null,
      setAside,
    };
  });
  return {
    period,
    fromWorkbook: latest !== null,
    workbooks,
    unused,
    repeated: repeatedCodes(list),
    uncoded: uncodedRows(previous),
    listSheet: list !== null && list.length > 0 ? SCHOOL_LIST.name : "ОО",
    badCodes,
  };
}
