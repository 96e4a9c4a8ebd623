/**
 * A damaged part in the existing `--out` workbook (CRC error, zip bomb, deep
 * nesting, entities in `Настройки`, `Меры` or `Сводные данные`): a Russian
 * message naming the file and the part, exit 2, before any school file is read,
 * and the workbook untouched — not «Внутренняя ошибка … Сообщите разработчикам».
 * And a later output (--feedback) failing after the workbook was written: the
 * summary still says what was written, then exit 2.
 */
import JSZip from "jszip";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { generateMunicipality } from "../../../src/core/demo";
import { hostileWorkbook, sheetPath, type HostileKind } from "../../support/hostile-files";
import { buildCli, runCli, tempDir, writeSchoolFile } from "./cli-helpers";

let dir: string;
let report: Buffer;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  const [school] = generateMunicipality({ schools: 1, seed: 7 });
  await writeSchoolFile(join(dir, "good.xlsx"), school);
  expect(runCli(["report", "good.xlsx", "--out", "base.xlsx"], dir).status).toBe(1);
  report = readFileSync(join(dir, "base.xlsx"));
}, 120_000);

/** The sheet's part stored (not deflated), then one digit changed: valid XML, wrong CRC-32. */
async function crcDamaged(bytes: Buffer, sheet: string): Promise<{ bytes: Buffer; part: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPath(zip, sheet);
  const stored = Buffer.from(await zip.generateAsync({ type: "uint8array", compression: "STORE" }));
  let at = stored.indexOf(part);
  while (at >= 0 && stored.readUInt32LE(at - 30) !== 0x04034b50) at = stored.indexOf(part, at + 1);
  const digit = stored.indexOf("<v>", at) + 3;
  const d = stored[digit] - 48;
  if (d < 0 || d > 9) throw new Error("no digit to change");
  stored[digit] = 48 + ((d + 1) % 10);
  return { bytes: stored, part };
}

function expectRefused(file: string, ...parts: string[]): void {
  const before = readFileSync(join(dir, file));
  const run = runCli(["report", "good.xlsx", "--out", file], dir);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(`--out: Файл ${file} повреждён`);
  for (const p of parts) expect(run.stderr).toContain(p);
  expect(run.stderr).toContain("Файл не изменён.");
  expect(run.stderr).not.toMatch(/Внутренняя ошибка|Сообщите разработчикам|^\s+at /m);
  // Failed before any school file was read.
  expect(run.stderr).not.toContain("Прочитано");
  expect(readFileSync(join(dir, file)).equals(before)).toBe(true);
}

describe.each(["Настройки", "Меры", "Сводные данные"])(
  "a damaged «%s» in the --out workbook",
  (sheet) => {
    it("a CRC-32 error: the file and the part are named, exit 2, the file untouched", async () => {
      const file = `crc-${sheet}.xlsx`;
      const damaged = await crcDamaged(report, sheet);
      writeFileSync(join(dir, file), damaged.bytes);
      expectRefused(
        file,
        `часть ${damaged.part} повреждена (не совпадает контрольная сумма CRC-32)`
      );
    }, 60_000);

    it.each<HostileKind>(["zip-bomb", "deep-nesting", "xml-entities"])(
      "%s: named, exit 2, untouched",
      async (kind) => {
        const file = `${kind}-${sheet}.xlsx`;
        writeFileSync(join(dir, file), await hostileWorkbook(report, sheet, kind));
        expectRefused(file, `(лист «${sheet}»)`);
      },
      60_000
    );
  }
);

describe("a later output failing after the workbook was written", () => {
  it("the summary still says the workbook (and the JSON) were written and what failed; exit 2", () => {
    // A folder where the feedback workbook would go: --feedback fails only after the report is written.
    mkdirSync(join(dir, "fb", "Обратная связь ОО-01.xlsx"), { recursive: true });
    const run = runCli(
      ["report", "good.xlsx", "--out", "later.xlsx", "--json", "later.json", "--feedback", "fb"],
      dir
    );
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("В своде: 1 ОО");
    expect(run.stdout).toContain("Файл: later.xlsx");
    expect(run.stdout).toContain("JSON: later.json");
    expect(run.stdout).toContain("Обратная связь: не записана (fb)");
    expect(run.stderr).toContain(
      "Отчёт записан в later.xlsx, но не записано:\n  --feedback: Файл fb/Обратная связь ОО-01.xlsx не записан: по этому пути находится папка."
    );
    expect(existsSync(join(dir, "later.xlsx"))).toBe(true);
    expect(existsSync(join(dir, "later.json"))).toBe(true);
  }, 60_000);
});

describe("small things of the summary and messages", () => {
  it("«Изменения свода» is one line when a report is written into an earlier one", () => {
    writeFileSync(join(dir, "again.xlsx"), report);
    const run = runCli(["report", "good.xlsx", "--out", "again.xlsx"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout.match(/Изменения свода:/g)).toHaveLength(1);
    expect(run.stdout).toContain("Изменения свода: Изменений нет. Всего было");
  }, 60_000);

  it("an unreadable --previous says so with --previous:, without «остальные обработаны»", async () => {
    writeFileSync(
      join(dir, "prev-damaged.xlsx"),
      (await crcDamaged(report, "Сводные данные")).bytes
    );
    const run = runCli(
      ["report", "good.xlsx", "--out", "with-prev.xlsx", "--previous", "prev-damaged.xlsx"],
      dir
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "--previous: не прочитано ни одной книги Excel прошлого периода.\n  Файл «prev-damaged.xlsx» повреждён"
    );
    expect(run.stderr).not.toContain("остальные обработаны");
  }, 60_000);
});

describe("--out given as a symlink to her workbook", () => {
  it("her real workbook is written, the link stays a link", () => {
    writeFileSync(join(dir, "her.xlsx"), report);
    symlinkSync(join(dir, "her.xlsx"), join(dir, "alias.xlsx"));
    const run = runCli(["report", "good.xlsx", "--out", "alias.xlsx"], dir);
    expect(run.status).toBe(1);
    expect(lstatSync(join(dir, "alias.xlsx")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "her.xlsx")).equals(report)).toBe(false);
    expect(run.stdout).toContain("Изменения свода:");
  }, 60_000);
});
