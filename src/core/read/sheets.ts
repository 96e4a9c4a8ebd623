/** Which sheets each reader reads, so the app layer fetches only those through the port. */
import { CONSOLIDATED_COMMUNITIES, CONSOLIDATED_TEACHERS, SCHOOLS } from "../schema/municipality";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../schema/school";
import { findSheetName } from "./grid-source";

/** Sheets readSchool reads (the last may be absent). */
export const SCHOOL_READ_SHEETS: readonly string[] = [
  PASSPORT.name,
  TEACHERS.name,
  COMMUNITIES.name,
];
/** Sheets a school workbook must have. */
export const SCHOOL_REQUIRED_SHEETS: readonly string[] = [PASSPORT.name, TEACHERS.name];
/** Sheets readMunicipality reads (the last may be absent). */
export const MUNICIPALITY_READ_SHEETS: readonly string[] = [
  SCHOOLS.name,
  CONSOLIDATED_TEACHERS.name,
  CONSOLIDATED_COMMUNITIES.name,
];
export const MUNICIPALITY_REQUIRED_SHEETS: readonly string[] = [
  SCHOOLS.name,
  CONSOLIDATED_TEACHERS.name,
];

/** A consolidated workbook: it has both `ОО` and `Сводные данные`. */
export function isMunicipalityWorkbook(names: readonly string[]): boolean {
  return MUNICIPALITY_REQUIRED_SHEETS.every((sheet) => findSheetName(names, sheet) !== undefined);
}

/** The workbook's own names of the sheets a reader needs (absent ones left out). */
export function sheetsToRead(names: readonly string[]): string[] {
  const wanted = isMunicipalityWorkbook(names) ? MUNICIPALITY_READ_SHEETS : SCHOOL_READ_SHEETS;
  return wanted.flatMap((sheet) => findSheetName(names, sheet) ?? []);
}
