/** `Настройки` of the municipality template: the indicator engine's sheet with its default targets. */
import { defaultSettings, settingsSheet } from "../../core/indicators";
import type { SheetModel } from "../../port/sheet-model";

export function settingsTemplateSheet(): SheetModel {
  return settingsSheet(defaultSettings());
}
