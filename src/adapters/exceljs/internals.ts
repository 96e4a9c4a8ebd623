/**
 * Parts of ExcelJS 4.4 that exist at run time but are missing or mistyped in
 * its type declarations. Kept in one place so an upgrade shows what to check.
 */
import type ExcelJS from "exceljs";

export interface TableModel {
  name: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
}

export interface TableInternals {
  model: TableModel;
}

interface SheetInternals {
  orderNo: number;
  tables: Record<string, TableInternals>;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

function internals(sheet: ExcelJS.Worksheet): SheetInternals {
  return sheet as unknown as SheetInternals;
}

export function tablesOf(sheet: ExcelJS.Worksheet): TableInternals[] {
  return Object.values(internals(sheet).tables ?? {});
}

export function orderOf(sheet: ExcelJS.Worksheet): number {
  return internals(sheet).orderNo;
}

export function setOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  internals(sheet).orderNo = orderNo;
}

export function addDataValidation(
  sheet: ExcelJS.Worksheet,
  address: string,
  validation: ExcelJS.DataValidation
): void {
  internals(sheet).dataValidations.add(address, validation);
}

interface CellInternals {
  _comment?: unknown;
  _value?: { model?: { comment?: unknown; styleId?: number } };
}

/**
 * Sets a cell's style. ExcelJS remembers the style id of the last save in the
 * value's model and keeps it when the new style is the default one (id 0),
 * so a fill removed after a save would come back: the stale id is dropped.
 */
export function setCellStyle(cell: ExcelJS.Cell, style: Partial<ExcelJS.Style>): void {
  cell.style = style;
  const model = (cell as unknown as CellInternals)._value?.model;
  if (model) delete model.styleId;
}

/** Removes a cell's note: ExcelJS has no way (assigning undefined writes an empty note). */
export function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as CellInternals;
  internals._comment = undefined;
  // A loaded cell also keeps its note in the value's model.
  if (internals._value?.model) delete internals._value.model.comment;
}

interface RowsInternals {
  _rows: ({ _cells: (ExcelJS.Cell | undefined)[] } | undefined)[];
}

/** Every cell object of a sheet, styled empty cells included (ExcelJS writes those too). */
export function eachCellObject(
  sheet: ExcelJS.Worksheet,
  visit: (cell: ExcelJS.Cell) => void
): void {
  for (const row of (sheet as unknown as RowsInternals)._rows ?? []) {
    if (!row) continue;
    for (const cell of row._cells) if (cell) visit(cell);
  }
}
