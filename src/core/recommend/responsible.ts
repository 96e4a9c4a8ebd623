/**
 * The party responsible for an indicator: its passport's in the chosen profile
 * (indicators/passports.ts: the profile's own document, else the one a person
 * names in `Настройки`), else a line to fill by hand.
 */
import type { CatalogEntry } from "../indicators/measures";
import { passportFor } from "../indicators/passports";
import type { Settings } from "../indicators/types";

export const TO_FILL = "________";

export function responsibleFor(
  entry: CatalogEntry | undefined,
  settings: Settings,
  profileId: string
): string {
  const own = entry ? passportFor(entry, profileId, settings).responsible : "";
  return own.trim() || settings.official.responsible.trim() || TO_FILL;
}
