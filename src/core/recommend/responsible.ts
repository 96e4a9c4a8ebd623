/**
 * The party responsible for an indicator: its passport's, else the one a person
 * names in `Настройки` (settings.official.responsible), else a line to fill by hand.
 * One function, so the per-profile passports (i13-rules) plug in here only.
 */
import type { CatalogEntry } from "../indicators/measures";
import type { Settings } from "../indicators/types";

export const TO_FILL = "________";

export function responsibleFor(entry: CatalogEntry | undefined, settings: Settings): string {
  return entry?.responsible?.trim() || settings.official.responsible.trim() || TO_FILL;
}
