/**
 * Read the open workbook into school data: only the sheets the reader needs
 * are fetched through the port (a workbook may hold large sheets of its own).
 * A consolidated (municipality) workbook gives one SchoolData per school.
 */
import type { Grid, Issue, SchoolData } from "../core/model";
import { applyCellNotes, type CellNote } from "../core/read/cell-notes";
import type { GridSource } from "../core/read/grid-source";
import { readMunicipality } from "../core/read/municipality";
import { readSchool } from "../core/read/school";
import { isMunicipalityWorkbook, sheetsToRead } from "../core/read/sheets";
import type { WorkbookPort } from "../port/workbook-port";

export interface WorkbookRead {
  municipality: boolean;
  schools: SchoolData[];
  /** The workbook's sheet names, as they are spelled in it. */
  sheetNames: string[];
}

/** The workbook's sheet names and the grids of the sheets the reader needs, fetched once. */
export async function fetchSheets(
  port: WorkbookPort
): Promise<{ names: string[]; source: GridSource; notes: CellNote[] }> {
  const names = await port.sheetNames();
  const grids = new Map<string, Grid>();
  const notes: CellNote[] = [];
  for (const name of sheetsToRead(names)) {
    grids.set(name, await port.readSheet(name));
    for (const note of port.cellNotes?.(name) ?? []) notes.push(note);
  }
  return { names, source: { names, grid: (name) => grids.get(name) }, notes };
}

/** The reader's notes as issues: required cells explained in place, warnings after the rest. */
export function noteCells(issues: Issue[], notes: readonly CellNote[], file: string): Issue[] {
  return applyCellNotes(issues, notes, file);
}

export async function readWorkbook(port: WorkbookPort, file = ""): Promise<WorkbookRead> {
  const { names, source, notes } = await fetchSheets(port);
  const municipality = isMunicipalityWorkbook(names);
  const schools = municipality ? readMunicipality(source, file) : [readSchool(source, file)];
  if (notes.length > 0 && schools.length > 0) {
    const warnings = noteCells(
      schools.flatMap((s) => s.issues),
      notes,
      file
    );
    for (const w of warnings) schools[0].issues.push(w);
  }
  return { municipality, schools, sheetNames: names };
}
