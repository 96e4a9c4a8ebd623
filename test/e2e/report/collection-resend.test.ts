/**
 * issue 14 review 2 (M2): a school resends a corrected file beside its old one
 * («ОО-2.xlsx» with an error, «ОО-2 исправлено.xlsx» filled later). The resend is
 * consolidated; the old file is replaced, not a failure: not «Не включены в свод», no row
 * of its own «Сдан с ошибками» in `Сбор данных`, its errors not counted (exit 0), the
 * resend's row says what it replaced.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoSchool } from "../../../src/core/demo";
import { TEACHERS } from "../../../src/core/schema";
import { dateFromDay, dayOf } from "../../../src/core/time/day";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { cleanRound } from "./fixtures";
import { buildCli, runCli, tempDir, writeSchoolFile, type CliRun } from "../cli/cli-helpers";

interface Json {
  collection: { code: string; status: string; file: string | null; errors: number }[];
  issues: { file: string; severity: string; message: string }[];
}

const OUT = "muni.xlsx";
const position = TEACHERS.fields.findIndex((f) => f.key === "position");
let dir: string;
let three: DemoSchool[];
let run: CliRun;
let oldFile: string;
let newFile: string;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  three = await cleanRound(dir, 3);
  expect(runCli(["report", "schools", "--out", OUT], dir).stdout).toContain("Сдано 3 из 3");
  const s = three[1];
  oldFile = s.fileName;
  newFile = `${s.code} исправлено.xlsx`;
  const faulty = {
    ...s,
    passport: { ...s.passport, filledOn: dateFromDay(dayOf(2025, 9, 1)) },
    teachers: s.teachers.map((r) => [...r]),
  };
  faulty.teachers[0][position] = null;
  await writeSchoolFile(join(dir, "schools", oldFile), faulty);
  const fixed = { ...s, passport: { ...s.passport, filledOn: dateFromDay(dayOf(2025, 9, 25)) } };
  await writeSchoolFile(join(dir, "schools", newFile), fixed);
  run = runCli(["report", "schools", "--out", OUT, "--json", "r.json"], dir);
}, 180_000);

describe("a corrected file sent beside the old one", () => {
  it("is consolidated; the school is not reported left out, and the old file's errors do not fail the run", () => {
    expect(run.stdout).toContain("Сдано 3 из 3; с ошибками 0");
    expect(run.stdout).toContain(`прислан исправленный файл: ${three[1].code}`);
    expect(run.stdout).not.toContain("Не включены в свод");
    expect(run.stdout).not.toContain("второй файл");
    expect(run.status).toBe(0);
  });

  it("gives one row per school in the JSON, the resend accepted, and names the replaced file", () => {
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Json;
    expect(json.collection).toHaveLength(3);
    expect(json.collection.find((r) => r.code === three[1].code)).toMatchObject({
      file: newFile,
      status: "Принят",
      errors: 0,
    });
    const onOld = json.issues.filter((i) => i.file === oldFile);
    expect(onOld.map((i) => i.severity)).toEqual(["warning"]);
    expect(onOld[0].message).toContain(`заменён файлом «${newFile}»`);
  });

  it("notes the replaced file on the school's row of `Сбор данных`, with no row of its own", async () => {
    const v = (await inspectXlsx(readFileSync(join(dir, OUT)))).sheet("Сбор данных").values;
    const byRow = new Map<string, string[]>();
    for (const [addr, value] of Object.entries(v)) {
      const row = addr.replace(/^[A-Z]+/, "");
      byRow.set(row, [...(byRow.get(row) ?? []), String(value ?? "")]);
    }
    const text = [...byRow.values()].map((cells) => cells.join("|"));
    expect(text.filter((t) => t.includes(oldFile))).toEqual([
      expect.stringContaining(`заменяет прежний файл «${oldFile}»`),
    ]);
    expect(text.some((t) => t.includes("Сдан с ошибками"))).toBe(false);
  });
});
