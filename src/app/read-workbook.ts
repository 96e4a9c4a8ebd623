/**
 * Read the open workbook into school data: only the sheets the reader needs
 * are fetched through the port (a workbook may hold large sheets of its own).
 * A consolidated (municipality) workbook gives one SchoolData per school.
 */
import type { Grid, SchoolData } from "../core/model";
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
): Promise<{ names: string[]; source: GridSource }> {
  const names = await port.sheetNames();
  const grids = new Map<string, Grid>();
  for (const name of sheetsToRead(names)) grids.set(name, await port.readSheet(name));
  return { names, source: { names, grid: (name) => grids.get(name) } };
}

export async function readWorkbook(port: WorkbookPort, file = ""): Promise<WorkbookRead> {
  const { names, source } = await fetchSheets(port);
  const municipality = isMunicipalityWorkbook(names);
  const schools = municipality ? readMunicipality(source, file) : [readSchool(source, file)];
  return { municipality, schools, sheetNames: names };
}
