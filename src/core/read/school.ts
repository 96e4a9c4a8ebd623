/**
 * A school workbook: `Паспорт ОО`, `Педагоги` and (optional) `Сообщества и
 * проекты`, read and validated into SchoolData. A missing required sheet is one
 * error; nothing throws.
 */
import type { Issue, SchoolData } from "../model";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../schema/school";
import { append } from "./append";
import { readCommunities } from "./communities";
import { findSheetName, type GridSource } from "./grid-source";
import { missingSheet } from "./missing-sheet";
import { emptyPassport, readPassport, type PassportRead } from "./passport";
import { readTeacherTable } from "./teachers";

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

export function readSchool(source: GridSource, file: string): SchoolData {
  const issues: Issue[] = [];
  const passportSheet = sheetOf(source, PASSPORT.name);
  if (!passportSheet) issues.push(missingSheet(PASSPORT.name, file));
  const read = passportSheet
    ? readPassport(passportSheet.grid, passportSheet.name, file)
    : absentPassport();
  append(issues, read.issues);
  const schoolCode = read.bad.has("schoolCode") ? null : read.passport.schoolCode;

  const teachersSheet = sheetOf(source, TEACHERS.name);
  let workers: SchoolData["workers"] = [];
  if (!teachersSheet) issues.push(missingSheet(TEACHERS.name, file));
  else {
    const ctx = { sheet: teachersSheet.name, file, schoolCode, period: read.period };
    const table = readTeacherTable(teachersSheet.grid, ctx);
    workers = table.workers;
    append(issues, table.issues);
  }

  const communitiesSheet = sheetOf(source, COMMUNITIES.name);
  let communities: SchoolData["communities"] = [];
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
  return {
    file,
    passport: read.passport,
    badPassportFields: [...read.bad],
    workers,
    communities,
    issues,
  };
}
