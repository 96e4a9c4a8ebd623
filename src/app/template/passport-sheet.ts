/**
 * `Паспорт ОО`: a title, then `Показатель` | `Значение` and one row per
 * passport field (label exactly as the schema spells it), each value cell
 * with its own validation and input message.
 */
import { PASSPORT } from "../../core/schema";
import type { CellValue } from "../../core/model";
import type { CellStyle, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import {
  DATE_FORMAT,
  HEADER,
  INTEGER_FORMAT,
  RENEW,
  REQUIRED_LABEL,
  SUBTITLE,
  TITLE,
  WRAPPED,
} from "./styles";
import { fieldValidation } from "./validation";

const TITLE_TEXT = "Паспорт образовательной организации";
const HINT_TEXT =
  "Заполните столбец «Значение». Жирным выделены обязательные показатели; подсказка появляется при выборе ячейки.";
/** Rows above the header: the title and a hint (the reader finds the header by its text). */
export const PASSPORT_HEADER_ROW = 2;

/** `values`: passport values by field key (the demo fills them; the template leaves them empty). */
/** `renew`: keys of value cells left for the school to answer anew (a pre-filled workbook). */
export function passportSheet(
  values: Readonly<Record<string, CellValue>> = {},
  renew: ReadonlySet<string> = new Set()
): SheetModel {
  const first = PASSPORT_HEADER_ROW + 1;
  const rows: OutCell[][] = PASSPORT.fields.map((f) => [f.header, values[f.key] ?? null]);
  const styles: { range: RangeRef; style: CellStyle }[] = [
    { range: cell(0, 0), style: TITLE },
    { range: cell(1, 0), style: SUBTITLE },
    { range: { row: PASSPORT_HEADER_ROW, col: 0, rows: 1, cols: 2 }, style: HEADER },
    { range: { row: first, col: 0, rows: rows.length, cols: 1 }, style: WRAPPED },
  ];
  PASSPORT.fields.forEach((f, i) => {
    if (f.required)
      styles.push({ range: cell(first + i, 0), style: { ...WRAPPED, ...REQUIRED_LABEL } });
    if (f.type === "date")
      styles.push({ range: cell(first + i, 1), style: { numberFormat: DATE_FORMAT } });
    if (f.type === "integer")
      styles.push({ range: cell(first + i, 1), style: { numberFormat: INTEGER_FORMAT } });
    if (renew.has(f.key)) styles.push({ range: cell(first + i, 1), style: RENEW });
  });
  return {
    name: PASSPORT.name,
    cells: [[TITLE_TEXT], [HINT_TEXT], [PASSPORT.labelHeader, PASSPORT.valueHeader], ...rows],
    headerRow: PASSPORT_HEADER_ROW,
    columns: [{ width: 62 }, { width: 40 }],
    freeze: { rows: PASSPORT_HEADER_ROW + 1 },
    merges: [{ row: 1, col: 0, rows: 1, cols: 2 }],
    styles,
    validations: PASSPORT.fields.flatMap((f, i) => {
      const validation = fieldValidation(f, cell(first + i, 1), { renew: renew.has(f.key) });
      return validation ? [validation] : [];
    }),
    pageSetup: { orientation: "portrait", paper: "A4", fitToWidth: true },
  };
}

function cell(row: number, col: number): RangeRef {
  return { row, col, rows: 1, cols: 1 };
}
