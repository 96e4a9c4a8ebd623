/**
 * The workbook's date system. Office.js has no property for it (ExcelApi up to 1.18 in
 * @types/office-js), but DATE is evaluated in it: `workbook.functions.date(1904, 1, 1)`
 * (ExcelApi 1.2) is 0 in a 1904 workbook (Excel for Mac's old default) and 1462 otherwise.
 * The rest of the add-in works in 1900 serials (what Office.js gives for almost every
 * workbook): in a 1904 one, date cells read are moved up by 1462 days and dates written
 * moved down by as much.
 */
import { DAYS_1900_TO_1904 } from "../../core/time/day";
import { isDateFormat } from "../xlsx-reader/styles";

/** Queues the probe; after the next sync, the days to subtract from a 1900 serial (0 or 1462). */
export function probeDateShift(context: Excel.RequestContext): () => number {
  const probe = context.workbook.functions.date(1904, 1, 1);
  probe.load("value");
  return () => (probe.value === 0 ? DAYS_1900_TO_1904 : 0);
}

/** 1900 serials for the date cells of a block read from a 1904 workbook (in place). */
export function toSerials1900(values: unknown[][], formats: unknown[][], shift: number): void {
  if (shift === 0) return;
  values.forEach((row, r) =>
    row.forEach((value, c) => {
      const format = formats[r]?.[c];
      if (typeof value === "number" && typeof format === "string" && isDateFormat(format))
        row[c] = value + shift;
    })
  );
}
