/**
 * «Сводка и рекомендации»: the application step builds the municipal report from the basis and
 * writes it into the open workbook (data and output sheets replaced, people's sheets kept); this
 * front turns its result into the pane's texts. Cancelling is possible until writing starts: a
 * half-written set of sheets would be worse than none. Before writing, a report that would
 * leave out schools the workbook holds, or hold fewer rows, is put to the person as a question
 * (src/app/report/preview.ts), and a report of no school is refused: neither writes anything.
 */
import {
  changeSentence,
  dataLoss,
  isSchoolBook,
  lossLines,
  STATUSES,
  writeMunicipalReport as writeReportStep,
  writeReport,
  type MunicipalSummary,
  type Report,
} from "../../app/report";
import type { Consolidation } from "../../core/consolidate";
import { ALWAYS_YES, type Confirm, type Question } from "./confirm";
import type { Progress, WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import type { CollectionRow } from "../../core/consolidate/collection";
import type { Issue } from "../../core/model";
import { periodLabel } from "../../core/cycle";
import { municipalBasis, reportOf, type MunicipalInput } from "./municipal";
import { isoDay } from "../../core/time/day";
import type { SavedFile } from "./feedback";

export { STATUSES };

/** The step's summary as the pane shows it: excluded schools as lines, with why. */
export interface ReportSummary extends Omit<
  MunicipalSummary,
  "excluded" | "excludedRows" | "issues"
> {
  origin: "files" | "workbook";
  excluded: string[];
  written: string[];
  kept: string[];
  skipped: string[];
  /** What changed against the consolidation the workbook held, one sentence; null: it held none. */
  changes: string | null;
  /** The earlier periods used (chosen on the «Эффективность» step), oldest first («2023/24»). */
  earlier: string[];
  /** `Сбор данных` — the very rows of the sheet — each with its file's issues. */
  tracker: TrackerLine[];
}

export interface TrackerLine {
  row: CollectionRow;
  issues: Issue[];
}

/** The tracker's rows with the issues of each row's file (none for a school that sent nothing). */
export function trackerLines(
  rows: readonly CollectionRow[],
  issues: readonly Issue[]
): TrackerLine[] {
  const byFile = new Map<string, Issue[]>();
  for (const issue of issues) {
    if (!issue.file) continue;
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  return rows.map((row) => ({ row, issues: row.file ? (byFile.get(row.file) ?? []) : [] }));
}

export function cancelledError(): PaneError {
  return new PaneError(
    "Отменено: книга не изменена.",
    "Нажмите кнопку шага ещё раз, когда будете готовы."
  );
}

/**
 * What «Рассчитать» ended with: the report written; or nothing written, because the person
 * answered «Нет» to the question about dropped schools or rows, or because no school would be
 * in the report (refused: the way out is the «Файлы ОО» step).
 */
export type ReportOutcome =
  | { kind: "written"; summary: ReportSummary }
  | { kind: "declined"; lines: string[] }
  | {
      kind: "refused";
      title: string;
      lines: string[];
      /** The way out: collect other files, or work in a municipality workbook. */
      way: "collect" | "municipality-book";
    };

/** Thrown from the write hook to stop before anything is written; turned into an outcome. */
class NotWritten extends Error {
  constructor(readonly outcome: Exclude<ReportOutcome, { kind: "written" }>) {
    super(outcome.kind);
  }
}

/** The question before a report that holds fewer schools or rows than the workbook. */
function lossQuestion(lines: string[]): Question {
  return {
    title: "В новом своде меньше данных, чем в книге. Записать?",
    lines: [...lines, "«Записать» заменит листы свода и отчёта; «Нет» оставит книгу как есть."],
    yes: "Записать",
    no: "Нет",
  };
}

/**
 * A school's own workbook (`Паспорт ОО`/`Педагоги`, no sheet of a municipality's) never gets
 * the municipal report: it would hold every school's data in that school's file. Refused
 * before anything is read, as the command line refuses such an `--out`.
 */
export const SCHOOL_BOOK_REFUSAL: Extract<ReportOutcome, { kind: "refused" }> = {
  kind: "refused",
  title: "Отчёт не записан: открыта книга ОО, а не книга муниципалитета. Книга не изменена.",
  lines: [
    "В этой книге листы «Паспорт ОО» и «Педагоги» одной школы: свод всех ОО в ней смешался бы с её данными.",
    "Откройте книгу муниципалитета или создайте новую (в Excel: Файл → Создать → Пустая книга), откройте в ней ПедМонитор, «Муниципалитет» → «Шаблон», соберите файлы ОО и нажмите «Рассчитать».",
  ],
  way: "municipality-book",
};

/** Refuses a report of no school, or asks before one with fewer schools or rows than the workbook. */
async function guardWrite(
  report: Report,
  before: Consolidation | null,
  confirm: Confirm
): Promise<void> {
  const after = report.consolidation;
  if (after.included.length === 0) {
    const why = after.excluded.map((e) => `${e.schoolCode ?? e.file}: ${e.reason}`);
    throw new NotWritten({
      kind: "refused",
      title: "Отчёт не записан: ни одна ОО не вошла в свод. Книга не изменена.",
      lines: [
        ...why,
        "Выберите заполненные книги ОО на шаге «Файлы ОО» и нажмите «Рассчитать» снова.",
      ],
      way: "collect",
    });
  }
  const loss = before === null ? null : dataLoss(before.included, after.included);
  if (loss === null) return;
  const lines = lossLines(loss);
  if (!(await confirm(lossQuestion(lines)))) throw new NotWritten({ kind: "declined", lines });
}

export async function writeMunicipalReport(
  port: WorkbookPort,
  input: MunicipalInput,
  progress: Progress,
  confirm: Confirm = ALWAYS_YES
): Promise<ReportOutcome> {
  progress.report(0, 1, "Чтение данных и настроек");
  if (isSchoolBook(await port.sheetNames())) return SCHOOL_BOOK_REFUSAL;
  const basis = await municipalBasis(port, input);
  const sheets: Progress = {
    report: (done, total, label) =>
      progress.report(done, total, label ? `Запись листа «${label}»` : "Готово"),
    cancelled: false,
  };
  let result;
  try {
    result = await writeReportStep(port, basis.sources, basis.options, {
      progress: sheets,
      beforeWrite: async (report, before) => {
        if (progress.cancelled) throw cancelledError();
        await guardWrite(report, before, confirm);
        // The question may have waited a while: «Отмена» pressed meanwhile still counts.
        if (progress.cancelled) throw cancelledError();
      },
    });
  } catch (e) {
    if (e instanceof NotWritten) return e.outcome;
    throw e;
  }
  const { summary, write, changes, report } = result;
  // The pane shows the issues on «Ошибки» and in the check step, not in the summary.
  const { excluded, excludedRows, issues, ...counts } = summary;
  return {
    kind: "written",
    summary: {
      ...counts,
      origin: basis.origin,
      excluded: excluded.map((e) => `${e.school}: ${e.reason}`),
      written: write.written,
      kept: write.kept,
      skipped: write.skipped,
      changes: write.diff ? changeSentence(write.diff, changes) : null,
      earlier: (basis.options.earlier ?? []).map((e) => periodLabel(e.period)),
      tracker: trackerLines(report.collection, issues),
    },
  };
}

/** A new workbook to write the report into, and its bytes afterwards (the CLI's writer). */
export type NewBook = () => WorkbookPort & { toBuffer(): Promise<Uint8Array> };

/**
 * «Сводка в новой книге»: the way out of SCHOOL_BOOK_REFUSAL. The report of the collected
 * files is written into a new .xlsx (as `pedmonitor report --out` writes a new file); the open
 * workbook is only read (its people's sheets, if any), never written.
 */
export async function reportBook(
  port: WorkbookPort,
  input: MunicipalInput,
  progress: Progress,
  newBook: NewBook
): Promise<SavedFile> {
  progress.report(0, 2, "Расчёт показателей");
  const report = reportOf(await municipalBasis(port, input));
  if (report.consolidation.included.length === 0)
    throw new PaneError(
      "Свод не построен: ни одна ОО не вошла в свод.",
      "Выберите заполненные книги ОО на шаге «Файлы ОО».",
      "collect"
    );
  if (progress.cancelled) throw cancelledError();
  progress.report(1, 2, "Сборка книги свода");
  const book = newBook();
  await writeReport(book, report, undefined, null);
  const bytes = await book.toBuffer();
  progress.report(2, 2, "Готово");
  const period = report.consolidation.period;
  return { name: `Свод ПедМонитор${period ? ` ${isoDay(period.end)}` : ""}.xlsx`, bytes };
}
