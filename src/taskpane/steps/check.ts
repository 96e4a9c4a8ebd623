/**
 * «Проверка» in the pane: validate (nothing is created in a blank workbook: the person learns
 * what to do instead), show an issue's cell (a sheet renamed or deleted since is named, not an
 * Office.js ItemNotFound), clear the marks (and say how many).
 */
import { BLANK_HINT, BLANK_TITLE, clearedText } from "../../app/check-texts";
import {
  clearValidationMarks,
  validateWorkbook,
  type ValidationOutcome,
} from "../../app/validate-workbook";
import type { Issue } from "../../core/model";
import type { WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";

export async function validateInPane(port: WorkbookPort): Promise<ValidationOutcome> {
  const outcome = await validateWorkbook(port);
  if (outcome.blank) throw new PaneError(BLANK_TITLE, BLANK_HINT);
  return outcome;
}

export interface ShowsCells {
  selectCell(sheet: string, row: number, col: number): Promise<void>;
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export async function showIssueCell(port: ShowsCells, issue: Issue): Promise<void> {
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

export async function clearMarksInPane(port: WorkbookPort): Promise<string> {
  return clearedText(await clearValidationMarks(port));
}
