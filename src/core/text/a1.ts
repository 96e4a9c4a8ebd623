/** A1 column letters, shared by the sheet builders and both workbook adapters. */

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
