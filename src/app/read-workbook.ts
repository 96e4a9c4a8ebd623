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

export async function readWorkbook(port: WorkbookPort, file = ""): Promise<WorkbookRead> {
  const names = await port.sheetNames();
  const grids = new Map<string, Grid>();
  for (const name of sheetsToRead(names)) grids.set(name, await port.readSheet(name));
  const source: GridSource = { names, grid: (name) => grids.get(name) };
  const municipality = isMunicipalityWorkbook(names);
  const schools = municipality ? readMunicipality(source, file) : [readSchool(source, file)];
  return { municipality, schools, sheetNames: names };
}
