/**
 * Passport fields the catalog does not carry: the collection method (the 003
 * document's «Метод сбора информации») and the defaults this project uses where
 * no document gives a periodicity or a responsible party. Kept here, keyed by
 * code, because only the monitoring programme sheet needs them.
 */
import { CATALOG } from "../indicators/catalog";
import { basisOf } from "../indicators/measures";
import { PROFILES } from "../indicators/profiles";

/** The 003 document's method for every indicator of its table. */
export const STATISTICS = "Сбор статистических данных";

/** Codes of the 003 document's table (Пономаревский район): its profile, in its order. */
const FROM_003_TABLE = new Set(PROFILES.find((p) => p.id === "003")!.codes);

/** Where the figures of the other indicators come from in the school workbook. */
const BY_BASIS = {
  workers: `${STATISTICS}: лист «Педагоги» формы ОО`,
  passport: `${STATISTICS}: «Паспорт ОО» формы ОО`,
  communities: `${STATISTICS}: лист «Сообщества и проекты» формы ОО`,
} as const;

export const DEFAULT_PERIODICITY = "Ежегодно (по окончании отчётного периода)";
export const DEFAULT_RESPONSIBLE = "Муниципальная методическая служба (ИМЦ)";

export function collectionMethod(code: string): string {
  if (FROM_003_TABLE.has(code)) return STATISTICS;
  const entry = CATALOG.find((e) => e.code === code);
  return entry ? BY_BASIS[basisOf(entry.measure)] : BY_BASIS.workers;
}
