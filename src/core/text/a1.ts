/**
 * A1 addresses and sheet quoting, once for the whole program: the sheet
 * builders, the messages, the `Ошибки` sheet and every workbook adapter use these.
 * Coordinates are 0-based (row 0 is the sheet's row 1, column 0 its column A).
 */

/** A cell by 0-based coordinates (structurally the port's CellRef). */
export interface A1Cell {
  row: number;
  col: number;
}

/** A block of cells (structurally the port's RangeRef). */
export interface A1Range extends A1Cell {
  rows: number;
  cols: number;
}

/** 0-based column index → letters ("A", "AB"). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "B3" for (2, 1); "$B$3" when absolute. */
export function cellA1(row: number, col: number, absolute = false): string {
  const $ = absolute ? "$" : "";
  return `${$}${columnLetters(col)}${$}${row + 1}`;
}

/**
 * "A1:C5" for a block; a single cell as "A1" unless `full` (formulas that need a
 * range, e.g. a validation's or a chart's), absolute addresses always as a range.
 */
export function rangeA1(
  range: A1Range,
  options: { absolute?: boolean; full?: boolean } = {}
): string {
  const absolute = options.absolute ?? false;
  const first = cellA1(range.row, range.col, absolute);
  const last = cellA1(range.row + range.rows - 1, range.col + range.cols - 1, absolute);
  return first === last && !absolute && !options.full ? first : `${first}:${last}`;
}

/** "B3" (or "$B$3") → a 0-based cell; throws on anything else. */
export function parseCellA1(address: string): A1Cell {
  const match = /^([A-Z]+)(\d+)$/i.exec(address.replace(/\$/g, ""));
  if (!match) throw new Error(`Not a cell address: ${address}`);
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(match[2]) - 1, col: col - 1 };
}

/** "A1:C5" (or "$A$1:$C$5", or "A1") → a 0-based range. */
export function parseRangeA1(address: string): A1Range {
  const [first, last = first] = address.replace(/\$/g, "").split(":");
  const a = parseCellA1(first);
  const b = parseCellA1(last);
  return { row: a.row, col: a.col, rows: b.row - a.row + 1, cols: b.col - a.col + 1 };
}

/** A sheet name as formulas quote it: 'Лист 1' (always quoted, inner quotes doubled). */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** `'Sheet name'!A1`, as Excel writes references to other sheets. */
export function sheetReference(sheet: string, address: string): string {
  return `${quotedSheet(sheet)}!${address}`;
}
