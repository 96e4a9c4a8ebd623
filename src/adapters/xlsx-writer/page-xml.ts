/**
 * A worksheet's print settings as OOXML (printOptions, pageMargins, pageSetup,
 * headerFooter, rowBreaks, in the schema's order) and its print names
 * (_xlnm.Print_Area, _xlnm.Print_Titles) for workbook.xml. Shared by the
 * writer and the patch of an existing workbook.
 */
import type { PageSetupModel } from "../../port/sheet-model";
import { footerText } from "../ooxml/footer";
import { columnLetters, rangeA1 } from "../../core/text/a1";
import { escapeXml } from "../ooxml/xml";

const PAPER_A4 = 9;
const DEFAULT_MARGINS =
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

export function pageXml(page: PageSetupModel | undefined): string {
  if (!page) return DEFAULT_MARGINS;
  let xml = page.centerHorizontally ? '<printOptions horizontalCentered="1"/>' : "";
  const m = page.margins;
  xml += m
    ? `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`
    : DEFAULT_MARGINS;
  const fit = page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "";
  const scale =
    !page.fitToWidth && page.scale !== undefined ? ` scale="${Math.round(page.scale)}"` : "";
  xml += `<pageSetup paperSize="${PAPER_A4}"${scale}${fit} orientation="${page.orientation}"/>`;
  if (page.footer)
    xml += `<headerFooter><oddFooter>${escapeXml(footerText(page.footer))}</oddFooter></headerFooter>`;
  const breaks = page.rowBreaks ?? [];
  if (breaks.length) {
    xml += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">`;
    xml += breaks.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join("");
    xml += "</rowBreaks>";
  }
  return xml;
}

/** Whether the sheet's pageSetUpPr must say fitToPage. */
export function fitsToPage(page: PageSetupModel | undefined): boolean {
  return page?.fitToWidth === true;
}

/** The built-in names of a sheet's print area and print titles (columns first, as Excel writes them). */
export function printNames(
  page: PageSetupModel | undefined,
  quotedSheet: string
): { name: string; value: string }[] {
  if (!page) return [];
  const names: { name: string; value: string }[] = [];
  if (page.printArea)
    names.push({
      name: "_xlnm.Print_Area",
      value: `${quotedSheet}!${rangeA1(page.printArea, { absolute: true })}`,
    });
  const titles: string[] = [];
  if (page.repeatCols) {
    const { first, last } = page.repeatCols;
    titles.push(`${quotedSheet}!$${columnLetters(first)}:$${columnLetters(last)}`);
  }
  if (page.repeatRows)
    titles.push(`${quotedSheet}!$${page.repeatRows.first + 1}:$${page.repeatRows.last + 1}`);
  if (titles.length) names.push({ name: "_xlnm.Print_Titles", value: titles.join(",") });
  return names;
}
