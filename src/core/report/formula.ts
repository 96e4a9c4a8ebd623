/**
 * The live formula of a `Сводка` value: the add-in's custom function over the
 * hidden tally sheet (`Счётчики показателей`). Only catalog codes (A–Z, 0–9, _)
 * ever enter it; no text from a school file is ever turned into a formula.
 */
import type { FormulaCell } from "../../port/sheet-model";

export const FUNCTION_NAMESPACE = "PEDMON";
const SAFE_CODE = /^[A-Z][A-Z0-9_]*$/;

export function indicatorFormula(code: string, dataRange: string): string {
  if (!SAFE_CODE.test(code)) throw new Error(`Not an indicator code: ${code}`);
  return `=${FUNCTION_NAMESPACE}.INDICATOR("${code}",${dataRange})`;
}

/** A formula cell when a range is given and the code is safe, else the plain value. */
export function indicatorValueCell(
  code: string,
  value: number | null,
  dataRange: string | null | undefined
): FormulaCell | number | null {
  if (!dataRange || !SAFE_CODE.test(code)) return value;
  return { formula: indicatorFormula(code, dataRange), result: value, custom: true };
}
