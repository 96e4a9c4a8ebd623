/**
 * Builds valid school workbooks from the schema, so a test can plant one fault at
 * a time and expect exactly that issue. Period: 01.09.2024–31.08.2025.
 */
import type { CellValue, Grid } from "../../../../src/core/model";
import { CONSOLIDATED_TEACHERS, SCHOOLS } from "../../../../src/core/schema/municipality";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../../../../src/core/schema/school";
import type { FieldSpec, TableSheetSpec } from "../../../../src/core/schema/types";
import { gridSource, type GridSource } from "../../../../src/core/read";

export type Row = Record<string, CellValue>;

export const PERIOD_START = "01.09.2024";
export const PERIOD_END = "31.08.2025";

/** A consistent worker with every rule satisfied; keys are schema keys. */
const WORKER: Row = {
  tabNumber: "Т-001",
  fullName: "Иванова Анна Петровна",
  sex: "Ж",
  birthDate: "15.03.1985",
  workerCategory: "Педагогический работник",
  position: "учитель",
  subject: "математика",
  educationLevel: "Высшее",
  pedExperience: 12,
  qualificationCategory: "Первая",
  attestationDate: "10.10.2023",
  diagnosticsDate: "12.11.2024",
  diagnosticsLevel: "ЦНППМ",
  deficits: "Методические; Цифровые",
  iomDeveloped: "Да",
  courseDate: "20.12.2024",
  courseOrganisation: "Региональная",
  courseFromDiagnostics: "Да",
  retrainingSent: "Нет",
  retrainingCompleted: "Нет",
  contestLevel: "Муниципальный",
  contestResult: "Участник",
  skillAssessment: "Не проходил",
  burnout: "Низкий",
  note: null,
  employment: null,
  courseInRegistry: "Да",
};

function defaultFor(field: FieldSpec): CellValue {
  if (field.key in WORKER) return WORKER[field.key];
  if (field.type === "yesno") return "Да";
  if (field.type === "list") return field.values![0];
  return null;
}

export function validWorker(overrides: Row = {}, index = 0): Row {
  const row: Row = {};
  for (const field of TEACHERS.fields) row[field.key] = defaultFor(field);
  row.tabNumber = `Т-${String(index + 1).padStart(3, "0")}`;
  return { ...row, ...overrides };
}

export const PASSPORT_VALUES: Row = {
  schoolCode: "ОО-12",
  schoolName: "МБОУ СОШ № 12",
  municipality: "Городской округ Тест",
  periodStart: PERIOD_START,
  periodEnd: PERIOD_END,
  filledOn: "15.09.2025",
  responsible: "Заместитель директора Петрова",
  pedPositions: 40,
  pedVacancies: 2,
  mgrPositions: 4,
  mgrVacancies: 0,
  mentoringModel: "Да",
  mgrQualityTraining: "Нет",
  lowResults: "Нет",
};

export interface TableOptions {
  /** title rows above the header */
  titleRows?: number;
  /** header order: keys of the spec's fields */
  order?: readonly string[];
}

export function tableGrid(
  spec: TableSheetSpec,
  rows: readonly Row[],
  options: TableOptions = {}
): Grid {
  const keys = options.order ?? spec.fields.map((f) => f.key);
  const header = keys.map((key) => spec.fields.find((f) => f.key === key)!.header);
  const grid: Grid = [];
  for (let i = 0; i < (options.titleRows ?? 0); i++)
    grid.push([i === 0 ? "Сведения о педагогах" : null]);
  grid.push(header);
  for (const row of rows) grid.push(keys.map((key) => row[key] ?? null));
  return grid;
}

export function teacherGrid(rows: readonly Row[], options: TableOptions = {}): Grid {
  return tableGrid(TEACHERS, rows, options);
}

export function passportGrid(overrides: Row = {}, titleRows = 1): Grid {
  const values = { ...PASSPORT_VALUES, ...overrides };
  const grid: Grid = [];
  for (let i = 0; i < titleRows; i++) grid.push(["Паспорт образовательной организации", null]);
  grid.push([PASSPORT.labelHeader, PASSPORT.valueHeader]);
  for (const field of PASSPORT.fields)
    if (values[field.key] !== undefined) grid.push([field.header, values[field.key]]);
  return grid;
}

export const COMMUNITY: Row = {
  type: "Методическое объединение",
  title: "МО учителей математики",
  level: "Школьный",
  participants: 5,
};

export interface SchoolOptions {
  passport?: Row;
  workers?: readonly Row[];
  communities?: readonly Row[] | null;
  teacherOptions?: TableOptions;
}

export function schoolSheets(options: SchoolOptions = {}): Record<string, Grid> {
  const workers = options.workers ?? [validWorker({}, 0), validWorker({}, 1)];
  const sheets: Record<string, Grid> = {
    [PASSPORT.name]: passportGrid(options.passport),
    [TEACHERS.name]: teacherGrid(workers, { titleRows: 2, ...options.teacherOptions }),
    Инструкция: [["Как заполнять книгу"]],
  };
  if (options.communities !== null)
    sheets[COMMUNITIES.name] = tableGrid(COMMUNITIES, options.communities ?? [COMMUNITY]);
  return sheets;
}

export function schoolSource(options: SchoolOptions = {}): GridSource {
  return gridSource(schoolSheets(options));
}

/** A consolidated workbook of the given schools (code → workers). */
export function municipalitySource(
  schools: ReadonlyArray<{ passport?: Row; workers: readonly Row[] }>
): GridSource {
  const passports = schools.map((s) => ({ ...PASSPORT_VALUES, ...s.passport }));
  const rows = schools.flatMap((s, i) =>
    s.workers.map((w, j) => ({
      ...w,
      schoolCode: passports[i].schoolCode,
      sourceFile: `школа${i + 1}.xlsx`,
      sourceRow: j + 4,
    }))
  );
  return gridSource({
    [SCHOOLS.name]: tableGrid(SCHOOLS, passports),
    [CONSOLIDATED_TEACHERS.name]: tableGrid(CONSOLIDATED_TEACHERS, rows),
  });
}
