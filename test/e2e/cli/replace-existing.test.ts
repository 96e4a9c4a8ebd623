/**
 * `template` and `demo` never replace a person's workbook with a blank one:
 * an existing --out is replaced only when ПедМонитор wrote it and nobody saved
 * it since (so `npm run demo` runs twice), or with --force.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildCli, ROOT, runCli, tempDir } from "./cli-helpers";

const PATCH = join(ROOT, "test/fixtures/patch");
let dir: string;

beforeAll(() => {
  buildCli();
  dir = tempDir();
}, 120_000);

const REFUSAL =
  "Файл не изменён. Укажите новое имя файла или добавьте --force, чтобы заменить его.";

describe.each([
  ["template", ["template", "municipality"]],
  ["demo", ["demo", "--schools", "2"]],
])("%s --out over an existing workbook", (name, command) => {
  it.each([
    ["LibreOffice Calc", "libreoffice.xlsx"],
    ["openpyxl", "openpyxl.xlsx"],
    ["Excel", "excel-comments.xlsx"],
  ])(
    "a workbook last saved by %s is refused (exit 2), untouched; --force replaces it",
    (_by, fixture) => {
      const file = `${name}-${fixture}`;
      copyFileSync(join(PATCH, fixture), join(dir, file));
      const before = readFileSync(join(dir, file));
      const run = runCli([...command, "--out", file], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(
        `--out: файл ${file} уже есть, и его сохраняли после ПедМонитора`
      );
      expect(run.stderr).toContain(REFUSAL);
      expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
      const forced = runCli([...command, "--out", file, "--force"], dir);
      expect(forced.status).toBe(0);
      expect(readFileSync(join(dir, file)).equals(before)).toBe(false);
    },
    120_000
  );

  it.each([
    ["openpyxl 3.0.9", "own-edited-openpyxl-3.0.9.xlsx"],
    ["LibreOffice headless", "own-saved-libreoffice.xlsx"],
  ])(
    "its own output saved by %s, which keeps the creator and the dates, is refused (the parts' fingerprint)",
    (_by, fixture) => {
      const file = `${name}-own-${fixture}`;
      copyFileSync(join(PATCH, fixture), join(dir, file));
      const before = readFileSync(join(dir, file));
      const run = runCli([...command, "--out", file], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(REFUSAL);
      expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
    },
    120_000
  );

  it("its own output, untouched since, is replaced when run again (npm run demo twice)", () => {
    const file = `${name}-again.xlsx`;
    expect(runCli([...command, "--out", file], dir).status).toBe(0);
    const again = runCli([...command, "--out", file], dir);
    expect(again.stderr).not.toContain(REFUSAL);
    expect(again.status).toBe(0);
  }, 120_000);
});
