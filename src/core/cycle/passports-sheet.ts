/**
 * `Паспорта показателей`: the monitoring programme of a profile, printable as a
 * municipality's regulation (A4 landscape, header repeated on every page):
 * per indicator its passport, collection method, periodicity, responsible
 * party (from the profile's own document, else `Настройки`: indicators/passports.ts),
 * target and direction, in the profile's order; custom indicators after.
 */
import { CATALOG } from "../indicators/catalog";
import { entryOfDefinition, type CatalogEntry, type ShareDefinition } from "../indicators/measures";
import { passportFor, type ProfilePassport } from "../indicators/passports";
import { PROFILES, profileOrFull } from "../indicators/profiles";
import type { Settings } from "../indicators/types";
import { OUTPUT_SHEETS, TARGETS } from "../schema";
import type { OutCell, SheetModel } from "../../port/sheet-model";
import { HEADER_STYLE, TITLE_STYLE } from "../report/kit";

export const PASSPORT_HEADERS = [
  "№",
  "Код",
  "Показатель",
  "Единица измерения",
  "Вид",
  "Метод расчёта",
  "Источник (документ)",
  "Ответственный за предоставление информации",
  "Метод сбора информации",
  "Периодичность мониторинга",
  "Целевое значение",
  "Направление",
  "Целевое значение на следующий период",
] as const;
const WIDTHS = [5, 16, 40, 10, 12, 48, 28, 22, 24, 18, 11, 10, 14];

export interface PassportsOptions {
  settings?: Settings;
  custom?: readonly ShareDefinition[];
}

export function passportsSheet(profileId: string, options: PassportsOptions = {}): SheetModel {
  const profile = profileOrFull(profileId);
  const entries = [
    ...profile.codes
      .map((code) => CATALOG.find((e) => e.code === code))
      .filter((e): e is CatalogEntry => !!e),
    ...(options.custom ?? []).map(entryOfDefinition),
  ];
  const rows = entries.map((e, i) =>
    passportRow(e, passportFor(e, profile.id, options.settings), i + 1, options.settings)
  );
  const headerRow = 2;
  const cols = PASSPORT_HEADERS.length;
  return {
    name: OUTPUT_SHEETS.passports,
    cells: [
      [`Программа мониторинга: паспорта показателей`],
      [`Профиль: ${profile.name}`],
      [...PASSPORT_HEADERS],
      ...rows,
      [],
      [NOTE],
    ],
    headerRow,
    columns: WIDTHS.map((width) => ({ width })),
    freeze: { rows: headerRow + 1 },
    styles: [
      { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: TITLE_STYLE },
      { range: { row: headerRow, col: 0, rows: 1, cols }, style: HEADER_STYLE },
      {
        range: { row: headerRow + 1, col: 0, rows: Math.max(1, rows.length), cols },
        style: { wrap: true, vAlign: "top", border: true },
      },
      {
        range: { row: headerRow + 1, col: 10, rows: Math.max(1, rows.length), cols: 1 },
        style: { numberFormat: "0.0", wrap: true, vAlign: "top", border: true },
      },
    ],
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: true,
      printArea: { row: 0, col: 0, rows: headerRow + 3 + rows.length, cols },
      repeatRows: { first: headerRow, last: headerRow },
    },
  };
}

/** Where the three profile-dependent columns come from, printed under the table. */
const NOTE =
  "Ответственный, метод сбора информации и периодичность — по документу, которому следует профиль; " +
  `где документ их не называет: ответственный — из листа «${TARGETS.name}» (блок «Реквизиты документов»), ` +
  "метод — форма мониторинга ОО, периодичность — по окончании отчётного периода.";

function passportRow(
  e: CatalogEntry,
  p: ProfilePassport,
  n: number,
  settings?: Settings
): OutCell[] {
  const t = settings?.targets.get(e.code);
  return [
    n,
    e.code,
    e.title,
    e.unit,
    e.kind,
    e.formula,
    sourcesText(e.sources),
    p.responsible,
    p.method,
    p.periodicity,
    t ? t.target : e.target,
    t ? t.direction : e.direction,
    t ? t.nextTarget : e.nextTarget,
  ];
}

/** Document prefixes named by their profile's title: «000» → «Мониторинг качества ДПО…». */
function sourcesText(sources: readonly string[]): string {
  return sources
    .map((s) => {
      const p = PROFILES.find((x) => x.id === s);
      return p ? `${s}: ${p.name}` : s;
    })
    .join("; ");
}
