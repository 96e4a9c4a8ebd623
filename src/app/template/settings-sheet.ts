/**
 * `Настройки` for the municipality template. The indicator engine owns the
 * sheet's layout and defaults (settingsSheet(defaultSettings())); until it is
 * available this builds the same blocks from the schema: targets table,
 * parameters, pension ages.
 */
import { PARAMETERS, PENSION_AGES, TARGETS } from "../../core/schema";
import type { SheetModel } from "../../port/sheet-model";
import { tableSheet } from "./table-sheet";

export function settingsTemplateSheet(): SheetModel {
  const sheet = tableSheet(TARGETS, { rows: [] });
  const gap = TARGETS.fields.length + 1;
  const put = (row: number, col: number, value: string): void => {
    while (sheet.cells.length <= row) sheet.cells.push([]);
    const cells = sheet.cells[row];
    while (cells.length <= col) cells.push(null);
    cells[col] = value;
  };
  put(0, gap, PARAMETERS.labelHeader);
  put(0, gap + 1, PARAMETERS.valueHeader);
  put(1, gap, PARAMETERS.youngAgeLimit);
  put(2, gap, PARAMETERS.beginnerExperience);
  put(4, gap, PENSION_AGES.fromYearHeader);
  put(4, gap + 1, PENSION_AGES.maleHeader);
  put(4, gap + 2, PENSION_AGES.femaleHeader);
  return sheet;
}
