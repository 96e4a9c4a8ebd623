/**
 * `pedmonitor validate` exits 0 when the data hold warnings only (cli.md: 1 means
 * errors), 1 as soon as one error is present.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/exceljs-workbook";
import { filledSchoolSheets } from "../../../src/app/template";
import { validateCommand } from "../../../src/cli/commands/validate";
import { EXIT_DATA_ERRORS, EXIT_OK, type Io } from "../../../src/cli/io";
import { generateMunicipality } from "../../../src/core/demo";
import { TEACHERS } from "../../../src/core/schema/school";

const dir = mkdtempSync(join(tmpdir(), "pedmonitor-validate-exit-"));
const [school] = generateMunicipality({ schools: 1, seed: 11 });
const faultRows = new Set(school.faults.map((f) => f.dataRow));
const clean = school.teachers.filter((_, i) => !faultRows.has(i));
const BIRTH = TEACHERS.fields.findIndex((f) => f.key === "birthDate");

async function write(name: string, teachers: typeof clean): Promise<string> {
  const workbook = ExcelJsWorkbook.create();
  for (const sheet of filledSchoolSheets({ ...school, teachers })) await workbook.writeSheet(sheet);
  const path = join(dir, name);
  writeFileSync(path, await workbook.toBuffer());
  return path;
}

async function validate(path: string): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: Io = { out: (t) => lines.push(t), err: (t) => lines.push(t) };
  const code = await validateCommand.run({ positionals: [path], options: new Map() }, io);
  return { code, out: lines.join("\n") };
}

describe("validate's exit code", () => {
  it("is 0 for a file with warnings only", async () => {
    // One worker aged 85 at the period's end: a warning (above 80), not an error.
    const old = clean.map((row, i) =>
      i === 0 ? row.map((v, c) => (c === BIRTH ? new Date(Date.UTC(1940, 0, 15)) : v)) : row
    );
    const { code, out } = await validate(await write("warnings.xlsx", old));
    expect(out).toMatch(/Найдено: 0 ошибок, 1 предупреждени/);
    expect(out).toContain("Ошибок нет.");
    expect(code).toBe(EXIT_OK);
  });

  it("is 1 when there is an error", async () => {
    const { code } = await validate(await write("faulty.xlsx", school.teachers));
    expect(code).toBe(EXIT_DATA_ERRORS);
  });
});
