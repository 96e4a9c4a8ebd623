/**
 * «Проверить»: read the open workbook, validate it, mark the bad cells (fill
 * plus a note with the message), and list every message on `Ошибки`. Only
 * the project's own marks are cleared first; no value a person typed changes.
 */
import type { Issue } from "../core/model";
import { SEVERITY_LABEL, renderIssue } from "../core/validate/message";
import { ERRORS } from "../core/schema/errors";
import { isMunicipalityWorkbook, SCHOOL_REQUIRED_SHEETS } from "../core/read/sheets";
import { findSheetName } from "../core/read/grid-source";
import type { CellMark, WorkbookPort } from "../port/workbook-port";
import { errorsSheet } from "./errors-sheet";
import { checkWorkbook } from "./check-workbook";
import {
  addOwnedSheet,
  ownsSheet,
  readRegistry,
  sameSheet,
  writeRegistry,
  type Registry,
} from "./registry";

export interface ValidateOptions {
  /** Mark bad cells and write `Ошибки` (the add-in); false only reads (the command line). */
  mark?: boolean;
  /** File name put into the messages ("" inside Excel). */
  file?: string;
}

export interface ValidationOutcome {
  issues: Issue[];
  errorCount: number;
  warningCount: number;
  /** Rows of `Педагоги` (or `Сводные данные`) read. */
  rowsRead: number;
  /** Schools in the workbook (1, or those of a consolidation). */
  schoolCount: number;
  /** Cells marked in the workbook. */
  marked: number;
  /** Name of the errors sheet written; null when not written (or a person's sheet has its name). */
  errorsSheet: string | null;
  /**
   * The workbook has no sheet of a school or municipality workbook (a blank or unrelated book):
   * nothing was marked or created in it.
   */
  blank: boolean;
}

/** What «Снять отметки» removed: cells unmarked, on which sheets. */
export interface ClearedMarks {
  cells: number;
  sheets: string[];
  /** Sheets marked at the check that the workbook no longer has (deleted or renamed since). */
  missing: string[];
}

/** Neither a municipality workbook nor any sheet of a school's: nothing to check. */
export function isBlankWorkbook(names: readonly string[]): boolean {
  if (isMunicipalityWorkbook(names)) return false;
  return !SCHOOL_REQUIRED_SHEETS.some((sheet) => findSheetName(names, sheet) !== undefined);
}

export async function validateWorkbook(
  port: WorkbookPort,
  options: ValidateOptions = {}
): Promise<ValidationOutcome> {
  // Only the issues are needed: no Worker is built for a school's rows.
  const read = await checkWorkbook(port, options.file ?? "");
  const issues = read.issues;
  const outcome: ValidationOutcome = {
    issues,
    errorCount: issues.filter((i) => i.severity === "error").length,
    warningCount: issues.filter((i) => i.severity === "warning").length,
    rowsRead: read.rowsRead,
    schoolCount: read.schoolCount,
    marked: 0,
    errorsSheet: null,
    blank: isBlankWorkbook(read.sheetNames),
  };
  // A blank workbook gets no `Ошибки` and no registry: «Проверить» there creates nothing.
  if (options.mark === false || outcome.blank) return outcome;
  const registry = await readRegistry(port);
  await clearMarks(port, registry, read.sheetNames);
  outcome.marked = await markIssues(port, registry, issues, read.sheetNames);
  outcome.errorsSheet = await writeErrors(port, registry, issues, read.sheetNames);
  await writeRegistry(port, registry);
  return outcome;
}

/** Remove every mark the project made (and only those), e.g. after the data were fixed. */
export async function clearValidationMarks(port: WorkbookPort): Promise<ClearedMarks> {
  const registry = await readRegistry(port);
  if (registry.marks.size === 0) return { cells: 0, sheets: [], missing: [] };
  const cleared = await clearMarks(port, registry, await port.sheetNames());
  await writeRegistry(port, registry);
  return cleared;
}

async function clearMarks(
  port: WorkbookPort,
  registry: Registry,
  names: readonly string[]
): Promise<ClearedMarks> {
  const cleared: ClearedMarks = { cells: 0, sheets: [], missing: [] };
  for (const [sheet, records] of registry.marks) {
    if (records.length === 0) continue;
    // A sheet deleted since took its marks with it; a renamed one keeps them, unknown to us.
    if (!names.includes(sheet)) {
      cleared.missing.push(sheet);
      continue;
    }
    await port.clearMarks(sheet, records);
    cleared.cells += records.length;
    cleared.sheets.push(sheet);
  }
  registry.marks.clear();
  return cleared;
}

async function markIssues(
  port: WorkbookPort,
  registry: Registry,
  issues: readonly Issue[],
  names: readonly string[]
): Promise<number> {
  let count = 0;
  for (const [sheet, marks] of marksBySheet(issues)) {
    if (!names.includes(sheet)) continue;
    registry.marks.set(sheet, await port.markCells(sheet, marks));
    count += marks.length;
  }
  return count;
}

/** One mark per cell, all its messages in one note; a row-level message goes on the row's first cell. */
export function marksBySheet(issues: readonly Issue[]): Map<string, CellMark[]> {
  const bySheet = new Map<string, Map<string, CellMark>>();
  for (const issue of issues) {
    if (issue.row === null) continue;
    const row = issue.row - 1;
    const col = issue.columnIndex ?? 0;
    const cells = bySheet.get(issue.sheet) ?? new Map<string, CellMark>();
    bySheet.set(issue.sheet, cells);
    const text = `${SEVERITY_LABEL[issue.severity]}: ${renderIssue(issue)}`;
    const key = `${row},${col}`;
    const existing = cells.get(key);
    if (existing) existing.message = `${existing.message}\n${text}`;
    else cells.set(key, { row, col, message: text });
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

async function writeErrors(
  port: WorkbookPort,
  registry: Registry,
  issues: readonly Issue[],
  names: readonly string[]
): Promise<string | null> {
  const existing = names.find((n) => sameSheet(n, ERRORS.name));
  // A person's own sheet that happens to be called `Ошибки` is never overwritten.
  if (existing !== undefined && !ownsSheet(registry, existing)) return null;
  await port.writeSheet(errorsSheet(issues, { linkSheets: names }));
  addOwnedSheet(registry, ERRORS.name);
  return ERRORS.name;
}
