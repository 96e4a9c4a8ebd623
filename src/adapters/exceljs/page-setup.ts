import type ExcelJS from "exceljs";
import type { PageSetupModel, RangeRef } from "../../port/sheet-model";
import { columnLetters } from "../../core/text/a1";
import { footerText } from "../ooxml/footer";

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
  else if (setup.scale !== undefined) page.scale = Math.round(setup.scale);
  if (setup.repeatRows) {
    page.printTitlesRow = `${setup.repeatRows.first + 1}:${setup.repeatRows.last + 1}`;
  }
  if (setup.repeatCols) {
    const { first, last } = setup.repeatCols;
    page.printTitlesColumn = `${columnLetters(first)}:${columnLetters(last)}`;
  }
  if (setup.margins) page.margins = { ...setup.margins };
  if (setup.centerHorizontally) page.horizontalCentered = true;
  sheet.pageSetup = { ...sheet.pageSetup, ...page };
  if (setup.footer)
    sheet.headerFooter = { ...sheet.headerFooter, oddFooter: footerText(setup.footer) };
  // ExcelJS breaks after a row (1-based): a page starting at 0-based row r breaks after row r.
  for (const row of setup.rowBreaks ?? []) if (row > 0) sheet.getRow(row).addPageBreak();
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
