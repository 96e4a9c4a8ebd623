/**
 * «Проверить» and `pedmonitor validate` need the issues and row counts, not the
 * workers: a school workbook is only checked (checkSchool, no Worker per row). A
 * consolidated workbook is read whole, as its issues are sorted by the school each
 * row names; it is not the 100,000-row case of one school's `Педагоги`.
 */
import type { Issue } from "../core/model";
import { readMunicipality } from "../core/read/municipality";
import { checkSchool } from "../core/read/school";
import { isMunicipalityWorkbook } from "../core/read/sheets";
import type { WorkbookPort } from "../port/workbook-port";
import { fetchSheets, noteCells } from "./read-workbook";

export interface WorkbookCheck {
  /** the same issues, in the same order, as readWorkbook's schools hold */
  issues: Issue[];
  /** rows of `Педагоги` (or `Сводные данные`) read */
  rowsRead: number;
  schoolCount: number;
  /** The workbook's sheet names, as they are spelled in it. */
  sheetNames: string[];
}

export async function checkWorkbook(port: WorkbookPort, file = ""): Promise<WorkbookCheck> {
  const { names, source, notes } = await fetchSheets(port);
  if (isMunicipalityWorkbook(names)) {
    const schools = readMunicipality(source, file);
    const issues = schools.flatMap((s) => s.issues);
    for (const w of noteCells(issues, notes, file)) issues.push(w);
    return {
      issues,
      rowsRead: schools.reduce((sum, s) => sum + s.workers.length, 0),
      schoolCount: schools.length,
      sheetNames: names,
    };
  }
  const school = checkSchool(source, file);
  for (const w of noteCells(school.issues, notes, file)) school.issues.push(w);
  return { issues: school.issues, rowsRead: school.rowsRead, schoolCount: 1, sheetNames: names };
}
