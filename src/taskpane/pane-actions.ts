/** What the task pane can do, as application steps over the Office.js workbook. */
import { makeTemplate, type MakeTemplateResult, type TemplateLevel } from "../app/make-template";
import {
  clearValidationMarks,
  validateWorkbook,
  type ValidationOutcome,
} from "../app/validate-workbook";
import { OfficeWorkbook } from "../adapters/officejs/office-workbook";
import type { Issue } from "../core/model";

export interface PaneActions {
  makeTemplate(level: TemplateLevel, replace: boolean): Promise<MakeTemplateResult>;
  validate(): Promise<ValidationOutcome>;
  clearMarks(): Promise<void>;
  /** Shows the cell an issue points at. */
  showIssue(issue: Issue): Promise<void>;
}

export function officePaneActions(workbook = new OfficeWorkbook()): PaneActions {
  return {
    makeTemplate: (level, replace) => makeTemplate(workbook, level, { replace }),
    validate: () => validateWorkbook(workbook),
    clearMarks: () => clearValidationMarks(workbook),
    showIssue: (issue) =>
      workbook.selectCell(issue.sheet, (issue.row ?? 1) - 1, issue.columnIndex ?? 0),
  };
}
