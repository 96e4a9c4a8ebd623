/**
 * `Настройки`: the indicator engine's sheet (targets, parameters, pension ages) with the block
 * of custom indicators placed to its right, so a methodologist can add one without code.
 */
import { customIndicatorsBlock, placeBlock } from "../../core/cycle";
import { defaultSettings, settingsSheet, type Settings } from "../../core/indicators";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { appendAll, maxOf } from "../../core/arrays";

export function settingsTemplateSheet(): SheetModel {
  return settingsSheetWithCustom(defaultSettings());
}

/**
 * `Настройки` as the report creates it: the targets, parameters and pension
 * ages, and the custom-indicator block to their right, from the top (the
 * targets reader reads its column down to the sheet's end, so nothing may go under it).
 */
export function settingsSheetWithCustom(settings: Settings = defaultSettings()): SheetModel {
  const base = settingsSheet(settings);
  const at = maxOf(base.cells.map((r) => r.length)) + 1;
  const block = placeBlock(customIndicatorsBlock(), 0, at);
  const rows = Math.max(base.cells.length, block.cells.length);
  const cells: OutCell[][] = Array.from({ length: rows }, (_, r) => {
    const mine = base.cells[r] ?? [];
    const theirs = block.cells[r] ?? [];
    const width = Math.max(at, theirs.length);
    return Array.from({ length: width }, (_, c) =>
      c < at ? (mine[c] ?? null) : (theirs[c] ?? null)
    );
  });
  const columns = [...(base.columns ?? [])];
  while (columns.length < at) columns.push({});
  appendAll(columns, block.columns.slice(at));
  return {
    ...base,
    cells,
    columns,
    styles: [...(base.styles ?? []), ...block.styles],
    merges: [...(base.merges ?? []), ...block.merges],
    validations: [...(base.validations ?? []), ...block.validations],
    tables: [...(base.tables ?? []), ...block.tables],
  };
}
