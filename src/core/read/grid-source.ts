/**
 * What the readers need from a workbook: its sheet names and a sheet's cells.
 * The app layer fills it through the workbook port, reading only the sheets the
 * reader asks for (see sheets.ts); tests fill it from plain arrays.
 */
import type { Grid } from "../model";
import { fold } from "../text/fold";

export interface GridSource {
  names: readonly string[];
  grid(name: string): Grid | undefined;
}

/** The workbook's own spelling of a sheet name, matched tolerantly. */
export function findSheetName(names: readonly string[], wanted: string): string | undefined {
  const key = fold(wanted);
  return names.find((name) => name === wanted) ?? names.find((name) => fold(name) === key);
}

/** A GridSource over sheets held in memory. */
export function gridSource(sheets: Readonly<Record<string, Grid>>): GridSource {
  return { names: Object.keys(sheets), grid: (name) => sheets[name] };
}
