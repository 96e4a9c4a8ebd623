/**
 * The standard workbooks as sheet models: the school template a deputy head
 * fills, and the empty municipality workbook a methodologist consolidates into.
 * Pure: the make-template step writes them through the workbook port.
 */
import { municipalityDataSheets } from "../../core/consolidate";
import { COMMUNITIES, TEACHERS } from "../../core/schema";
import type { SheetModel } from "../../port/sheet-model";
import { instructionSheet } from "./instruction-sheet";
import { passportSheet } from "./passport-sheet";
import { settingsTemplateSheet } from "./settings-sheet";
import { tableSheet } from "./table-sheet";

/** Empty rows ready to fill in the template's tables. */
export const TEACHER_BLANK_ROWS = 200;
export const COMMUNITY_BLANK_ROWS = 30;

export function schoolTemplateSheets(): SheetModel[] {
  return [
    instructionSheet(),
    passportSheet(),
    tableSheet(TEACHERS, { blankRows: TEACHER_BLANK_ROWS, validations: true }),
    tableSheet(COMMUNITIES, { blankRows: COMMUNITY_BLANK_ROWS, validations: true }),
  ];
}

export function municipalityTemplateSheets(): SheetModel[] {
  // The consolidation's own builders, empty: the template looks exactly like a filled report.
  const empty = { period: null, included: [], excluded: [], issues: [] };
  return [...municipalityDataSheets(empty), settingsTemplateSheet()];
}

export { instructionSheet } from "./instruction-sheet";
export { passportSheet, PASSPORT_HEADER_ROW } from "./passport-sheet";
export { tableSheet, type TableSheetOptions } from "./table-sheet";
export { fieldValidation } from "./validation";
