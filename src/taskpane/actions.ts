/**
 * What the task pane can do: application steps over the open workbook. Components receive an
 * object of this shape as a prop and never call Office.js; tests pass a fake one.
 */
import { OfficeWorkbook } from "../adapters/officejs/office-workbook";
import { excelRun, officeFeatureCheck, withCellEditRetry } from "../adapters/officejs/excel-run";
import {
  groupedExcelRun,
  undoAheadNote,
  undoNote,
  UndoGroups,
} from "../adapters/officejs/undo-group";
import { XlsxReadOnlyWorkbook } from "../adapters/xlsx-reader/workbook";
import { XlsxBookWriter } from "../adapters/xlsx-writer/xlsx-book-writer";
import { makeTemplate, type MakeTemplateResult, type TemplateLevel } from "../app/make-template";
import type { SourceInput, WorkbookOpener } from "../app/report";
import type { ValidationOutcome } from "../app/validate-workbook";
import type { Issue } from "../core/model";
import type { Progress } from "../port/workbook-port";
import { clearMarksInPane, showIssueCell, validateInPane } from "./steps/check";
import { collectSources, type CollectResult } from "./steps/collect";
import { answerOnce, type Confirm } from "./steps/confirm";
import { writeEffectiveness, type EffectivenessOutcome } from "./steps/effectiveness";
import { bundle, feedbackFiles, type SavedFile, type WorkbookMaker } from "./steps/feedback";
import {
  deliverFeedback,
  officeFeedbackHost,
  openInExcel,
  type FeedbackHost,
  type FeedbackOutcome,
} from "./steps/feedback-delivery";
import {
  prefilledFiles,
  PREFILLED_ZIP,
  type PrefilledMade,
  type PrefilledRefused,
} from "./steps/prefilled";
import { proposeMeasureDrafts, type MeasuresOutcome } from "./steps/measures";
import type { MunicipalInput } from "./steps/municipal";
import { canDeliverNote, deliverNote, noteFile, type NoteOutcome } from "./steps/note";
import { reportBook, writeMunicipalReport, type ReportOutcome } from "./steps/report";
import { schoolIndicators, type SchoolIndicators } from "./steps/school";

export type { FeedbackOutcome, NoteOutcome };

export interface TaskpaneActions {
  /**
   * After a step that changed the workbook: whether Excel can undo it as one action, in
   * Russian; null before any such step (or where the pane does not know).
   */
  undoNote?(): string | null;
  /** Before a step that rewrites sheets: whether Excel will be able to undo it, in Russian. */
  undoAhead?(): string | null;
  makeTemplate(level: TemplateLevel, replace: boolean): Promise<MakeTemplateResult>;
  validate(progress: Progress): Promise<ValidationOutcome>;
  /** Removes the check's marks; says what was removed. */
  clearMarks(): Promise<string>;
  /** Shows the cell an issue points at. */
  showIssue(issue: Issue): Promise<void>;
  schoolIndicators(profileId: string, progress: Progress): Promise<SchoolIndicators>;
  collect(files: readonly SourceInput[], progress: Progress): Promise<CollectResult>;
  /** Asks `confirm` before writing fewer schools or rows than the workbook holds. */
  report(input: MunicipalInput, progress: Progress, confirm?: Confirm): Promise<ReportOutcome>;
  /** «Сводка в новой книге»: the report as a new workbook, opened in Excel or downloaded. */
  reportNewBook?(input: MunicipalInput, progress: Progress): Promise<NewBookOutcome>;
  /** «Аналитическая справка» as a Word document, offered as a download. */
  saveNote(input: MunicipalInput, progress: Progress): Promise<NoteOutcome>;
  /** Whether saveNote can hand the document over here (false in Excel for Mac and iPad); absent: yes. */
  canSaveNote?(): boolean;
  proposeMeasures(input: MunicipalInput, progress: Progress): Promise<MeasuresOutcome>;
  effectiveness(
    input: MunicipalInput & { previousFiles: readonly SourceInput[] },
    progress: Progress
  ): Promise<EffectivenessOutcome>;
  saveFeedback(input: MunicipalInput, progress: Progress): Promise<FeedbackOutcome>;
  /** Opens one of the files the last saveFeedback produced as a new workbook in Excel. */
  openFeedbackFile(name: string): Promise<void>;
  /** «Книги ОО на новый период»: pre-filled school workbooks from the open municipality workbook. */
  savePrefilled(
    previousFiles: readonly SourceInput[],
    progress: Progress
  ): Promise<PrefilledOutcome>;
}

/** The books delivered as the feedback files are, with what was not carried; or nothing made, and why. */
export type PrefilledOutcome = (FeedbackOutcome & Omit<PrefilledMade, "files">) | PrefilledRefused;

export interface NewBookOutcome {
  file: string;
  /** Opened in Excel (`Excel.createWorkbook`), handed to a download, or neither possible here. */
  delivery: "open" | "download" | "none";
  where?: string;
}

