/**
 * What writing a report (or taking a new collection) would change, before anything is written:
 * the schools the workbook holds that the new data leave out, and the rows before and after.
 * Pure: the pane asks the person with these lines, and writes only on «Записать». Schools are
 * matched by codeKey (src/core/text/code-key.ts), so «OO-01» typed in Latin letters is not a
 * school dropped and another added.
 */
import type { ConsolidationDiff } from "../../core/consolidate";
import type { SchoolData } from "../../core/model";
import { codeKey } from "../../core/text/code-key";
import { countOf, NOUN } from "../../core/text/plural";

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
 * The loss of going from `before` to `after`: null when nothing is lost (no school the
 * workbook holds is left out and there are at least as many rows).
 */
export function dataLoss(
  before: readonly SchoolData[],
  after: readonly SchoolData[]
): DataLoss | null {
  const kept = new Set(after.map((s) => codeKey(codeOf(s))));
  const seen = new Set<string>();
  const dropped: string[] = [];
  for (const school of before) {
    const key = codeKey(codeOf(school));
    if (kept.has(key) || seen.has(key)) continue;
    seen.add(key);
    dropped.push(codeOf(school));
  }
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

/** One line per school sent twice: which files hold it. */
export function duplicateLines(duplicates: readonly DuplicateSchool[]): string[] {
  return duplicates.map((d) => `${d.code} — файлы ${d.files.map((f) => `«${f}»`).join(", ")}.`);
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
