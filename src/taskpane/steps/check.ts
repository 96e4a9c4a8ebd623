/**
 * «Проверка» in the pane: validate (nothing is created in a blank workbook: the person learns
 * what to do instead), show an issue's cell (a sheet renamed or deleted since is named, not an
 * Office.js ItemNotFound), clear the marks (and say how many).
 */
import {
  clearValidationMarks,
  validateWorkbook,
  type ClearedMarks,
  type ValidationOutcome,
} from "../../app/validate-workbook";
import type { Issue } from "../../core/model";
import { PASSPORT, TEACHERS } from "../../core/schema";
import type { WorkbookPort } from "../../port/workbook-port";
import { countOf, type Forms } from "../../core/text/plural";
import { PaneError } from "../failure";

export const BLANK_TITLE = "В этой книге нечего проверять: в ней нет листов книги ОО.";
export const BLANK_HINT = `Создайте шаблон на шаге «Шаблон» (листы «${PASSPORT.name}» и «${TEACHERS.name}»), заполните его и нажмите «Проверить». Книга не изменена.`;

export async function validateInPane(port: WorkbookPort): Promise<ValidationOutcome> {
  const outcome = await validateWorkbook(port);
  if (outcome.blank) throw new PaneError(BLANK_TITLE, BLANK_HINT);
  return outcome;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export async function showIssueCell(port: WorkbookPort & ShowsCells, issue: Issue): Promise<void> {
  try {
    await port.selectCell(issue.sheet, (issue.row ?? 1) - 1, issue.columnIndex ?? 0);
  } catch (error) {
    if (codeOf(error) !== "ItemNotFound") throw error;
    throw new PaneError(
      `Листа «${issue.sheet}» больше нет в книге: его удалили или переименовали после проверки.`,
      "Нажмите «Проверить» ещё раз: список ошибок обновится по листам книги."
    );
  }
}

export interface ShowsCells {
  selectCell(sheet: string, row: number, col: number): Promise<void>;
}

/** «Снять отметки» in one sentence: what was removed, and that no value changed. */
export function clearedText(cleared: ClearedMarks): string {
  if (cleared.cells === 0) return "Отметок проверки в книге нет: снимать нечего.";
  return `Отметки проверки сняты: ${countOf(cleared.cells, CELL)} на ${cleared.sheets.length === 1 ? "листе" : "листах"} ${cleared.sheets.map((s) => `«${s}»`).join(", ")}. Значения не изменены.`;
}

const CELL: Forms = ["ячейка", "ячейки", "ячеек"];

export async function clearMarksInPane(port: WorkbookPort): Promise<string> {
  return clearedText(await clearValidationMarks(port));
}