/** Offers bytes to the person as a download (the browser's own save dialog or folder). */
function downloadFile(file: SavedFile): void {
  const blob = new Blob([file.bytes as BlobPart], { type: "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Picked files are read with the command line's read-only reader (inflating with fflate in the
 * webview: src/adapters/bytes); a file it cannot read is named by openSources, in Russian.
 */
export const openReadOnly: WorkbookOpener = async (bytes) => XlsxReadOnlyWorkbook.open(bytes);

/** New workbooks (feedback files, pre-filled school books) from the command line's writer. */
export const makeWorkbook: WorkbookMaker = async (sheets) => {
  const book = XlsxBookWriter.create();
  for (const sheet of sheets) await book.writeSheet(sheet);
  return book.toBuffer();
};

/** The adapter reports chunk progress to whichever step is running now. */
class ProgressRelay implements Progress {
  current: Progress | null = null;
  readonly cancelled = false; // the adapter is never stopped mid-sheet
  report(done: number, total: number, label: string): void {
    this.current?.report(done, total, label);
  }
  async during<T>(progress: Progress, work: () => Promise<T>): Promise<T> {
    this.current = progress;
    try {
      return await work();
    } finally {
      this.current = null;
    }
  }
}

/** Excel's runs: each port operation alone, or every operation of a step in one undo group. */
function officeUndoGroups(): UndoGroups {
  return new UndoGroups(
    withCellEditRetry(excelRun),
    withCellEditRetry(groupedExcelRun),
    officeFeatureCheck
  );
}

export function officeActions(
  save: (file: SavedFile) => void = downloadFile,
  host: FeedbackHost = officeFeedbackHost(),
  undo: UndoGroups = officeUndoGroups()
): TaskpaneActions {
  const relay = new ProgressRelay();
  const book = new OfficeWorkbook(undo.run, { progress: relay });
  let feedback = new Map<string, SavedFile>();
  return {
    undoNote: () => undoNote(undo.last),
    undoAhead: () => undoAheadNote(undo.ahead()),
    makeTemplate: (level, replace) => undo.step(() => makeTemplate(book, level, { replace })),
    validate: (progress) => relay.during(progress, () => undo.step(() => validateInPane(book))),
    clearMarks: () => undo.step(() => clearMarksInPane(book)),
    showIssue: (issue) => showIssueCell(book, issue),
    schoolIndicators: (profileId, progress) =>
      relay.during(progress, () => schoolIndicators(book, profileId)),
    collect: (files, progress) => collectSources(files, openReadOnly, progress),
    report: (input, progress, confirm) => {
      // Run again ungrouped (UndoNotSupported), the step must not ask twice. The question
      // says whether «Записать» can be undone here.
      const ahead = undoAheadNote(undo.ahead());
      const ask = confirm && answerOnce((q) => confirm({ ...q, lines: [...q.lines, ahead] }));
      return relay.during(progress, () =>
        undo.step(() => writeMunicipalReport(book, input, progress, ask))
      );
    },
    reportNewBook: async (input, progress) => {
      const file = await relay.during(progress, () =>
        reportBook(book, input, progress, () => XlsxBookWriter.create())
      );
      if (host.createWorkbook) {
        await openInExcel(file, host);
        return { file: file.name, delivery: "open" };
      }
      return deliverNote(file, host, save);
    },
    saveNote: async (input, progress) =>
      deliverNote(await relay.during(progress, () => noteFile(book, input, progress)), host, save),
    canSaveNote: () => canDeliverNote(host),
    proposeMeasures: (input, progress) =>
      relay.during(progress, () => undo.step(() => proposeMeasureDrafts(book, input))),
    effectiveness: (input, progress) =>
      relay.during(progress, () =>
        undo.step(() => writeEffectiveness(book, input, openReadOnly, progress))
      ),
    saveFeedback: async (input, progress) => {
      const files = await relay.during(progress, () =>
        feedbackFiles(book, input, makeWorkbook, progress)
      );
      feedback = new Map(files.map((f) => [f.name, f]));
      return deliverFeedback(files, host, bundle, save);
    },
    savePrefilled: async (previousFiles, progress) => {
      const made = await relay.during(progress, () =>
        prefilledFiles(book, previousFiles, openReadOnly, makeWorkbook, progress)
      );
      if (made.kind === "refused") return made;
      // Opening one in Excel (Mac, iPad) uses the same buttons as the feedback files.
      feedback = new Map(made.files.map((f) => [f.name, f]));
      const outcome = await deliverFeedback(
        made.files,
        host,
        (files) => bundle(files, PREFILLED_ZIP),
        save
      );
      const { files: _bytes, ...said } = made;
      return { ...outcome, ...said };
    },
    openFeedbackFile: async (name) => {
      const file = feedback.get(name);
      if (!file)
        throw new Error(`Файл «${name}» не подготовлен: нажмите «Сохранить файлы ОО» ещё раз`);
      await openInExcel(file, host);
    },
  };
}
