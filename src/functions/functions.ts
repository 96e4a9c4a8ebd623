/**
 * ПедМонитор custom functions (namespace PEDMON, set in the manifest). Thin
 * wrappers: each validates nothing itself and delegates to a pure helper; a
 * failure becomes #ЗНАЧ! with a Russian message. All are read-only.
 * The JSDoc below is the source of functions.json (custom-functions-metadata).
 */
import { ageCall, catalogTable, clustersTable } from "./catalog-calls";
import { guard } from "./errors";
import { indicatorDetail, indicatorValue, statusCall } from "./indicator-calls";

/**
 * Значение показателя мониторинга по таблице педагогов: доля, % (пусто, если знаменатель равен 0).
 * @customfunction INDICATOR
 * @param {string} code Код показателя из каталога, например "DIAG".
 * @param {any[][]} table Таблица «Педагоги» или «Сводные данные» (с блоком над таблицей) вместе со строкой заголовков, или лист «Счётчики показателей».
 * @param {string} [school] Код ОО (для «Сводных данных»); пусто — все ОО вместе.
 * @param {any[][]} [period] Диапазон листа «Паспорт ОО» или две ячейки: начало и конец отчётного периода; пусто — из блока над «Сводными данными».
 * @param {any[][]} [settings] Диапазон листа «Настройки» (цели и параметры); пусто — параметры из блока над «Сводными данными» или по умолчанию.
 * @returns {any} Значение показателя.
 */
export function indicator(
  code: string,
  table: any[][],
  school?: string,
  period?: any[][],
  settings?: any[][]
): any {
  return guard(() => indicatorValue(code, table, school, period, settings));
}

/**
 * Числитель, знаменатель, значение и статус показателя в одной строке из четырёх ячеек.
 * @customfunction INDICATOR.DETAIL
 * @param {string} code Код показателя из каталога, например "DIAG".
 * @param {any[][]} table Таблица «Педагоги» или «Сводные данные» (с блоком над таблицей) вместе со строкой заголовков, или лист «Счётчики показателей».
 * @param {string} [school] Код ОО (для «Сводных данных»); пусто — все ОО вместе.
 * @param {any[][]} [period] Диапазон листа «Паспорт ОО» или две ячейки: начало и конец отчётного периода; пусто — из блока над «Сводными данными».
 * @param {any[][]} [settings] Диапазон листа «Настройки» (цели и параметры); пусто — параметры из блока над «Сводными данными» или по умолчанию.
 * @returns {any[][]} Числитель, знаменатель, значение, статус.
 */
export function indicatorDetailFn(
  code: string,
  table: any[][],
  school?: string,
  period?: any[][],
  settings?: any[][]
): any[][] {
  return guard(() => indicatorDetail(code, table, school, period, settings));
}

/**
 * Статус значения относительно цели показателя: соответствие, несоответствие, нет данных или цель не задана.
 * @customfunction STATUS
 * @param {any} value Значение показателя (пусто — нет данных).
 * @param {string} code Код показателя из каталога.
 * @param {any[][]} [settings] Диапазон листа «Настройки»; пусто — цели по умолчанию.
 * @returns {string} Статус.
 */
export function status(value: any, code: string, settings?: any[][]): string {
  return guard(() => statusCall(value, code, settings));
}

/**
 * Паспорта показателей профиля (или всего каталога) со строкой заголовков.
 * @customfunction CATALOG
 * @param {string} [profile] Профиль: 000, 001, 002, 003, 004 или full (полный каталог, по умолчанию).
 * @param {any[][]} [settings] Диапазон листа «Настройки»: ответственный по умолчанию и цели; пусто — по умолчанию.
 * @returns {any[][]} Таблица паспортов показателей.
 */
export function catalog(profile?: string, settings?: any[][]): any[][] {
  return guard(() => catalogTable(profile, settings));
}

/**
 * Полных лет на дату (день рождения в эту дату засчитывается).
 * @customfunction AGE
 * @param {any} birthDate Дата рождения.
 * @param {any} periodEnd Дата, на которую считается возраст (обычно конец отчётного периода).
 * @returns {number} Возраст, полных лет.
 */
export function age(birthDate: any, periodEnd: any): number {
  return guard(() => ageCall(birthDate, periodEnd));
}

/**
 * Численность кластеров работников: итого и по каждой ОО «Сводных данных».
 * @customfunction CLUSTERS
 * @param {any[][]} table Таблица «Педагоги» или «Сводные данные» вместе со строкой заголовков.
 * @param {any[][]} [period] Диапазон листа «Паспорт ОО» или две ячейки: начало и конец отчётного периода; пусто — из блока над «Сводными данными».
 * @param {any[][]} [settings] Диапазон листа «Настройки»; пусто — параметры из блока над «Сводными данными» или по умолчанию.
 * @returns {any[][]} Кластеры и их численность.
 */
export function clusters(table: any[][], period?: any[][], settings?: any[][]): any[][] {
  return guard(() => clustersTable(table, period, settings));
}
