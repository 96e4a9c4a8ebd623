/**
 * A school workbook: `Паспорт ОО`, `Педагоги` and (optional) `Сообщества и
 * проекты`, read and validated into SchoolData (readSchool), or only checked
 * (checkSchool: the same issues, no Worker per row). A missing required sheet is
 * one error; nothing throws.
 */
import type { Community, Grid, Issue, SchoolData, Worker } from "../model";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../schema/school";
import { append } from "./append";
import { readCommunities } from "./communities";
import { findSheetName, type GridSource } from "./grid-source";
import { missingSheet } from "./missing-sheet";
import { emptyPassport, readPassport, type PassportRead } from "./passport";
import { checkTeacherTable, readTeacherTable, type TeacherTableContext } from "./teachers";

function sheetOf(source: GridSource, wanted: string) {
  const name = findSheetName(source.names, wanted);
  const grid = name === undefined ? undefined : source.grid(name);
  return grid === undefined ? undefined : { name: name!, grid };
}

/** A passport when its sheet is missing: every required value unusable. */
export function absentPassport(): PassportRead {
  const bad = new Set(PASSPORT.fields.filter((f) => f.required).map((f) => f.key));
  return { passport: emptyPassport(), bad, period: null, issues: [] };
}

/** The sheets of a school workbook other than `Педагоги`, and every issue in sheet order. */
interface SchoolSheets {
  read: PassportRead;
  communities: Community[];
  issues: Issue[];
}

/**
 * Passport, then `Педагоги` by `teachers` (which returns the sheet's issues and keeps
 * what else it reads), then communities: the one order of a school's issues, whether
 * the teachers are only checked or also read into Workers.
 */
function readSchoolSheets(
  source: GridSource,
  file: string,
  teachers: (grid: Grid, ctx: TeacherTableContext) => Issue[]
): SchoolSheets {
  const issues: Issue[] = [];
  const passportSheet = sheetOf(source, PASSPORT.name);
  if (!passportSheet) issues.push(missingSheet(PASSPORT.name, file));
  const read = passportSheet
    ? readPassport(passportSheet.grid, passportSheet.name, file)
    : absentPassport();
  append(issues, read.issues);
  const schoolCode = read.bad.has("schoolCode") ? null : read.passport.schoolCode;

  const teachersSheet = sheetOf(source, TEACHERS.name);
  if (!teachersSheet) issues.push(missingSheet(TEACHERS.name, file));
  else {
    const ctx = { sheet: teachersSheet.name, file, schoolCode, period: read.period };
    append(issues, teachers(teachersSheet.grid, ctx));
  }

  const communitiesSheet = sheetOf(source, COMMUNITIES.name);
  let communities: Community[] = [];
  if (communitiesSheet) {
    const table = readCommunities(
      communitiesSheet.grid,
      communitiesSheet.name,
      file,
      schoolCode ?? ""
    );
    communities = table.communities;
    append(issues, table.issues);
  }
  return { read, communities, issues };
}

export function readSchool(source: GridSource, file: string): SchoolData {
  let workers: Worker[] = [];
  const { read, communities, issues } = readSchoolSheets(source, file, (grid, ctx) => {
    const table = readTeacherTable(grid, ctx);
    workers = table.workers;
    return table.issues;
  });
  return {
    file,
    passport: read.passport,
    badPassportFields: [...read.bad],
    workers,
    communities,
    issues,
    ...(read.codeCell ? { codeCell: read.codeCell } : {}),
  };
}

export interface SchoolCheck {
  /** the same issues, in the same order, as readSchool gives */
  issues: Issue[];
  /** rows of `Педагоги` read (readSchool's workers.length) */
  rowsRead: number;
}

/** readSchool's issues without building a Worker per row: what «Проверить» needs. */
export function checkSchool(source: GridSource, file: string): SchoolCheck {
  let rowsRead = 0;
  const { issues } = readSchoolSheets(source, file, (grid, ctx) => {
    const table = checkTeacherTable(grid, ctx);
    rowsRead = table.rowsRead;
    return table.issues;
  });
  return { issues, rowsRead };
}
