/**
 * The normalised domain: what the reader makes of a school's sheets and what
 * validation, indicators, recommendations and consolidation work on.
 * Field names are the schema's `key`s (src/core/schema).
 */
import type { TeacherValues } from "./schema/teacher-row";
import type { Day } from "./time/day";
import type { IssueCode } from "./validate/codes";

/** A raw cell as a workbook adapter reads it (formulas already by value). */
export type CellValue = string | number | boolean | Date | null;
/** A sheet as rows of cells; grid[0] is the sheet's row 1, grid[r][0] its column A. */
export type Grid = CellValue[][];

export type Severity = "error" | "warning";

/**
 * One issue, shaped after Frictionless Table Schema errors: a stable code from
 * the one table (validate/codes.ts), the place as structured fields (file, sheet,
 * the physical sheet row, 1-based with the header included, the field's header),
 * the value found and what was expected, and the check's own words. The Russian
 * message is rendered from these at the edge (validate/message.ts `renderIssue`).
 * Made only by `makeIssue`.
 */
export interface Issue {
  file?: string;
  sheet: string;
  /** Real sheet row, 1-based; null for a sheet- or file-level message. */
  row: number | null;
  /** The column's header text; null for a row-, sheet- or file-level message. */
  column: string | null;
  /** 0-based column index in the sheet as read, when known (for marking cells). */
  columnIndex?: number | null;
  code: IssueCode;
  severity: Severity;
  /** The value found, as text. */
  value?: string;
  /** What the cell should hold (a bound, the allowed values), as text. */
  expected?: string;
  /**
   * A1 address of a cell whose formula has no saved value: the cell reads empty only
   * because of it, and the message says so instead of quoting the empty value.
   */
  unsavedFormula?: string;
  /** Russian, the check's own words: what is wrong and how to fix it (without the place). */
  detail: string;
}

export interface Period {
  start: Day;
  end: Day;
}

export interface Passport {
  schoolCode: string | null;
  schoolName: string | null;
  municipality: string | null;
  periodStart: Day | null;
  periodEnd: Day | null;
  filledOn: Day | null;
  responsible: string | null;
  pedPositions: number | null;
  pedVacancies: number | null;
  mgrPositions: number | null;
  mgrVacancies: number | null;
  mentoringModel: boolean | null;
  mgrQualityTraining: boolean | null;
  lowResults: boolean | null;
}

/**
 * One row of `Педагоги` after normalisation (list values in their canonical spelling):
 * one field per column of the schema's TEACHER_FIELDS, typed by the column's type.
 */
export interface Worker extends TeacherValues {
  schoolCode: string;
  /** Real sheet row in its source sheet. */
  row: number;
  /** The row had at least one error: kept, but left out of indicators. */
  hasErrors: boolean;
  /** Where a consolidated row came from. */
  sourceFile?: string | null;
  sourceRow?: number | null;
  /**
   * What the school typed in cells that failed validation, by field key: the
   * consolidated sheet writes it back so a re-read reports the same fault.
   */
  raw?: Record<string, CellValue>;
}

export interface Community {
  schoolCode: string;
  row: number;
  hasErrors: boolean;
  type: string | null;
  title: string | null;
  level: string | null;
  participants: number | null;
}

/** One school as read from its workbook (or from a municipality's consolidated sheets). */
export interface SchoolData {
  /** File the school came from ("" inside Excel). */
  file: string;
  passport: Passport;
  /** Passport keys whose value is unusable: indicators needing them are left out. */
  badPassportFields: string[];
  workers: Worker[];
  communities: Community[];
  issues: Issue[];
  /** Where its passport's `Код ОО` was typed (sheet row 1-based, column 0-based), when read from one. */
  codeCell?: { row: number; columnIndex: number };
}
