import type ExcelJS from "exceljs";
import type { PageSetupModel, RangeRef } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";

const PAPER_A4 = 9;

export function writePageSetup(sheet: ExcelJS.Worksheet, setup: PageSetupModel): void {
  const page: Partial<ExcelJS.PageSetup> = {
    paperSize: PAPER_A4,
    orientation: setup.orientation,
  };
  if (setup.fitToWidth) {
    // One page wide, as many pages tall as needed.
    Object.assign(page, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  }
  if (setup.printArea) page.printArea = printAreaOf(setup.printArea);
  if (setup.repeatRows) {
    page.printTitlesRow = `${setup.repeatRows.first + 1}:${setup.repeatRows.last + 1}`;
  }
  sheet.pageSetup = { ...sheet.pageSetup, ...page };
}

/**
 * ExcelJS writes the print area as `'Sheet'!$` + first + `:$` + last, so rows
 * are made absolute here ("A$1:F$20" becomes $A$1:$F$20).
 */
function printAreaOf(range: RangeRef): string {
  const first = `${columnLetters(range.col)}$${range.row + 1}`;
  const last = `${columnLetters(range.col + range.cols - 1)}$${range.row + range.rows}`;
  return `${first}:${last}`;
}
