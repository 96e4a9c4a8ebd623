/**
 * The reminder in a school's feedback workbook when its file came «Сдан с ошибками»:
 * a line on what to fix and resend by when (and whom to ask), then every error of
 * that school with its cell — sheet!A1, row, column, the value found and the
 * message — so the school can fix the file and send it again without a call.
 */
import type { OfficialDetails } from "../indicators/types";
import type { Issue } from "../model";
import { formatDay, type Day } from "../time/day";
import { OUTPUT_SHEETS } from "../schema/municipality";
import { cellA1, sheetReference } from "../text/a1";
import { NOUN, countOf } from "../text/plural";
import { renderIssue } from "../validate/message";
import type { SheetModel } from "../../port/sheet-model";
import { TO_FILL } from "../recommend/responsible";
import { SectionSheet } from "./sections";
import { fileBaseName } from "../text/natural-order";

export const FEEDBACK_ERRORS_SHEET = OUTPUT_SHEETS.errors;

const HEADERS = ["Ячейка", "Лист", "Строка", "Столбец", "Значение", "Ошибка"] as const;

/** `'Педагоги'!D7` of the issue's cell (the row's first cell for a row-level one); null without a row. */
export function issueCell(issue: Issue): string | null {
  if (issue.row === null) return null;
  return sheetReference(issue.sheet, cellA1(issue.row - 1, issue.columnIndex ?? 0));
}

/** Days a school has to fix and resend its file after the справка (docs/decisions/report.md). */
export const RESEND_DAYS = 14;

/**
 * By when a school resends a corrected file: `RESEND_DAYS` after «Дата справки» (the day the
 * feedback goes out), or «Срок ответа ОО» when that is earlier or the справка is undated; a
 * blank to fill when neither is set — never the next period's end: the consolidation waits
 * for the file, not a year.
 */
export function resendBy(official: Pick<OfficialDetails, "noteDate" | "replyBy">): Day | null {
  const { noteDate, replyBy } = official;
  const fromNote = noteDate === null ? null : noteDate + RESEND_DAYS;
  if (fromNote === null) return replyBy;
  return replyBy !== null && replyBy >= noteDate! && replyBy < fromNote ? replyBy : fromNote;
}

export function resendByText(official: Pick<OfficialDetails, "noteDate" | "replyBy">): string {
  const day = resendBy(official);
  return day === null ? TO_FILL : formatDay(day);
}

export interface ReminderInput {
  /** The school file as received (its name is what the school resends). */
  file: string;
  /** Rows of `Педагоги` left out of the indicators because of their errors (0: none). */
  excludedRows?: number;
  /** «ДД.ММ.ГГГГ», or a blank to fill. */
  replyBy: string;
  contact: string;
}

/** The short line at the top: what to fix, resend by when, whom to ask — and only what is true. */
export function reminderLine(errors: number, input: ReminderInput): string {
  const name = fileBaseName(input.file);
  const file = name ? `файле «${name}»` : "файле ОО";
  const contact = input.contact.trim() || TO_FILL;
  const left = input.excludedRows ?? 0;
  const effect =
    left > 0
      ? `в показатели не вошло строк с ошибками: ${left}`
      : "строки о педагогах учтены, но эти ячейки нужно исправить";
  return (
    `В ${file} ${countOf(errors, NOUN.error)}: ${effect}. ` +
    `Исправьте ячейки из списка ниже и отправьте файл заново до ${input.replyBy}; вопросы — ${contact}.`
  );
}

/**
 * The reminder for a school that sent last period's file: this period's has not come. Its
 * answers are last year's, so the school must send this period's file, not fix the dates.
 */
export function earlierPeriodSheet(
  heading: string,
  input: ReminderInput & { sent: string; wanted: string }
): SheetModel {
  const name = fileBaseName(input.file);
  const contact = input.contact.trim() || TO_FILL;
  const sheet = new SectionSheet(
    `Напоминание: ${heading}`,
    `Прислан файл «${name}» за прошлый период ${input.sent} — в свод за ${input.wanted} он не вошёл. ` +
      `Заполните и пришлите файл за ${input.wanted} до ${input.replyBy} (даты периода в старом файле не меняйте: в нём ответы прошлого года); вопросы — ${contact}.`
  );
  sheet.styles.push({
    range: { row: 1, col: 0, rows: 1, cols: 1 },
    style: { bold: true, fontColor: "#9C0006" },
  });
  return sheet.model(FEEDBACK_ERRORS_SHEET, [{ width: 100 }], {
    pageSetup: { orientation: "portrait", paper: "A4", fitToWidth: true },
  });
}

/** The sheet, or null when the school has no error (its file was accepted). */
export function feedbackErrorsSheet(
  heading: string,
  issues: readonly Issue[],
  input: ReminderInput
): SheetModel | null {
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length === 0) return null;
  const sheet = new SectionSheet(`Ошибки в файле: ${heading}`, reminderLine(errors.length, input));
  sheet.styles.push({
    range: { row: 1, col: 0, rows: 1, cols: 1 },
    style: { bold: true, fontColor: "#9C0006" },
  });
  sheet.add({
    title: "Что исправить",
    tableName: "ОСОшибки",
    headers: HEADERS,
    rows: errors.map((i) => [
      issueCell(i),
      i.sheet,
      i.row,
      i.column,
      i.value ?? null,
      renderIssue(i),
    ]),
  });
  return sheet.model(
    FEEDBACK_ERRORS_SHEET,
    [24, 18, 8, 24, 20, 70].map((width) => ({ width })),
    {
      pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
    }
  );
}
