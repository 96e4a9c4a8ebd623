/** All output sheets of the municipal report, in the workbook's order. */
import type { SheetModel } from "../../port/sheet-model";
import { bySchoolSheet } from "./by-school";
import { clustersSheet } from "./clusters-sheet";
import { errorsSheet, type ErrorsOptions } from "./errors-sheet";
import { noteSheet } from "./note";
import { planSheet } from "./plan-sheet";
import { recommendationsSheet } from "./recommendations-sheet";
import { summarySheet } from "./summary";
import type { ReportInput } from "./types";

export function reportSheets(input: ReportInput, errors: ErrorsOptions = {}): SheetModel[] {
  return [
    summarySheet(input),
    bySchoolSheet(input),
    recommendationsSheet(input),
    clustersSheet(input),
    planSheet(input),
    errorsSheet(input.consolidation.issues, errors),
    noteSheet(input),
  ];
}
