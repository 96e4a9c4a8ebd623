/**
 * issue 14 review 2 (M3): a code typed with autocorrect's en dash («ОО–02») or an inner
 * space («ОО 05») is the expected school — consolidated under the expected code with the
 * look-alike warning — not «не код ОО» and «Не сдан». A file whose code cannot be used
 * («ОО/7») is a row of its own named by its passport's Наименование.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoSchool } from "../../../src/core/demo";
import { cleanRound } from "./fixtures";
import { buildCli, runCli, tempDir, writeSchoolFile, type CliRun } from "../cli/cli-helpers";

interface Json {
  schools: { code: string }[];
  collection: { code: string; name: string | null; status: string; file: string | null }[];
  issues: { file: string; severity: string; message: string }[];
}

let dir: string;
let four: DemoSchool[];
let run: CliRun;
const typed = (code: string, sep: string): string => code.replace("-", sep);

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  four = await cleanRound(dir, 4, 3);
  expect(runCli(["report", "schools", "--out", "muni.xlsx"], dir).stdout).toContain("Сдано 3 из 3");
  const retype = async (s: DemoSchool, code: string): Promise<void> =>
    writeSchoolFile(join(dir, "schools", s.fileName), {
      ...s,
      passport: { ...s.passport, schoolCode: code },
    });
  await retype(four[0], typed(four[0].code, "–"));
  await retype(four[1], typed(four[1].code, " "));
  await retype(four[3], "ОО/7");
  run = runCli(["report", "schools", "--out", "muni.xlsx", "--json", "r.json"], dir);
}, 180_000);

describe("a code typed with an en dash or an inner space", () => {
  it("is the expected school: received, consolidated under the expected code", () => {
    expect(run.stdout).toContain("Сдано 3 из 3; с ошибками 0");
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Json;
    const codes = json.schools.map((s) => s.code);
    for (const s of four.slice(0, 3)) {
      expect(codes).toContain(s.code);
      expect(json.collection.find((r) => r.code === s.code)).toMatchObject({
        status: "Принят",
        file: s.fileName,
      });
    }
    for (const [s, sep] of [
      [four[0], "–"],
      [four[1], " "],
    ] as const)
      expect(
        json.issues.some(
          (i) =>
            i.file === s.fileName &&
            i.severity === "warning" &&
            i.message.includes(`набран как «${typed(s.code, sep)}»`)
        )
      ).toBe(true);
    expect(
      json.issues.some((i) => i.message.includes("не код ОО") && i.file !== four[3].fileName)
    ).toBe(false);
  });

  it("names a file with an unusable code by its passport's Наименование", () => {
    const json = JSON.parse(readFileSync(join(dir, "r.json"), "utf8")) as Json;
    expect(json.collection.find((r) => r.file === four[3].fileName)).toMatchObject({
      name: four[3].passport.schoolName,
      status: "Сдан с ошибками",
    });
  });
});
