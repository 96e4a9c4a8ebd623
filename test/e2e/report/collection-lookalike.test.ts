/**
 * issue 14 review (1): a school that typed its code with Latin look-alike letters
 * («OO-01» for «ОО-01») is the expected school everywhere — `Сбор данных`, the
 * consolidation (sheets `ОО` and `Сводные данные`), the JSON, the summary and
 * «Изменения свода» — written under its expected code, with a warning that names
 * the file and the code as typed.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DemoSchool } from "../../../src/core/demo";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { cleanRound } from "./fixtures";
import { buildCli, runCli, tempDir, writeSchoolFile, type CliRun } from "../cli/cli-helpers";

interface Json {
  schools: { code: string; rows: number }[];
  collection: { code: string; status: string; received: boolean; file: string | null }[];
  issues: { file: string; severity: string; message: string }[];
}

const OUT = "muni.xlsx";
let dir: string;
let three: DemoSchool[];
let second: CliRun;
let latin: string;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  three = await cleanRound(dir, 3);
  const first = runCli(["report", "schools", "--out", OUT], dir);
  expect(first.stdout).toContain("Сдано 3 из 3; с ошибками 0");
  // The resend: the same school, its code typed with Latin O's.
  latin = three[0].code.replace(/О/g, "O");
  expect(latin).not.toBe(three[0].code);
  const typed = { ...three[0], passport: { ...three[0].passport, schoolCode: latin } };
  await writeSchoolFile(join(dir, "schools", three[0].fileName), typed);
  second = runCli(["report", "schools", "--out", OUT, "--json", "second.json"], dir);
}, 180_000);

describe("a school code typed with Latin look-alike letters", () => {
  it("is the expected school in the summary, with nothing added or excluded", () => {
    expect(second.stdout).toContain("Сдано 3 из 3; с ошибками 0");
    expect(second.stdout).not.toContain("не из списка");
    expect(second.stdout).not.toContain("Добавлены ОО");
    expect(second.stdout).not.toContain("Исключены ОО");
  });

  it("is consolidated under the expected code in the JSON, with a warning naming file and typed code", () => {
    const json = JSON.parse(readFileSync(join(dir, "second.json"), "utf8")) as Json;
    const codes = json.schools.map((s) => s.code);
    expect(codes).toContain(three[0].code);
    expect(codes).not.toContain(latin);
    expect(json.schools).toHaveLength(3);
    expect(json.collection.find((r) => r.code === three[0].code)).toMatchObject({
      received: true,
      status: "Принят",
    });
    expect(json.collection).toHaveLength(3);
    const warning = json.issues.find((i) => i.message.includes(`«${latin}»`));
    expect(warning).toMatchObject({ severity: "warning" });
    expect(warning!.file).toContain(three[0].fileName);
    expect(warning!.message).toContain(three[0].code);
  });

  it("writes the expected code on `ОО` and `Сводные данные`, never the typed one", async () => {
    const book = await inspectXlsx(readFileSync(join(dir, OUT)));
    for (const name of ["ОО", "Сводные данные", "Сбор данных"]) {
      const cells = Object.values(book.sheet(name).values).map(String);
      expect(cells).not.toContain(latin);
      expect(cells).toContain(three[0].code);
    }
    const tracker = book.sheet("Сбор данных").values;
    const notes = Object.values(tracker).map(String).join(" ");
    expect(notes).toContain(`«${latin}»`);
  });
});

describe("two files of one school", () => {
  it("are named, and the same one is taken whatever order they are given in", async () => {
    mkdirSync(join(dir, "twice"));
    const resent = {
      ...three[1],
      teachers: three[1].teachers.slice(1),
      passport: { ...three[1].passport, filledOn: new Date(Date.UTC(2025, 8, 20)) },
    };
    await writeSchoolFile(join(dir, "twice", "a-first.xlsx"), three[1]);
    await writeSchoolFile(join(dir, "twice", "b-resent.xlsx"), resent);
    const taken = ["a-first.xlsx", "b-resent.xlsx"].map((first, i) => {
      const files =
        first === "a-first.xlsx"
          ? ["a-first.xlsx", "b-resent.xlsx"]
          : ["b-resent.xlsx", "a-first.xlsx"];
      const run = runCli(
        ["report", ...files.map((f) => `twice/${f}`), "--json", `twice${i}.json`],
        dir
      );
      // The later-filled file is a resend: it replaces the first (review 2, M2).
      expect(run.stdout).toContain(`прислан исправленный файл: ${three[1].code}`);
      const json = JSON.parse(readFileSync(join(dir, `twice${i}.json`), "utf8")) as Json;
      return json.collection.find(
        (r) => r.received && r.code === three[1].code && r.status === "Принят"
      )?.file;
    });
    expect(taken[0]).toContain("b-resent.xlsx");
    expect(taken[1]).toBe(taken[0]);
  });
});
