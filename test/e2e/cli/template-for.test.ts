/**
 * issue 14, «Done when» 1: from a previous period of five schools,
 * `template school --for muni.xlsx --out DIR --previous prevDir` writes five
 * workbooks; each carries exactly its own school's people (compared field by
 * field with the source rows), the passport is filled, and `validate` on each
 * reports only cells marked «обновите».
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbook } from "../../../src/app/read-workbook";
import { RENEW_PROMPT } from "../../../src/app/template";
import { openReadOnlyBytes } from "../../../src/cli/files";
import { CHECK_PROMPT, carryRule } from "../../../src/core/carry";
import { generateMunicipality } from "../../../src/core/demo";
import type { SchoolData, Worker } from "../../../src/core/model";
import { PASSPORT, TEACHERS } from "../../../src/core/schema";
import { EXTERNAL_PART_TIME } from "../../../src/core/schema/values";
import { columnLetters } from "../../../src/core/text/a1";
import { dayOf, formatDay } from "../../../src/core/time/day";
import { inspectXlsx, type InspectedWorkbook } from "../../support/xlsx-inspect";
import { buildCli, runCli, tempDir, writeSchoolFile } from "./cli-helpers";

const SCHOOLS = generateMunicipality({ schools: 5, seed: 14 });
const RENEW_FILL = "#FFF2CC";
let dir: string;

async function readSchool(path: string): Promise<SchoolData> {
  const bytes = readFileSync(path);
  const read = await readWorkbook(await openReadOnlyBytes(new Uint8Array(bytes)), path);
  expect(read.municipality).toBe(false);
  return read.schools[0];
}

/** The validation covering a cell, by its sqref ("A2:A45 C3"). */
function promptAt(book: InspectedWorkbook, sheet: string, col: number, row: number): string | null {
  for (const v of book.sheet(sheet).validations)
    for (const part of v.sqref.split(/\s+/)) {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(part);
      if (!m) continue;
      const [first, last] = [Number(m[2]), Number(m[4] ?? m[2])];
      if (m[1] === columnLetters(col) && row >= first && row <= last) return v.prompt;
    }
  return null;
}

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  mkdirSync(join(dir, "prev"));
  for (const s of SCHOOLS) await writeSchoolFile(join(dir, "prev", s.fileName), s);
  const report = runCli(["report", "prev", "--out", "muni.xlsx"], dir);
  expect([0, 1]).toContain(report.status);
  const run = runCli(
    ["template", "school", "--for", "muni.xlsx", "--out", "out", "--previous", "prev"],
    dir
  );
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}, 180_000);

