/** Build the bundled command line once and run it as a user would: `node dist/cli/pedmonitor.cjs …`. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/exceljs-workbook";
import { filledSchoolSheets, type SchoolSheetsData } from "../../../src/app/template";

export const ROOT = resolve(__dirname, "../../..");
export const CLI = join(ROOT, "dist/cli/pedmonitor.cjs");

export function buildCli(): void {
  const built = spawnSync(process.execPath, ["scripts/build-cli.mjs"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], cwd: string): CliRun {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "pedmonitor-cli-"));
}

/** A school workbook with these data, saved as a real .xlsx. */
export async function writeSchoolFile(path: string, data: SchoolSheetsData): Promise<void> {
  const workbook = ExcelJsWorkbook.create();
  for (const sheet of filledSchoolSheets(data)) await workbook.writeSheet(sheet);
  writeFileSync(path, await workbook.toBuffer());
}
