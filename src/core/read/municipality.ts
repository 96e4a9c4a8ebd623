/**
 * A consolidated (municipality) workbook read back into one SchoolData per
 * `Код ОО`: the passport from its `ОО` row, workers from `Сводные данные`,
 * communities from `Сообщества и проекты`, with the same validation as a school
 * workbook and each school's period taken from its own passport.
 */
import type { Grid, Issue, Passport, Period, SchoolData } from "../model";
import { CONSOLIDATED_COMMUNITIES, CONSOLIDATED_TEACHERS, SCHOOLS } from "../schema/municipality";
import { PASSPORT } from "../schema/school";
import { makeIssue } from "../validate/message";
import { append } from "./append";
import { readConsolidatedCommunities } from "./communities";
import { findSheetName, type GridSource } from "./grid-source";
import { missingSheet } from "./missing-sheet";
import { checkPassport, emptyPassport } from "./passport";
import { absentPassport } from "./school";
import { TableReader, type RowState } from "./table";
import { readWorkers } from "./teachers";

interface SchoolEntry {
  data: SchoolData;
  period: Period | null;
}

/** Schools by code; rows whose code is empty or unusable share the key "". */
type Schools = Map<string, SchoolEntry>;

function newSchool(
  file: string,
  passport: Passport,
  bad: ReadonlySet<string>,
  period: Period | null
): SchoolEntry {
  return {
    data: { file, passport, badPassportFields: [...bad], workers: [], communities: [], issues: [] },
    period,
  };
}

function sheetOf(source: GridSource, wanted: string): { name: string; grid: Grid } | undefined {
  const name = findSheetName(source.names, wanted);
  const grid = name === undefined ? undefined : source.grid(name);
  return grid === undefined ? undefined : { name: name!, grid };
}

function passportOfRow(
  reader: TableReader,
  row: RowState,
  sheet: string,
  file: string
): SchoolEntry {
  const passport = emptyPassport() as unknown as Record<string, unknown>;
  const bad = new Set<string>();
  PASSPORT.fields.forEach((field) => {
    const i = reader.fieldIndex(field.key);
    passport[field.key] = row.bad[i] ? null : row.values[i];
    if (row.bad[i] || (field.required && row.values[i] === null)) bad.add(field.key);
  });
  const issues: Issue[] = [];
  const period = checkPassport(passport as unknown as Passport, bad, issues, (key) => {
    const f = reader.fieldIndex(key);
    const c = reader.columnOf(f);
    return {
      file,
      sheet,
      row: row.row,
      column: SCHOOLS.fields[f].header,
      columnIndex: c,
      raw: c < 0 ? null : (row.cells[c] ?? null),
    };
  });
  const entry = newSchool(file, passport as unknown as Passport, bad, period);
  append(entry.data.issues, issues);
  return entry;
}

function readSchoolsSheet(source: GridSource, file: string, sheetIssues: Issue[]): Schools {
  const schools: Schools = new Map();
  const sheet = sheetOf(source, SCHOOLS.name);
  if (sheet === undefined) {
    sheetIssues.push(missingSheet(SCHOOLS.name, file));
    return schools;
  }
  const reader = new TableReader(sheet.grid, SCHOOLS, { sheet: sheet.name, file });
  const codeField = reader.fieldIndex("schoolCode");
  const ownerOfRow = new Map<number, SchoolEntry>();
  const firstRowOf = new Map<string, number>();
  let unnamed = 0;
  reader.forEachRow((row) => {
    const code = row.bad[codeField] ? null : (row.values[codeField] as string | null);
    if (code !== null && firstRowOf.has(code)) {
      reader.report(
        row,
        "row/unique",
        codeField,
        "такой код уже есть в строке {first}; эта строка не читается. Исправьте код.",
        { first: firstRowOf.get(code)! }
      );
      return;
    }
    const entry = passportOfRow(reader, row, sheet.name, file);
    ownerOfRow.set(row.row, entry);
    if (code === null) schools.set(`\u0000${unnamed++}`, entry);
    else {
      firstRowOf.set(code, row.row);
      schools.set(code, entry);
    }
  });
  for (const issue of reader.issues) {
    const owner = issue.row === null ? undefined : ownerOfRow.get(issue.row);
    (owner ? owner.data.issues : sheetIssues).push(issue);
  }
  return schools;
}

