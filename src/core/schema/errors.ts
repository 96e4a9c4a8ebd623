/**
 * The `Ошибки` output sheet: one row per validation message, with a link to
 * its cell. Headers written here only, like every other sheet's.
 */
import type { Severity } from "../model";
import { OUTPUT_SHEETS } from "./municipality";
import type { TableSheetSpec } from "./types";

export const SEVERITY_TEXT: Record<Severity, string> = {
  error: "ошибка",
  warning: "предупреждение",
};

export const ERRORS: TableSheetSpec = {
  kind: "table",
  name: OUTPUT_SHEETS.errors,
  tableName: "Ошибки",
  keyHeader: "Важность",
  mayBeEmpty: true,
  help: "Сообщения проверки: ошибка — строка не входит в показатели; предупреждение — строка учитывается, но проверьте данные.",
  fields: [
    {
      key: "severity",
      header: "Важность",
      type: "list",
      required: true,
      values: Object.values(SEVERITY_TEXT),
      width: 16,
      help: "ошибка или предупреждение.",
    },
    {
      key: "sheet",
      header: "Лист",
      type: "text",
      required: true,
      width: 20,
      help: "Лист, где найдена ошибка.",
    },
    {
      key: "cell",
      header: "Ячейка",
      type: "text",
      required: false,
      width: 9,
      help: "Адрес ячейки; щёлкните, чтобы перейти к ней.",
    },
    {
      key: "row",
      header: "Строка",
      type: "integer",
      required: false,
      width: 8,
      help: "Номер строки на листе.",
    },
    {
      key: "column",
      header: "Столбец",
      type: "text",
      required: false,
      width: 24,
      help: "Заголовок столбца или показатель паспорта.",
    },
    {
      key: "value",
      header: "Значение",
      type: "text",
      required: false,
      width: 20,
      help: "Что записано в ячейке.",
    },
    {
      key: "message",
      header: "Сообщение",
      type: "text",
      required: true,
      width: 80,
      help: "Что не так и как исправить.",
    },
    {
      key: "code",
      header: "Код",
      type: "text",
      required: true,
      width: 22,
      help: "Код проверки (для поиска в документации).",
    },
    {
      key: "file",
      header: "Файл",
      type: "text",
      required: false,
      width: 24,
      help: "Файл, из которого прочитана строка.",
    },
  ],
};
