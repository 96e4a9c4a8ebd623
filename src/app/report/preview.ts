/**
 * What writing a report (or taking a new collection) would change, before anything is written:
 * the schools the workbook holds that the new data leave out, and the rows before and after.
 * Pure: the pane asks the person with these lines, and writes only on «Записать». Schools are
 * matched by codeKey (src/core/text/code-key.ts), so «OO-01» typed in Latin letters is not a
 * school dropped and another added.
 */
import { takenPerCode, type ConsolidationDiff } from "../../core/consolidate";
import type { SchoolData } from "../../core/model";
import { codeKey } from "../../core/text/code-key";
import { countOf, NOUN } from "../../core/text/plural";
import { naturalOrder } from "../../core/text/natural-order";

export interface DataLoss {
  /** Codes (as the workbook spells them) of schools that would be left out. */
  dropped: string[];
  schoolsBefore: number;
  schoolsAfter: number;
  rowsBefore: number;
  rowsAfter: number;
}

function codeOf(school: SchoolData): string {
  return school.passport.schoolCode ?? school.file;
}

function rowsOf(schools: readonly SchoolData[]): number {
  let rows = 0;
  for (const s of schools) rows += s.workers.length;
  return rows;
}

/**
 * One school per code (by codeKey; a file without a code is none: the report leaves it out): of two
 * files of a school, the one the consolidation would take (core/consolidate/duplicates.ts).
 * A school sent twice is one school, and only its file taken counts its rows. In the order met.
 */
export function distinctSchools(schools: readonly SchoolData[]): SchoolData[] {
  // A file without a code never enters the report: it is no school to count (review 15b).
  const coded = schools.flatMap((school) => {
    const code = school.passport.schoolCode?.trim();
    return code ? [{ school, code }] : [];
  });
  return [...takenPerCode(coded).values()];
}

/** Schools and rows of teachers as a report would count them: each school once. */
export function collectionTotals(schools: readonly SchoolData[]): {
  schools: number;
  rows: number;
} {
  const distinct = distinctSchools(schools);
  return { schools: distinct.length, rows: rowsOf(distinct) };
}

/**
 * The loss of going from `before` to `after`: null when nothing is lost (no school the
 * workbook holds is left out and there are at least as many rows). Both sides are counted
 * as the report would count them (distinctSchools): a school sent twice is neither two
 * schools nor twice its rows.
 */
export function dataLoss(
  allBefore: readonly SchoolData[],
  allAfter: readonly SchoolData[]
): DataLoss | null {
  const before = distinctSchools(allBefore);
  const after = distinctSchools(allAfter);
  const kept = new Set(after.map((s) => codeKey(codeOf(s))));
  const dropped = before.filter((s) => !kept.has(codeKey(codeOf(s)))).map(codeOf);
  dropped.sort(naturalOrder.compare);
  const rowsBefore = rowsOf(before);
  const rowsAfter = rowsOf(after);
  if (dropped.length === 0 && rowsAfter >= rowsBefore) return null;
  return {
    dropped,
    schoolsBefore: before.length,
    schoolsAfter: after.length,
    rowsBefore,
    rowsAfter,
  };
}

/** The loss in Russian lines, for a question the person answers before anything is written. */
export function lossLines(loss: DataLoss): string[] {
  const lines: string[] = [];
  if (loss.dropped.length > 0)
    lines.push(
      `Не будет ${countOf(loss.dropped.length, NOUN.school)}: ${loss.dropped.join(", ")}.`
    );
  lines.push(`ОО: было ${loss.schoolsBefore}, станет ${loss.schoolsAfter}.`);
  lines.push(`Строк о педагогах: было ${loss.rowsBefore}, станет ${loss.rowsAfter}.`);
  return lines;
}

/** Schools sent twice or more (the same code by codeKey), each with its files. */
export interface DuplicateSchool {
  code: string;
  files: string[];
}

export function duplicateSchools(schools: readonly SchoolData[]): DuplicateSchool[] {
  const byKey = new Map<string, DuplicateSchool>();
  for (const school of schools) {
    const code = school.passport.schoolCode;
    if (!code) continue;
    const key = codeKey(code);
    const entry = byKey.get(key) ?? { code, files: [] };
    entry.files.push(school.file);
    byKey.set(key, entry);
  }
  return [...byKey.values()].filter((d) => d.files.length > 1);
}

/** How many schools and files a duplicate warning names before «и ещё …». */
const SHOWN_SCHOOLS = 3;
const SHOWN_FILES = 2;

/**
 * Schools sent twice, compactly: how many, then the first few with their first files
 * («ОО-01 — «a.xlsx», «b.xlsx» и ещё 98»), then «и ещё N ОО». 300 copies of 3 schools are
 * three short lines, not 300 file names.
 */
export function duplicateLines(duplicates: readonly DuplicateSchool[]): string[] {
  if (duplicates.length === 0) return [];
  const extra = duplicates.reduce((n, d) => n + d.files.length - 1, 0);
  const lines = [
    // «лишних файлов: 1.» read as a numbered list before the next line (review 15b).
    `${countOf(duplicates.length, NOUN.school)} в нескольких файлах (лишних — ${countOf(extra, NOUN.file)}).`,
  ];
  for (const d of duplicates.slice(0, SHOWN_SCHOOLS)) {
    const names = d.files.slice(0, SHOWN_FILES).map((f) => `«${f}»`);
    const more = d.files.length - names.length;
    lines.push(
      `${d.code} — ${countOf(d.files.length, NOUN.file)}: ${names.join(", ")}${more > 0 ? ` и ещё ${more}` : ""}.`
    );
  }
  const rest = duplicates.length - SHOWN_SCHOOLS;
  if (rest > 0) lines.push(`И ещё ${countOf(rest, NOUN.school)}.`);
  return lines;
}

/**
 * What a rewritten consolidation changed, as one sentence to read after the report: «Свод не
 * изменился» when nothing did, else the changes and the totals.
 */
export function changeSentence(diff: ConsolidationDiff, lines: readonly string[]): string {
  const same =
    !diff.periodChanged &&
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0;
  if (same) return `Свод в книге не изменился: те же ОО, ${countOf(diff.rowsAfter, NOUN.row)}.`;
  return `По сравнению с прежним сводом: ${lines.join(" ")}`;
}
