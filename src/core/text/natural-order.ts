/**
 * Codes and file names in the order people expect: «ОО-2» before «ОО-10», letter case aside
 * (`Сбор данных`, `Список ОО`, the pane's questions, which of two files of a school is taken).
 */
export const naturalOrder = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });

/** The last part of a path: a file's name wherever it was picked from. */
export function fileBaseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? "";
}
