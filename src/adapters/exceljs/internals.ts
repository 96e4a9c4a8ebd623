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
  validation: ExcelJS.DataValidation,
): void {
  internals(sheet).dataValidations.add(address, validation);
}
