/**
 * No stack trace ever reaches a person: each hostile or broken file is fed to
 * `validate`, to `report` as a source, as `--settings` and as `--previous`,
 * through the built command line. A file that cannot be read as a workbook is
 * named in a Russian message, with exit code 2 where nothing else is usable
 * (README «Коды выхода»). Also: output cut short by the reader (`| head -1`)
 * ends quietly.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateMunicipality } from "../../../src/core/demo";
import {
  BROKEN_KINDS,
  HOSTILE_KINDS,
  brokenWorkbook,
  hostileWorkbook,
  type BrokenKind,
  type HostileKind,
} from "../../support/hostile-files";
import { CLI, buildCli, runCli, tempDir, writeSchoolFile, type CliRun } from "./cli-helpers";

let dir: string;
const TRACE = /^\s+at |node:internal|Непредвиденная ошибка|Внутренняя ошибка/m;

function expectNoTrace(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toMatch(TRACE);
}

/**
 * A file the reader rejects: exit 2 and a message naming it. A far cell may
 * instead be read with a warning (the reader ignores cells far outside the
 * table): then the run goes on, and still without a trace.
 */
function expectNamedOrRead(run: CliRun, kind: HostileKind | BrokenKind, file: string): void {
  expectNoTrace(run);
  if (kind === "far-cell" && run.status !== 2) {
    expect([0, 1]).toContain(run.status);
    return;
  }
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(/повреждён|не является книгой Excel|старом формате/);
}

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  mkdirSync(join(dir, "bad"));
  const [school] = generateMunicipality({ schools: 1, seed: 7 });
  await writeSchoolFile(join(dir, "good.xlsx"), school);
  expect(runCli(["template", "municipality", "--out", "muni.xlsx"], dir).status).toBe(0);
  const schoolBytes = readFileSync(join(dir, "good.xlsx"));
  const muniBytes = readFileSync(join(dir, "muni.xlsx"));
  for (const kind of HOSTILE_KINDS) {
    writeFileSync(
      join(dir, "bad", `${kind}.xlsx`),
      await hostileWorkbook(schoolBytes, "Педагоги", kind)
    );
    writeFileSync(
      join(dir, "bad", `settings-${kind}.xlsx`),
      await hostileWorkbook(muniBytes, "Настройки", kind)
    );
  }
  for (const kind of BROKEN_KINDS)
    writeFileSync(join(dir, "bad", `${kind}.xlsx`), brokenWorkbook(schoolBytes, kind));
}, 180_000);

const ALL_KINDS: (HostileKind | BrokenKind)[] = [...HOSTILE_KINDS, ...BROKEN_KINDS];

describe.each(ALL_KINDS)("%s", (kind) => {
  const file = `bad/${kind}.xlsx`;

  it("validate: a Russian message naming the file, exit 2, no trace", () => {
    expectNamedOrRead(runCli(["validate", file], dir), kind, file);
  });

  it("report --settings: the same", () => {
    const settings = (HOSTILE_KINDS as readonly string[]).includes(kind)
      ? `bad/settings-${kind}.xlsx`
      : file;
    const run = runCli(
      ["report", "good.xlsx", "--out", `out-settings-${kind}.xlsx`, "--settings", settings],
      dir
    );
    expectNamedOrRead(run, kind, settings);
  });

  it("report --previous: named, and with no readable previous period, exit 2", () => {
    const run = runCli(
      ["report", "good.xlsx", "--out", `out-previous-${kind}.xlsx`, "--previous", file],
      dir
    );
    expectNoTrace(run);
    if (kind === "far-cell" && run.status !== 2) return;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`${kind}.xlsx`);
  });

  it("report source: named in the JSON and skipped, the good school still reported", () => {
    const json = `out-source-${kind}.json`;
    const run = runCli(
      ["report", file, "good.xlsx", "--out", `out-source-${kind}.xlsx`, "--json", json],
      dir
    );
    expectNoTrace(run);
    expect(run.status).toBe(1);
    const issues = (
      JSON.parse(readFileSync(join(dir, json), "utf8")) as {
        issues: { file: string; code: string }[];
      }
    ).issues;
    const named = issues.filter((i) => i.file.endsWith(`${kind}.xlsx`));
    if (kind !== "far-cell") expect(named.map((i) => i.code)).toContain("file/unreadable");
    expect(run.stdout).toContain("В своде: 1 ОО");
  });
});

describe("output cut short by its reader", () => {
  const pipeline = (command: string) =>
    spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${CLI}" ${command}`], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
    });

  it("`validate … | true` (the reader never reads): no EPIPE trace, the exit code of the check kept", () => {
    const run = pipeline("validate good.xlsx | true");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
  });

  it("`validate … | head -1`: the first line, nothing else, no trace", () => {
    const run = pipeline("validate good.xlsx | head -1");
    expect(run.stdout).toBe("Файл: good.xlsx\n");
    expect(run.stderr).toBe("");
  });

  it("`report … 2>&1 | true`: progress and summary lost quietly, the workbook still written", () => {
    const run = pipeline("report good.xlsx --out piped.xlsx 2>&1 | true");
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, "piped.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("a failure of the program itself (the entry point's guard)", () => {
  /** Preloaded before the command line: a bug that throws (or rejects) while a command runs. */
  const withBug = (bug: string, env: NodeJS.ProcessEnv = {}) => {
    const preload = join(dir, "bug.cjs");
    writeFileSync(preload, `setTimeout(() => { ${bug} }, 0);\n`);
    return spawnSync(process.execPath, ["--require", preload, CLI, "validate", "good.xlsx"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
  };

  it.each([
    ["an uncaught exception", 'throw new TypeError("boom")', "TypeError: boom"],
    ["an unhandled rejection", 'Promise.reject(new RangeError("boom"))', "RangeError: boom"],
  ])("%s: one Russian line, no trace, exit 2", (_what, bug, name) => {
    const run = withBug(bug);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`Внутренняя ошибка ПедМонитора: ${name}. Сообщите разработчикам`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("with PEDMONITOR_DEBUG=1 the stack follows", () => {
    const run = withBug('throw new TypeError("boom")', { PEDMONITOR_DEBUG: "1" });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^\s+at /m);
  });
});
