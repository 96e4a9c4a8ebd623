/**
 * The `Меры` sheet as a model: created by the project when absent (then it
 * belongs to people). Dropdowns for the code, level, school and status; a date
 * format for `Срок`. Given an existing grid, its rows are kept verbatim and the
 * formats are laid over the columns where the headers were found.
 */
import type { Grid } from "../model";
import { MEASURES, fieldByKey } from "../schema";
import type { OutCell, SheetModel, ValidationModel, ValidationRule } from "../../port/sheet-model";
import { cellText, findHeader } from "./cells";
import { maxOf } from "../arrays";

export interface MeasuresSheetOptions {
  /** Codes offered in `Показатель` (catalog and custom indicators). */
  indicatorCodes?: readonly string[];
  /** The consolidation's school codes, offered in `Код ОО`. */
  schoolCodes?: readonly string[];
}

/** Rows below the header that get dropdowns and formats (people add rows there). */
export const MEASURE_INPUT_ROWS = 500;
const DATE_FORMAT = "dd.mm.yyyy";
const HEADER_FILL = "#DDEBF7";

export function measuresSheet(existing?: Grid, options: MeasuresSheetOptions = {}): SheetModel {
  const headers = MEASURES.fields.map((f) => f.header);
  const hit = existing ? findHeader(existing, MEASURES.keyHeader, headers) : null;
  const cells: OutCell[][] = hit && existing ? existing.map((row) => [...row]) : [[]];
  const headerRow = hit?.row ?? 0;
  const columnOf = new Map<string, number>();
  for (const field of MEASURES.fields) {
    const found = hit?.columns.get(field.header);
    if (found !== undefined) columnOf.set(field.key, found);
    else {
      // A column missing from an old sheet is added at the right of its header row.
      const col = maxOf(
        [...columnOf.values()].map((c) => c + 1),
        cells[headerRow].length
      );
      cells[headerRow][col] = field.header;
      columnOf.set(field.key, col);
    }
  }
  const width = maxOf(cells.map((r) => r.length));
  const dataRows = hit && existing ? Math.max(0, lastFilledRow(existing) - headerRow) : 0;
  const inputRange = (key: string) => ({
    row: headerRow + 1,
    col: columnOf.get(key) ?? 0,
    rows: Math.max(MEASURE_INPUT_ROWS, dataRows),
    cols: 1,
  });
  const columns = Array.from(
    { length: width },
    () => ({}) as { width?: number; numberFormat?: string }
  );
  for (const field of MEASURES.fields) {
    const col = columnOf.get(field.key) ?? 0;
    columns[col] = {
      width: field.width ?? 14,
      ...(field.type === "date" ? { numberFormat: DATE_FORMAT } : {}),
    };
  }
  return {
    name: MEASURES.name,
    cells,
    headerRow,
    columns,
    freeze: { rows: headerRow + 1 },
    styles: [
      {
        range: { row: headerRow, col: 0, rows: 1, cols: width },
        style: { bold: true, fill: HEADER_FILL, wrap: true, border: true },
      },
    ],
    tables: MEASURES.tableName
      ? [
          {
            name: MEASURES.tableName,
            range: { row: headerRow, col: 0, rows: Math.max(dataRows, 1) + 1, cols: width },
            style: "TableStyleLight9",
          },
        ]
      : [],
    validations: validations(options, inputRange),
  };
}

function validations(
  options: MeasuresSheetOptions,
  inputRange: (key: string) => ValidationModel["range"]
): ValidationModel[] {
  const out: ValidationModel[] = [];
  const add = (key: string, rule: ValidationRule, strict: boolean): void => {
    const field = fieldByKey(MEASURES, key);
    out.push({
      range: inputRange(key),
      rule,
      allowBlank: true,
      prompt: { title: field.header, message: field.help },
      // Codes and schools may be added after the sheet was made: a warning, not a stop.
      ...(strict
        ? { error: { title: field.header, message: `Выберите значение из списка: ${field.help}` } }
        : {}),
    });
  };
  if (options.indicatorCodes?.length)
    add("indicator", { kind: "list", values: options.indicatorCodes }, false);
  add("level", { kind: "list", values: fieldByKey(MEASURES, "level").values ?? [] }, true);
  if (options.schoolCodes?.length)
    add("schoolCode", { kind: "list", values: options.schoolCodes }, false);
  add("due", { kind: "date" }, true);
  add("status", { kind: "list", values: fieldByKey(MEASURES, "status").values ?? [] }, true);
  return out;
}

function lastFilledRow(grid: Grid): number {
  for (let r = grid.length - 1; r >= 0; r--) {
    if ((grid[r] ?? []).some((c) => cellText(c) !== "")) return r;
  }
  return 0;
}
