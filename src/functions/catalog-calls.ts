/** CATALOG, AGE and CLUSTERS as plain functions of Excel's arguments. */
import { catalogEntry } from "../core/indicators/catalog";
import { passportFor } from "../core/indicators/passports";
import { FULL_PROFILE_ID, findProfile, PROFILES } from "../core/indicators/profiles";
import { CLUSTERS, clusterCounts, clusterTitle } from "../core/clusters/clusters";
import { fullYears } from "../core/time/day";
import { dayArg, optionalGrid, optionalText, periodArg, requiredGrid } from "./args";
import { tableBlock } from "./data-block";
import { FunctionInputError } from "./errors";
import type { Out } from "./indicator-calls";
import { parseTable, settingsOf } from "./table-cache";

export const CATALOG_HEADER = [
  "Код",
  "Показатель",
  "Единица",
  "Вид",
  "Формула",
  "Источники",
  "Периодичность",
  "Ответственный",
  "Метод сбора информации",
  "Направление",
  "Целевое значение",
  "Целевое значение на следующий период",
];

/**
 * The passports of a profile's indicators (all when omitted), with a header row:
 * periodicity, responsible party and collection method from the profile's own
 * document; where it names no responsible party, the one of `Настройки` (the
 * range passed, else the default), targets from `Настройки` too.
 */
export function catalogTable(profile: unknown, settings?: unknown): Out[][] {
  const id = optionalText(profile) ?? FULL_PROFILE_ID;
  const found = findProfile(id);
  if (!found) {
    const known = PROFILES.map((p) => `${p.id} — ${p.name}`).join("; ");
    throw new FunctionInputError(`Нет профиля «${id}». Профили: ${known}.`);
  }
  const { settings: s } = settingsOf(optionalGrid(settings));
  const rows: Out[][] = [CATALOG_HEADER];
  for (const code of found.codes) {
    const p = passportFor(code, found.id, s);
    const t = s.targets.get(code);
    rows.push([
      p.code,
      p.title,
      p.unit,
      p.kind,
      p.formula,
      p.sources.join(", "),
      p.periodicity,
      p.responsible,
      p.method,
      t?.direction ?? catalogEntry(code)?.direction ?? "",
      t?.target ?? "",
      t?.nextTarget ?? "",
    ]);
  }
  return rows;
}

/** Full years at a date: a birthday on that date counts. */
export function ageCall(birthDate: unknown, at: unknown): number {
  const birth = dayArg(birthDate, "Дата рождения");
  const end = dayArg(at, "Дата, на которую считается возраст");
  if (end < birth)
    throw new FunctionInputError("Дата, на которую считается возраст, раньше даты рождения.");
  return fullYears(birth, end);
}

/** Cluster counts: one row per cluster, columns «Итого» and each school of a consolidated range. */
export function clustersTable(table: unknown, period: unknown, settings: unknown): Out[][] {
  const grid = requiredGrid(
    table,
    "таблицу «Педагоги» или «Сводные данные» вместе со строкой заголовков"
  );
  const block = tableBlock(grid);
  const p = periodArg(period) ?? block.period ?? null;
  if (p === null) {
    throw new FunctionInputError(
      "Кластерам нужен отчётный период (возраст на его конец): передайте диапазон листа «Паспорт ОО» или две даты."
    );
  }
  const parsed = parseTable(grid, p);
  const { settings: s } = settingsOf(optionalGrid(settings) ?? block.settings);
  const scopes = clusterCounts(parsed.schools, p, s);
  const shown = parsed.consolidated ? scopes : scopes.slice(0, 1);
  const header: Out[] = ["Кластер", "Итого", ...shown.slice(1).map((x) => x.scope)];
  return [
    header,
    ...CLUSTERS.map((c, i) => [clusterTitle(c, s), ...shown.map((x) => x.counts[i])]),
  ];
}
