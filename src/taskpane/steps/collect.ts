/**
 * «Собрать файлы ОО»: the school workbooks people picked, read in the task pane with the same
 * core and the same read-only reader as the command line (src/adapters/xlsx-reader). Files are read one at a time
 * and the pane yields a macrotask before each, so Excel and the pane stay responsive.
 * A workbook with neither `Паспорт ОО` nor `Педагоги` (and not a municipality's) is not a
 * school's: it is refused by name rather than counted as a school of 0 rows; a school sent in
 * two files is named here, not only at the report.
 */
import {
  duplicateSchools,
  openSources,
  unreadableIssue,
  type DuplicateSchool,
  type OpenedSources,
  type SourceInput,
  type WorkbookOpener,
} from "../../app/report";
import type { SchoolData } from "../../core/model";
import { PASSPORT, TEACHERS } from "../../core/schema";
import type { Progress } from "../../port/workbook-port";
import { renderIssue } from "../../core/validate/message";
import { PaneError } from "../failure";

export interface CollectResult extends OpenedSources {
  /** Files picked; fewer were read when the person pressed «Отмена». */
  picked: number;
  cancelled: boolean;
  /** Schools sent in more than one file (same code by codeKey). */
  duplicates: DuplicateSchool[];
}

/**
 * A macrotask: the pane paints and handles «Отмена» before the promise resolves. A message to
 * itself rather than setTimeout(0), whose nested calls browsers clamp to 4 ms: 1.6 s of the
 * 2.7 s the pane took to read 300 school files (bench `pane-read`). setTimeout where there is
 * no MessageChannel.
 */
export const nextMacrotask = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof MessageChannel !== "function") {
      setTimeout(resolve, 0);
      return;
    }
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/** An opener that lets the browser breathe before each file: a file's parsing is one long task. */
export function yieldingOpener(open: WorkbookOpener): WorkbookOpener {
  return async (bytes) => {
    await nextMacrotask();
    return open(bytes);
  };
}

/** True for a school read from a workbook that has neither a passport nor `Педагоги`. */
function isNotSchoolBook(school: SchoolData): boolean {
  const missing = new Set(
    school.issues.filter((i) => i.code === "sheet/missing").map((i) => i.sheet)
  );
  return missing.has(PASSPORT.name) && missing.has(TEACHERS.name);
}

/**
 * What is wrong with a school's file that was read but will not give its data: a missing
 * `Паспорт ОО` or `Педагоги` (a damaged book), no «Код ОО» (left out of the report). Said at
 * collection, not first at «Рассчитать». One line a file.
 */
export function damagedLines(schools: readonly SchoolData[]): string[] {
  const lines: string[] = [];
  for (const school of schools) {
    const missing = school.issues
      .filter((i) => i.code === "sheet/missing")
      .map((i) => `«${i.sheet}»`);
    const facts: string[] = [];
    if (missing.length > 0)
      facts.push(`нет ${missing.length > 1 ? "листов" : "листа"} ${missing.join(" и ")}`);
    if (!school.passport.schoolCode?.trim())
      facts.push("в паспорте нет кода ОО — в свод не войдёт");
    if (facts.length > 0) lines.push(`«${school.file}»: ${facts.join("; ")}.`);
  }
  return lines;
}

function notSchoolMessage(file: string, others: boolean): string {
  return `Файл «${file}» — не книга ОО: в нём нет листов «${PASSPORT.name}» и «${TEACHERS.name}». Файл пропущен${others ? ", остальные обработаны" : ""}.`;
}

/** Moves the workbooks that are not a school's from read to skipped, each with its message. */
function refuseNonSchools(sources: OpenedSources, picked: number): OpenedSources {
  const refused = new Set(
    sources.read
      .filter((r) => !r.municipality)
      .filter((r) => sources.schools.some((s) => s.file === r.name && isNotSchoolBook(s)))
      .map((r) => r.name)
  );
  if (refused.size === 0) return sources;
  const issues = [...sources.issues];
  for (const name of refused)
    issues.push(unreadableIssue(name, notSchoolMessage(name, picked > 1)));
  return {
    schools: sources.schools.filter((s) => !refused.has(s.file)),
    issues,
    read: sources.read.filter((r) => !refused.has(r.name)),
    skipped: [...sources.skipped, ...refused],
  };
}

export async function collectSources(
  inputs: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress
): Promise<CollectResult> {
  if (inputs.length === 0) {
    throw new PaneError(
      "Файлы не выбраны.",
      "Нажмите «Выбрать файлы» и отметьте книги ОО (.xlsx)."
    );
  }
  const opened = await openSources(inputs, yieldingOpener(open), progress);
  const sources = refuseNonSchools(opened, inputs.length);
  const done = opened.read.length + opened.skipped.length;
  const cancelled = progress.cancelled && done < inputs.length;
  if (sources.read.length === 0 && !cancelled) {
    throw new PaneError(
      "Не прочитано ни одной книги ОО.",
      sources.issues.map(renderIssue).join(" ") || "Выберите книги ОО в формате .xlsx."
    );
  }
  return {
    ...sources,
    picked: inputs.length,
    cancelled,
    duplicates: duplicateSchools(sources.schools),
  };
}