/** The school of a data row; a code absent from `ОО` gets a school with an unusable passport. */
function schoolFor(
  schools: Schools,
  code: string,
  place: { file: string; sheet: string; row: number; schoolsSheet: string }
): SchoolEntry {
  const known = schools.get(code);
  if (known) return known;
  const read = absentPassport();
  read.passport.schoolCode = code === "" ? null : code;
  if (code !== "") read.bad.delete("schoolCode");
  const entry = newSchool(place.file, read.passport, read.bad, null);
  if (code !== "") {
    const where = {
      file: place.file,
      sheet: place.sheet,
      row: place.row,
      column: SCHOOLS.keyHeader,
      raw: code,
    };
    entry.data.issues.push(
      makeIssue(
        where,
        "row/unknown-school",
        "такого кода нет на листе «{schools}», строки этой ОО не входят в показатели. Добавьте строку ОО на лист «{schools}» или исправьте код.",
        { schools: place.schoolsSheet }
      )
    );
  }
  schools.set(code, entry);
  return entry;
}

/** Sends each row issue to the school owning that row; sheet-level ones to `sheetIssues`. */
function distribute(
  issues: readonly Issue[],
  codeOfRow: Map<number, string>,
  schools: Schools,
  sheetIssues: Issue[]
): void {
  for (const issue of issues) {
    const code = issue.row === null ? undefined : codeOfRow.get(issue.row);
    const owner = code === undefined ? undefined : schools.get(code);
    (owner ? owner.data.issues : sheetIssues).push(issue);
  }
}

export function readMunicipality(source: GridSource, file: string): SchoolData[] {
  const sheetIssues: Issue[] = [];
  const schools = readSchoolsSheet(source, file, sheetIssues);
  const schoolsSheet = findSheetName(source.names, SCHOOLS.name) ?? SCHOOLS.name;

  const teachers = sheetOf(source, CONSOLIDATED_TEACHERS.name);
  if (teachers === undefined) sheetIssues.push(missingSheet(CONSOLIDATED_TEACHERS.name, file));
  else {
    const ctx = { sheet: teachers.name, file, schoolCode: null, period: null };
    const table = readWorkers(teachers.grid, ctx, (code) => schools.get(code)?.period ?? null);
    const codeOfRow = new Map<number, string>();
    for (const worker of table.workers) {
      codeOfRow.set(worker.row, worker.schoolCode);
      const place = { file, sheet: teachers.name, row: worker.row, schoolsSheet };
      schoolFor(schools, worker.schoolCode, place).data.workers.push(worker);
    }
    distribute(table.issues, codeOfRow, schools, sheetIssues);
  }

  const communities = sheetOf(source, CONSOLIDATED_COMMUNITIES.name);
  if (communities !== undefined) {
    const table = readConsolidatedCommunities(communities.grid, communities.name, file);
    const codeOfRow = new Map<number, string>();
    for (const community of table.communities) {
      codeOfRow.set(community.row, community.schoolCode);
      const place = { file, sheet: communities.name, row: community.row, schoolsSheet };
      schoolFor(schools, community.schoolCode, place).data.communities.push(community);
    }
    distribute(table.issues, codeOfRow, schools, sheetIssues);
  }
  return finish(schools, sheetIssues, file);
}

/** Sheet-level issues go to the first school (or to a placeholder school when there is none). */
function finish(schools: Schools, sheetIssues: Issue[], file: string): SchoolData[] {
  const result = [...schools.values()].map((entry) => entry.data);
  if (sheetIssues.length === 0) return result;
  if (result.length === 0) {
    const read = absentPassport();
    result.push(newSchool(file, read.passport, read.bad, null).data);
  }
  const first = result[0];
  first.issues = [...sheetIssues, ...first.issues];
  return result;
}
