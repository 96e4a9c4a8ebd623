/**
 * «Книги ОО на новый период» (issue 14): the open municipality workbook's schools (its
 * `Список ОО` when it has one, else the `ОО` sheet), last period's files if picked, and the
 * application step `prefilledWorkbooks` — the same workbooks `pedmonitor template school --for`
 * writes — rendered to .xlsx bytes here; delivery is the feedback step's (feedback-delivery.ts).
 */
import { openSources, type SourceInput, type WorkbookOpener } from "../../app/report";
import {
  checkPrevious,
  prefilledNotes,
  prefilledWorkbooks,
  readMunicipalityBook,
  unreadableSources,
  type PrefilledBookNote,
} from "../../app/template";
import type { SchoolData } from "../../core/model";
import { dayFromDate, formatDay, type Day } from "../../core/time/day";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { renderIssue } from "../../core/validate/message";
import { PaneError } from "../failure";
import { yieldingOpener, nextMacrotask } from "./collect";
import type { SavedFile, WorkbookMaker } from "./feedback";
import { cancelledError } from "./report";

export const PREFILLED_ZIP = "Книги ОО на новый период.zip";

/** The books made, with what the command line would print about them (app/template/prefilled-notes). */
export interface PrefilledMade {
  kind: "made";
  files: SavedFile[];
  /** «дд.мм.гггг–дд.мм.гггг» */
  period: string;
  /** Per school: «ОО-1.xlsx: перенесено педагогов — 12 (из ОО-1.xlsx)», and its files left aside. */
  books: PrefilledBookNote[];
  /**
   * What was not carried: last period's files not read, of the new period, near codes,
   * schools off the list, codes the list repeats, rows without a code.
   */
  warnings: string[];
  /** A near code or rows without a code left people behind: the person should look. */
  attention: boolean;
}

/** Nothing of last period usable (the command line's exit 2): nothing made. */
export interface PrefilledRefused {
  kind: "refused";
  /** «Нет данных прошлого периода (до 01.09.2025): «…» — …». */
  reason: string;
}

export type PrefilledFiles = PrefilledMade | PrefilledRefused;

async function previousSchools(
  inputs: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress
): Promise<{ schools: SchoolData[]; skipped: string[]; unreadable: string[] }> {
  if (inputs.length === 0) return { schools: [], skipped: [], unreadable: [] };
  const opened = await openSources(inputs, yieldingOpener(open), progress);
  return {
    schools: opened.schools,
    skipped: opened.issues.map(renderIssue),
    unreadable: unreadableSources(opened),
  };
}

const AGAIN = "нажмите «Книги ОО на новый период» снова";

export async function prefilledFiles(
  port: WorkbookPort,
  previous: readonly SourceInput[],
  open: WorkbookOpener,
  make: WorkbookMaker,
  progress: Progress,
  today: Day = dayFromDate(new Date())
): Promise<PrefilledFiles> {
  progress.report(0, 1, "Чтение книги муниципалитета");
  const book = await readMunicipalityBook(port);
  if (book === null) {
    throw new PaneError(
      "Открытая книга — не книга муниципалитета (нет листов «ОО» и «Сводные данные»).",
      "Откройте книгу муниципалитета, в которой надстройка строила сводку, и повторите."
    );
  }
  const { schools: municipality, list } = book;
  const last = await previousSchools(previous, open, progress);
  const result = prefilledWorkbooks(municipality, last.schools, today, list);
  if (result.workbooks.length === 0) {
    throw new PaneError(
      "На листе «ОО» нет ни одной ОО с кодом — нечего готовить.",
      "Заполните на листе «Список ОО» (или «ОО») коды и наименования ОО и повторите."
    );
  }
  const check =
    previous.length > 0
      ? checkPrevious(last.schools, last.unreadable, result.period.start)
      : { late: [], refusal: null };
  if (check.refusal !== null)
    return {
      kind: "refused",
      reason: `${check.refusal[0].toUpperCase()}${check.refusal.slice(1)}.`,
    };
  const notes = prefilledNotes(result, { previousGiven: previous.length > 0, again: AGAIN });
  const files: SavedFile[] = [];
  for (const book of result.workbooks) {
    if (progress.cancelled) throw cancelledError();
    const name = `${book.school.code}.xlsx`;
    files.push({ name, bytes: await make(book.sheets) });
    progress.report(files.length, result.workbooks.length, name);
    await nextMacrotask();
  }
  return {
    kind: "made",
    files,
    period: `${formatDay(result.period.start)}–${formatDay(result.period.end)}`,
    books: notes.books,
    warnings: [
      ...last.skipped.map((line) => `Прошлый период: ${line}`),
      ...check.late.map((line) => `Прошлый период: ${line}`),
      ...notes.notCarried,
    ],
    attention: notes.attention,
  };
}
