/**
 * The Office theme part Excel writes into every new workbook (fonts "minor" =
 * Calibri, the colours table styles use). Taken from ExcelJS, already a
 * dependency of the command line, rather than copying 8 KB of XML here.
 */

export const THEME_XML: string = require("exceljs/lib/xlsx/xml/theme1");
