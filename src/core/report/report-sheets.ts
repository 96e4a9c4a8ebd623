/** All output sheets of the municipal report, in the workbook's order. */
import type { SheetModel } from "../../port/sheet-model";
import { bySchoolSheet } from "./by-school";
import { clustersSheet } from "./clusters-sheet";
import { noteSheet } from "./note";
import { planSheet } from "./plan-sheet";
import { recommendationsSheet } from "./recommendations-sheet";
import { summarySheet } from "./summary";
import type { ReportInput } from "./types";

/** `Ошибки` is not here: src/app/errors-sheet.ts writes it from the schema's ERRORS spec. */
export function reportSheets(input: ReportInput): SheetModel[] {
  return [
    summarySheet(input),
    bySchoolSheet(input),
    recommendationsSheet(input),
    clustersSheet(input),
    planSheet(input),
    noteSheet(input),
  ];
}
