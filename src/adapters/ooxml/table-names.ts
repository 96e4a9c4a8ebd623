/** Excel table names: valid characters and unique in the workbook; shared by both writers. */

/**
 * Excel accepts letters (any script), digits, "_", "." and "\" in a table
 * name, starting with a letter, "_" or "\", and nothing that looks like a
 * cell reference; anything else is replaced by "_".
 */
export function validTableName(name: string): string {
  let valid = name.trim().replace(/[^\p{L}\p{N}_.\\]/gu, "_");
  if (!/^[\p{L}_\\]/u.test(valid)) valid = `_${valid}`;
  if (/^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d+[Cc]\d+)$/.test(valid)) valid = `_${valid}`;
  return valid.slice(0, 255);
}

/** A name not used by another table of the workbook (Excel: unique, case-insensitive). */
export function uniqueTableName(name: string, taken: Set<string>): string {
  const base = validTableName(name);
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${base}_${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/**
 * Table column names: header cells' text, unique ignoring case; an empty or
 * repeated header gets a «Столбец N» name (Excel requires unique text).
 */
export function tableColumnNames(headers: readonly string[]): string[] {
  const used = new Set<string>();
  return headers.map((header, i) => {
    let label = header === "" ? `Столбец${i + 1}` : header;
    for (let n = 2; used.has(label.toLowerCase()); n += 1) label = `${header || "Столбец"}${n}`;
    used.add(label.toLowerCase());
    return label;
  });
}
