/**
 * The municipality workbook survives whatever happens while it is rewritten:
 * the built command line is killed mid-write (SIGKILL, SIGTERM), runs under a
 * file-size limit, or meets a second run writing the same file. Each time
 * the previous workbook stays byte for byte, with the person's own sheet in it.
 */
import ExcelJS from "exceljs";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isTempOf } from "../../../src/cli/atomic-write";
import { lockPathOf } from "../../../src/cli/output-lock";
import { generateMunicipality } from "../../../src/core/demo";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { CLI, buildCli, runCli, tempDir, writeSchoolFile } from "./cli-helpers";

const OUT = "report.xlsx";
const PERSON_SHEET = "Мои заметки";
let dir: string;
let previous: Buffer;

const outPath = () => join(dir, OUT);
const temps = () => readdirSync(dir).filter((n) => isTempOf(n, OUT));
const lockExists = () => existsSync(lockPathOf(outPath()));

/** Runs `report` in the background, paused (test failpoint) after its temporary file is written. */
function pausedReport(): ChildProcess {
  return spawn(process.execPath, [CLI, "report", "schools", "--out", OUT], {
    cwd: dir,
    env: { ...process.env, PEDMONITOR_TEST_PAUSE_BEFORE_RENAME_MS: "30000" },
    stdio: "ignore",
  });
}

async function until(check: () => boolean, what: string, ms = 90_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once("exit", (code, signal) => resolve({ code, signal }));
  });

/** The previous workbook is the same bytes, opens, and still holds the person's sheet and value. */
async function expectPreviousIntact(): Promise<void> {
  expect(readFileSync(outPath()).equals(previous)).toBe(true);
  const book = await inspectXlsx(readFileSync(outPath()));
  expect(book.sheet(PERSON_SHEET).values.B2).toBe("Проверить ОО-2 до 1 марта");
  expect(book.sheets.map((s) => s.name)).toEqual(
    expect.arrayContaining(["ОО", "Сводные данные", "Настройки", "Меры"])
  );
}

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  mkdirSync(join(dir, "schools"));
  const schools = generateMunicipality({ schools: 3, seed: 21 });
  for (const [i, s] of schools.entries())
    await writeSchoolFile(join(dir, "schools", `school${i + 1}.xlsx`), s);
  expect(runCli(["report", "schools", "--out", OUT], dir).status).toBe(1);
  // Her own sheet in the workbook, as she would add it in Excel.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(outPath());
  wb.addWorksheet(PERSON_SHEET).getCell("B2").value = "Проверить ОО-2 до 1 марта";
  await wb.xlsx.writeFile(outPath());
  previous = readFileSync(outPath());
}, 180_000);

describe("a kill while the workbook is written", () => {
  it("SIGKILL after the new file is written but before it replaces the old: the old workbook is intact, and the next run recovers", async () => {
    const child = pausedReport();
    await until(() => temps().length > 0, "the temporary file");
    child.kill("SIGKILL");
    expect((await exited(child)).signal).toBe("SIGKILL");
    await expectPreviousIntact();
    // What SIGKILL leaves: the temporary file beside the target and a lock whose process is gone.
    expect(temps()).toHaveLength(1);
    expect(lockExists()).toBe(true);

    const next = runCli(["report", "schools", "--out", OUT], dir);
    expect(next.stderr).not.toContain("другой запуск");
    expect(next.status).toBe(1);
    expect(readFileSync(outPath()).equals(previous)).toBe(false);
    expect((await inspectXlsx(readFileSync(outPath()))).sheet(PERSON_SHEET).values.B2).toBe(
      "Проверить ОО-2 до 1 марта"
    );
    expect(temps()).toEqual([]);
    expect(lockExists()).toBe(false);
    previous = readFileSync(outPath());
  }, 180_000);

  it("SIGTERM: the old workbook is intact and nothing is left beside it", async () => {
    const child = pausedReport();
    await until(() => temps().length > 0, "the temporary file");
    child.kill("SIGTERM");
    expect((await exited(child)).signal).toBe("SIGTERM");
    await expectPreviousIntact();
    expect(temps()).toEqual([]);
    expect(lockExists()).toBe(false);
  }, 180_000);
});

describe("two runs writing one workbook", () => {
  it("the second is refused at once with a clear message (exit 2); the first finishes untouched", async () => {
    const first = pausedReport();
    await until(() => temps().length > 0, "the first run's temporary file");
    const second = runCli(["report", "schools", "--out", OUT], dir);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(
      `Файл ${OUT} сейчас записывает другой запуск ПедМонитора (процесс ${first.pid}`
    );
    expect(second.stderr).toContain("Файл не изменён");
    expect(temps()).toHaveLength(1);
    first.kill("SIGTERM");
    await exited(first);
    await expectPreviousIntact();
  }, 180_000);
});

describe("a file-size limit (ulimit -f) while the workbook is written", () => {
  it("the write fails with EFBIG: exit 2, «не изменён» in Russian, the old workbook intact, no temporary file left", async () => {
    const limited = spawnSync(
      "bash",
      ["-c", `ulimit -f 20; exec "${process.execPath}" "${CLI}" report schools --out ${OUT}`],
      {
        cwd: dir,
        encoding: "utf8",
        timeout: 120_000,
      }
    );
    // Node ignores SIGXFSZ, so the limit arrives as EFBIG; were it a signal, the old file must still be whole.
    await expectPreviousIntact();
    expect(limited.signal).toBeNull();
    expect(limited.status).toBe(2);
    expect(limited.stderr).toContain(
      `Файл ${OUT} не изменён: превышен допустимый размер файла (EFBIG).`
    );
    expect(limited.stderr).not.toMatch(/^\s+at /m);
    expect(temps()).toEqual([]);
    expect(lockExists()).toBe(false);
  }, 180_000);

  it("the same for --json: the previous JSON stays when the new one cannot be written", () => {
    // The consolidated workbook's issues (three schools) make a JSON above the 2 KB limit; one school's stays below.
    expect(runCli(["validate", OUT, "--json", "all.json"], dir).status).toBe(1);
    expect(readFileSync(join(dir, "all.json")).length).toBeGreaterThan(2048);
    expect(runCli(["validate", "schools/school1.xlsx", "--json", "issues.json"], dir).status).toBe(
      1
    );
    const before = readFileSync(join(dir, "issues.json"));
    const limited = spawnSync(
      "bash",
      ["-c", `ulimit -f 2; exec "${process.execPath}" "${CLI}" validate ${OUT} --json issues.json`],
      {
        cwd: dir,
        encoding: "utf8",
      }
    );
    expect(limited.status).toBe(2);
    expect(limited.stderr).toContain(
      "Файл issues.json не изменён: превышен допустимый размер файла (EFBIG)."
    );
    expect(readFileSync(join(dir, "issues.json")).equals(before)).toBe(true);
  });
});
