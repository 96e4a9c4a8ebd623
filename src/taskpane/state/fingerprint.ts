/**
 * A cheap fingerprint of the open workbook, to tell whether it changed since the pane last
 * looked: every sheet's name and used range, and the values of the small sheets (the school's
 * own sheets, `Настройки`, `Меры`), at most FINGERPRINT_CELLS cells read in all. A value edited
 * inside a large sheet (`Сводные данные` of a district) without changing its extent is not
 * seen. At most three context.sync() calls.
 */
import type { ExcelRun } from "../../adapters/officejs/excel-run";

export const FINGERPRINT_CELLS = 50_000;

/** FNV-1a over a string: 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export async function workbookFingerprint(run: ExcelRun): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject(true);
      range.load("address,rowCount,columnCount");
      return range;
    });
    await context.sync();
    let budget = FINGERPRINT_CELLS;
    const parts = sheets.items.map((sheet, i) => {
      const range = used[i];
      if (range.isNullObject) return { head: `${sheet.name}:`, values: null };
      const cells = range.rowCount * range.columnCount;
      const read = cells <= budget;
      if (read) {
        budget -= cells;
        range.load("values");
      }
      return { head: `${sheet.name}:${range.address}`, values: read ? range : null };
    });
    if (parts.some((p) => p.values !== null)) await context.sync();
    return hash(
      parts
        .map((p) => `${p.head}\u0001${p.values ? JSON.stringify(p.values.values) : ""}`)
        .join("\u0002")
    );
  });
}
