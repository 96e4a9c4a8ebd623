/**
 * The standard workbooks as sheet models: the school template a deputy head
 * fills, and the empty municipality workbook a methodologist consolidates into.
 * Pure: the make-template step writes them through the workbook port.
 */
import { municipalityDataSheets } from "../../core/consolidate";
import { schoolListSheet } from "../../core/consolidate/school-list";
import { COMMUNITIES, TEACHERS } from "../../core/schema";
import type { CellValue } from "../../core/model";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { instructionSheet } from "./instruction-sheet";
import { passportSheet } from "./passport-sheet";
import { settingsTemplateSheet } from "./settings-sheet";
import { tableSheet } from "./table-sheet";

import { COMMUNITY_BLANK_ROWS, TEACHER_BLANK_ROWS } from "./blank-rows";

export { COMMUNITY_BLANK_ROWS, TEACHER_BLANK_ROWS } from "./blank-rows";

export function schoolTemplateSheets(): SheetModel[] {
  return [
    instructionSheet(),
    passportSheet(),
    tableSheet(TEACHERS, { blankRows: TEACHER_BLANK_ROWS, validations: true }),
    tableSheet(COMMUNITIES, { blankRows: COMMUNITY_BLANK_ROWS, validations: true }),
  ];
}

/** A school workbook with its data put in (the demo, tests): the template's sheets, filled. */
export interface SchoolSheetsData {
  passport: Readonly<Record<string, CellValue>>;
  /** Rows in TEACHERS.fields order. */
  teachers: readonly OutCell[][];
  /** Rows in COMMUNITIES.fields order. */
  communities: readonly OutCell[][];
}

export function filledSchoolSheets(data: SchoolSheetsData): SheetModel[] {
  return [
    instructionSheet(),
    passportSheet(data.passport),
    tableSheet(TEACHERS, { rows: data.teachers, validations: true }),
    tableSheet(COMMUNITIES, { rows: data.communities, validations: true }),
  ];
}

export function municipalityTemplateSheets(): SheetModel[] {
  // The consolidation's own builders, empty: the template looks exactly like a filled report.
  const empty = { period: null, included: [], excluded: [], issues: [] };
  // `Список ОО` empty, with a hint: a first-year methodologist can type her list before the
  // first report; the report fills it once if she leaves it empty (decisions/report.md).
  return [
    ...municipalityDataSheets(empty),
    settingsTemplateSheet(),
    schoolListSheet([], { hint: true }),
  ];
}

export { instructionSheet } from "./instruction-sheet";
export { passportSheet, PASSPORT_HEADER_ROW } from "./passport-sheet";
export { tableSheet, type TableSheetOptions } from "./table-sheet";
export { fieldValidation } from "./validation";
export {
  expectedSchools,
  prefilledWorkbooks,
  type PrefilledSchool,
  type PrefilledResult,
  type PrefilledWorkbook,
} from "./prefilled";
export {
  checkPrevious,
  prefilledNotes,
  unreadableSources,
  type PrefilledBookNote,
  type PrefilledNotes,
  type PreviousCheck,
} from "./prefilled-notes";
export { RENEW_PROMPT } from "./validation";
export { writeOwnedSheets } from "./write-sheets";
export { readMunicipalityBook, type MunicipalityBook } from "./municipality-book";
