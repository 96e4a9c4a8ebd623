/**
 * School files for the report's end-to-end tests: demo schools written by the
 * template builders through the ExcelJS adapter, with the planted faults of
 * the generator, a school reporting another period, a repeated `Код ОО`, a
 * text file named .xlsx, a broken zip, and texts that look like formulas.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateMunicipality, type DemoSchool } from "../../../src/core/demo";
import type { CellValue } from "../../../src/core/model";
import { COMMUNITIES, PASSPORT, TEACHERS } from "../../../src/core/schema";
import { writeSchoolFile } from "../cli/cli-helpers";

export const FORMULA_TEXTS = [
  "=1+2",
  "@SUM(A1)",
  "+7 999",
  "-x",
  '=HYPERLINK("http://example.invalid","x")',
];

const col = (key: string): number => TEACHERS.fields.findIndex((f) => f.key === key);
const communityCol = (key: string): number => COMMUNITIES.fields.findIndex((f) => f.key === key);

export interface Fixture {
  dir: string;
  /** Every generated school, by file order. */
  all: DemoSchool[];
  /** The schools the consolidation must keep. */
  included: DemoSchool[];
  otherPeriod: DemoSchool;
  duplicate: DemoSchool;
  /** How the report names a school's file: its path inside the `schools` folder. */
  nameOf(s: DemoSchool): string;
}

function yearEarlier(value: CellValue): CellValue {
  if (!(value instanceof Date)) return value;
  return new Date(Date.UTC(value.getUTCFullYear() - 1, value.getUTCMonth(), value.getUTCDate()));
}

function dayBefore(value: CellValue): CellValue {
  if (!(value instanceof Date)) return value;
  return new Date(value.getTime() - 86_400_000);
}

/** Planted into school 2: school text that must stay text in every output. */
function plantFormulaTexts(s: DemoSchool): DemoSchool {
  const teachers = s.teachers.map((r) => [...r]);
  teachers[3][col("position")] = FORMULA_TEXTS[0];
  teachers[3][col("subject")] = FORMULA_TEXTS[1];
  teachers[3][col("note")] = FORMULA_TEXTS[2];
  teachers[4][col("note")] = FORMULA_TEXTS[3];
  teachers[5][col("tabNumber")] = "=2+2";
  const communities = s.communities.map((r) => [...r]);
  if (communities[0]) communities[0][communityCol("title")] = FORMULA_TEXTS[0];
  const passport = { ...s.passport, schoolName: FORMULA_TEXTS[4], responsible: FORMULA_TEXTS[3] };
  return { ...s, passport, teachers, communities };
}

/** The same schools one year earlier (dates after that period's end cleared). */
export function previousYear(s: DemoSchool): DemoSchool {
  const end = yearEarlier(s.passport[PASSPORT.fields[4].key]) as Date;
  const teachers = s.teachers.map((r) =>
    r.map((v, i) => {
      const f = TEACHERS.fields[i];
      if (f.type === "date" && v instanceof Date && v > end && f.key !== "birthDate") return null;
      return v;
    })
  );
  const passport = {
    ...s.passport,
    [PASSPORT.fields[3].key]: yearEarlier(s.passport[PASSPORT.fields[3].key]),
    [PASSPORT.fields[4].key]: end,
  };
  return { ...s, passport, teachers };
}

export async function makeFixture(dir: string, seed = 21): Promise<Fixture> {
  mkdirSync(join(dir, "schools/more"), { recursive: true });
  const generated = generateMunicipality({ schools: 6, seed });
  const included = [generated[0], plantFormulaTexts(generated[1]), generated[2], generated[3]];
  const otherPeriod = previousYear(generated[4]);
  const duplicate = {
    ...generated[5],
    // Filled a day before the school's own file: of two files of one code, the later
    // «Дата заполнения» is taken whatever the order (decisions/report.md), so this one is left out.
    passport: {
      ...generated[5].passport,
      schoolCode: generated[0].code,
      filledOn: dayBefore(generated[0].passport.filledOn),
    },
  };
  const all = [...included, otherPeriod, duplicate];
  const names = new Map<DemoSchool, string>();
  for (const [i, s] of all.entries()) {
    // Some files in a subfolder: folders are searched recursively.
    names.set(s, i % 2 ? `more/${s.fileName}` : s.fileName);
    await writeSchoolFile(join(dir, "schools", names.get(s)!), s);
  }
  writeFileSync(join(dir, "schools/notes.xlsx"), "это не книга Excel");
  writeFileSync(
    join(dir, "schools/more/broken.xlsx"),
    Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 9)])
  );
  return { dir, all, included, otherPeriod, duplicate, nameOf: (s) => names.get(s) ?? s.fileName };
}

/**
 * The first `n` demo schools without the generator's planted faults, written into `dir/schools`:
 * the collection-round tests plant their one case into an otherwise clean round.
 */
export async function cleanRound(dir: string, n: number, written = n): Promise<DemoSchool[]> {
  const schools = generateMunicipality({ schools: 12, seed: 5 })
    .filter((s) => s.faults.length === 0)
    .slice(0, n);
  expect(schools).toHaveLength(n);
  mkdirSync(join(dir, "schools"), { recursive: true });
  for (const s of schools.slice(0, written))
    await writeSchoolFile(join(dir, "schools", s.fileName), s);
  return schools;
}
