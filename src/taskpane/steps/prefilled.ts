/**
 * «Книги ОО на новый период» (issue 14): the open municipality workbook's schools (its
 * `Список ОО` when it has one, else the `ОО` sheet), last period's files if picked, and the
 * application step `prefilledWorkbooks` — the same workbooks `pedmonitor template school --for`
 * writes — rendered to .xlsx bytes here; delivery is the feedback step's (feedback-delivery.ts).
 */
import { readWorkbook } from "../../app/read-workbook";
import { openSources, type SourceInput, type WorkbookOpener } from "../../app/report";
import { prefilledWorkbooks } from "../../app/template";
import { readSchoolList } from "../../core/consolidate/school-list";
import type { SchoolData } from "../../core/model";
import { SCHOOL_LIST } from "../../core/schema/municipality";
import { dayFromDate, formatDay, type Day } from "../../core/time/day";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { renderIssue } from "../../core/validate/message";
import { PaneError } from "../failure";
import { yieldingOpener, nextMacrotask } from "./collect";
import type { SavedFile, WorkbookMaker } from "./feedback";
import { cancelledError } from "./report";

export const PREFILLED_ZIP = "Книги ОО на новый период.zip";

export interface PrefilledFiles {
  files: SavedFile[];
  /** «дд.мм.гггг–дд.мм.гггг» */
  period: string;
  /** Per school: «ОО-1.xlsx: перенесено педагогов — 12». */
  lines: string[];
}

async function previousSchools(
  inputs: readonly SourceInput[],
  open: WorkbookOpener,
  progress: Progress
): Promise<{ schools: SchoolData[]; skipped: string[] }> {
  if (inputs.length === 0) return { schools: [], skipped: [] };
  const opened = await openSources(inputs, yieldingOpener(open), progress);
  return { schools: opened.schools, skipped: opened.issues.map(renderIssue) };
}

export async function prefilledFiles(
  port: WorkbookPort,
  previous: readonly SourceInput[],
  open: WorkbookOpener,
  make: WorkbookMaker,
  progress: Progress,
  today: Day = dayFromDate(new Date())
): Promise<PrefilledFiles> {
  progress.report(0, 1, "Чтение книги муниципалитета");
  const read = await readWorkbook(port);
  if (!read.municipality) {
    throw new PaneError(
      "Открытая книга — не книга муниципалитета (нет листов «ОО» и «Сводные данные»).",
      "Откройте книгу муниципалитета, в которой надстройка строила сводку, и повторите."
    );
  }
  const names = await port.sheetNames();
  const list = names.includes(SCHOOL_LIST.name)
    ? readSchoolList(await port.readSheet(SCHOOL_LIST.name))
    : null;
  const last = await previousSchools(previous, open, progress);
  const result = prefilledWorkbooks(read.schools, last.schools, today, list);
  if (result.workbooks.length === 0) {
    throw new PaneError(
      "На листе «ОО» нет ни одной ОО с кодом — нечего готовить.",
      "Заполните на листе «Список ОО» (или «ОО») коды и наименования ОО и повторите."
    );
  }
  const files: SavedFile[] = [];
  const lines: string[] =
    last.skipped.length > 0 ? [`Прошлый период: ${last.skipped.join(" ")}`] : [];
  for (const book of result.workbooks) {
    if (progress.cancelled) throw cancelledError();
    const name = `${book.school.code}.xlsx`;
    files.push({ name, bytes: await make(book.sheets) });
    lines.push(
      previous.length === 0
        ? name
        : book.carried > 0
          ? `${name}: перенесено педагогов — ${book.carried}` +
            (book.rowsWithGaps > 0 ? `, строк для проверки — ${book.rowsWithGaps}` : "")
          : `${name}: в прошлом периоде этой ОО нет — лист «Педагоги» пуст`
    );
    progress.report(files.length, result.workbooks.length, name);
    await nextMacrotask();
  }
  return {
    files,
    period: `${formatDay(result.period.start)}–${formatDay(result.period.end)}`,
    lines,
  };
}