describe("template school --for … --previous …", () => {
  it("writes one <Код ОО>.xlsx per school of the ОО sheet", () => {
    expect(readdirSync(join(dir, "out")).sort()).toEqual(SCHOOLS.map((s) => s.fileName).sort());
  });

  it.each(SCHOOLS.map((s) => [s.code]))(
    "%s: passport filled, its own people carried field by field",
    async (code) => {
      const source = await readSchool(join(dir, "prev", `${code}.xlsx`));
      const made = await readSchool(join(dir, "out", `${code}.xlsx`));
      const demo = SCHOOLS.find((s) => s.code === code)!;
      const p = made.passport;
      expect(p.schoolCode).toBe(code);
      expect(p.schoolName).toBe(demo.passport.schoolName);
      expect(p.municipality).toBe(demo.passport.municipality);
      expect(p.periodStart).toBe(dayOf(2025, 9, 1));
      expect(p.periodEnd).toBe(dayOf(2026, 8, 31));
      expect(formatDay(p.periodEnd!)).toBe("31.08.2026");

      // Exactly its own people, in the source's order: no other school's row.
      expect(made.workers).toHaveLength(source.workers.length);
      const faulty = new Map(
        source.issues.filter((i) => i.row !== null).map((i) => [`${i.row}:${i.column}`, i])
      );
      // Category and its date go together: both emptied only when one had an error (or an
      // unreadable value); a warning alone (a lapsed attestation) keeps both (decisions/template.md).
      const PAIR = ["qualificationCategory", "attestationDate"];
      let compared = 0;
      source.workers.forEach((was: Worker, i) => {
        const now = made.workers[i] as unknown as Record<string, unknown>;
        const before = was as unknown as Record<string, unknown>;
        const pairBroken = TEACHERS.fields
          .filter((f) => PAIR.includes(f.key))
          .some(
            (f) =>
              was.raw?.[f.key] !== undefined ||
              faulty.get(`${was.row}:${f.header}`)?.severity === "error"
          );
        for (const field of TEACHERS.fields) {
          const rule = carryRule(field.key);
          const bad = PAIR.includes(field.key)
            ? pairBroken
            : faulty.has(`${was.row}:${field.header}`) || was.raw?.[field.key] !== undefined;
          if (rule === "ask" || bad) {
            // Left empty: what an empty cell of the column reads to.
            expect([null, false, "", "Основное место работы"]).toContainEqual(
              Array.isArray(now[field.key]) ? null : now[field.key]
            );
            continue;
          }
          if (rule === "grow") expect(now[field.key]).toBe((before[field.key] as number) + 1);
          else expect(now[field.key]).toEqual(before[field.key]);
          compared += 1;
        }
      });
      expect(compared).toBeGreaterThan(source.workers.length * 20);
      // The tab numbers are the source's: none of another school's.
      const others = new Set(
        SCHOOLS.filter((s) => s.code !== code).flatMap((s) => s.teachers.map((r) => String(r[0])))
      );
      const own = new Set(demo.teachers.map((r) => String(r[0])));
      for (const w of made.workers)
        if (w.tabNumber !== "" && !own.has(w.tabNumber))
          expect(others.has(w.tabNumber)).toBe(false);
    }
  );

  it("external part-timers are carried too", async () => {
    let external = 0;
    for (const s of SCHOOLS) {
      const made = await readSchool(join(dir, "out", s.fileName));
      external += made.workers.filter((w) => w.employment === EXTERNAL_PART_TIME).length;
    }
    const planted = SCHOOLS.flatMap((s) => s.teachers).filter(
      (r) => r[TEACHERS.fields.findIndex((f) => f.key === "employment")] === EXTERNAL_PART_TIME
    ).length;
    expect(planted).toBeGreaterThan(0);
    expect(external).toBe(planted);
  });

  it.each(SCHOOLS.map((s) => [s.code]))(
    "%s: validate reports only cells marked «обновите» (fill and input message)",
    (code) => {
      const file = join("out", `${code}.xlsx`);
      const run = runCli(["validate", file, "--json", `${code}.json`], dir);
      expect(run.status).toBe(1);
      const { issues } = JSON.parse(readFileSync(join(dir, `${code}.json`), "utf8")) as {
        issues: { sheet: string; row: number; column: string; code: string; severity: string }[];
      };
      expect(issues.length).toBeGreaterThan(0);
      const book = inspectXlsx(readFileSync(join(dir, file)));
      return book.then((b) => {
        for (const issue of issues) {
          const place = `${issue.sheet}!${issue.row} «${issue.column}» ${issue.code}`;
          if (issue.severity === "error")
            expect([place, issue.code]).toEqual([
              place,
              expect.stringMatching(/^cell\/required(-when)?$/),
            ]);
          else expect([place, issue.code]).toEqual([place, "row/constraint/attestation-lapsed"]);
          const col =
            issue.sheet === PASSPORT.name
              ? 1
              : TEACHERS.fields.findIndex((f) => f.header === issue.column);
          const row =
            issue.sheet === PASSPORT.name
              ? 4 + PASSPORT.fields.findIndex((f) => f.header === issue.column)
              : issue.row;
          if (issue.sheet === PASSPORT.name) expect(issue.row).toBe(row);
          const address = `${columnLetters(col)}${row}`;
          expect([place, b.fillOf(issue.sheet, address)]).toEqual([place, RENEW_FILL]);
          // «Обновите» (a new answer), «Проверьте» (a kept value), «Заполните» (a bad value left out).
          const prompt = promptAt(b, issue.sheet, col, row) ?? "";
          const marked = [RENEW_PROMPT, CHECK_PROMPT, "Заполните: "].some((p) =>
            prompt.startsWith(p)
          );
          expect([place, marked]).toEqual([place, true]);
        }
      });
    }
  );

  it("a municipality workbook of the last period as --previous carries the same people", async () => {
    const run = runCli(
      ["template", "school", "--for", "muni.xlsx", "--out", "from-muni", "--previous", "muni.xlsx"],
      dir
    );
    expect(run.status).toBe(0);
    for (const s of SCHOOLS) {
      const a = await readSchool(join(dir, "out", s.fileName));
      const b = await readSchool(join(dir, "from-muni", s.fileName));
      expect(b.workers.map((w) => w.tabNumber)).toEqual(a.workers.map((w) => w.tabNumber));
      expect(b.workers.map((w) => w.pedExperience)).toEqual(a.workers.map((w) => w.pedExperience));
    }
  });

  it("refuses to replace files a school may have saved, writing nothing, unless --force", () => {
    const target = join(dir, "out", SCHOOLS[0].fileName);
    writeFileSync(target, "заполняется школой");
    const args = ["template", "school", "--for", "muni.xlsx", "--out", "out"];
    const run = runCli(args, dir);
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toContain(SCHOOLS[0].fileName);
    expect(readFileSync(target, "utf8")).toBe("заполняется школой");
    expect(runCli([...args, "--force"], dir).status).toBe(0);
    expect(readFileSync(target).subarray(0, 2).toString()).toBe("PK");
  });

  it("without --previous: the passport is filled and «Педагоги» is empty", async () => {
    const made = await readSchool(join(dir, "out", SCHOOLS[1].fileName));
    expect(made.passport.schoolCode).toBe(SCHOOLS[1].code);
    expect(made.workers).toHaveLength(0);
  });

  it("without --previous, says the people were not carried and how to carry them", () => {
    const run = runCli(["template", "school", "--for", "muni.xlsx", "--out", "bare"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "Педагоги не перенесены: не указан --previous. Чтобы перенести их из прошлого периода, добавьте --previous muni.xlsx"
    );
  });

  it("--help names --for and --previous", () => {
    const run = runCli(["template", "--help"], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("template school --for");
    expect(run.stdout).toContain("--previous");
  });
});
