/**
 * `Сбор данных`: who has sent what this round, the schools to call first
 * (collectionRows orders them), statuses coloured by conditional formatting; whom to
 * call (`Контакт`, `E-mail` of `Список ОО`) beside the status.
 */
import type { CollectionRow, CollectionStatus } from "../consolidate/collection";
import { OUTPUT_SHEETS } from "../schema/municipality";
import { YES, NO } from "../schema/values";
import type { ConditionalTextRule, OutCell, SheetModel } from "../../port/sheet-model";
import { tableSheet } from "./kit";

export const COLLECTION_HEADERS = [
  "Код ОО",
  "Наименование",
  "Файл",
  "Получен",
  "Строк",
  "Ошибок",
  "Предупреждений",
  "Строк не учтено",
  "Статус",
  "Контакт",
  "E-mail",
  "Примечание",
] as const;

const WIDTHS = [12, 40, 26, 10, 8, 8, 15, 10, 17, 30, 26, 50];
const STATUS_COLUMN = COLLECTION_HEADERS.indexOf("Статус");

export const COLLECTION_FILL: Readonly<
  Record<CollectionStatus, { fill: string; fontColor: string }>
> = {
  "Не сдан": { fill: "#FFC7CE", fontColor: "#9C0006" },
  "Сдан с ошибками": { fill: "#FFEB9C", fontColor: "#9C5700" },
  Принят: { fill: "#C6EFCE", fontColor: "#006100" },
};

export function collectionSheet(rows: readonly CollectionRow[]): SheetModel {
  const cells: OutCell[][] = rows.map((r) => [
    r.code || null,
    r.name,
    r.file,
    r.received ? YES : NO,
    r.received ? r.rows : null,
    r.received ? r.errors : null,
    r.received ? r.warnings : null,
    r.received ? r.excludedRows : null,
    r.status,
    r.contact ?? null,
    r.email ?? null,
    r.note,
  ]);
  const sheet = tableSheet({
    name: OUTPUT_SHEETS.collection,
    tableName: "СборДанных",
    headers: COLLECTION_HEADERS,
    columns: WIDTHS.map((width) => ({ width })),
    rows: cells,
  });
  const range = { row: 1, col: STATUS_COLUMN, rows: Math.max(1, cells.length), cols: 1 };
  const conditionalFormats: ConditionalTextRule[] = (
    Object.keys(COLLECTION_FILL) as CollectionStatus[]
  ).map((status) => ({ range, equals: status, ...COLLECTION_FILL[status] }));
  return {
    ...sheet,
    styles: [
      ...(sheet.styles ?? []),
      {
        range: { row: 1, col: COLLECTION_HEADERS.length - 1, rows: range.rows, cols: 1 },
        style: { wrap: true, vAlign: "top" },
      },
    ],
    conditionalFormats,
  };
}
