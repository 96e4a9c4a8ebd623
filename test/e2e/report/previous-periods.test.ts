/**
 * `--previous` given several times (cli.md «Additions», issue 13 point 2): earlier periods in
 * any order give the same report, the most recent is «предыдущий период», all feed `Динамика`
 * and the JSON's `history`; the same period, a later one, another municipality's workbook or
 * two sources of one period are refused with exit 2 naming the file.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { generateMunicipality, type DemoSchool } from "../../../src/core/demo";
import { inspectXlsx } from "../../support/xlsx-inspect";
import { buildCli, runCli, tempDir, writeSchoolFile } from "../cli/cli-helpers";
import { previousYear } from "./fixtures";

interface Json {
  period: { start: string; end: string };
  indicators: { code: string; scope: string; value: number | null }[];
  effectiveness: {
    indicators: {
      code: string;
      scope: string;
      before: number | null;
      after: number | null;
      change: number | null;
      better: boolean | null;
    }[];
    measures: unknown[];
  };
  history: { code: string; scope: string; periods: { end: string; value: number | null }[] }[];
}

let dir: string;
let schools: DemoSchool[];

async function writeAll(folder: string, list: readonly DemoSchool[]): Promise<void> {
  mkdirSync(join(dir, folder), { recursive: true });
  for (const s of list) await writeSchoolFile(join(dir, folder, s.fileName), s);
}

const readJson = (name: string): Json => JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  schools = generateMunicipality({ schools: 3, seed: 7 });
  const y1 = schools.map(previousYear);
  const y2 = y1.map(previousYear);
  await writeAll("now", schools);
  await writeAll("y1", y1);
  await writeAll("y2", y2);
  await writeAll(
    "foreign",
    y1.map((s, i) => ({ ...s, passport: { ...s.passport, schoolCode: `ДР-${i + 1}` } }))
  );
  await writeAll(
    "neighbour",
    y1.map((s) => ({
      ...s,
      passport: { ...s.passport, municipality: "Дальнереченский муниципальный район" },
    }))
  );
  mkdirSync(join(dir, "y1copy"));
  for (const f of readdirSync(join(dir, "y1")))
    copyFileSync(join(dir, "y1", f), join(dir, "y1copy", f));
}, 120_000);

describe("report --previous, several times", () => {
  it("refuses a previous source of the same period, naming it, with exit 2", () => {
    const r = runCli(["report", "now", "--out", "a.xlsx", "--previous", "now"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      /--previous: now: период \d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4} тот же, что у текущих данных/
    );
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  }, 120_000);

  it("refuses another municipality's workbook (no Код ОО in common), naming it, with exit 2", () => {
    const r = runCli(
      ["report", "now", "--out", "b.xlsx", "--previous", "y2", "--previous", "foreign"],
      dir
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--previous: foreign: ни один Код ОО (ДР-1, ДР-2, ДР-3)");
    expect(r.stderr).toContain("другой муниципалитет");
  }, 120_000);

  it("refuses another municipality's schools even when their codes coincide (ОО-1 is everywhere)", () => {
    const r = runCli(["report", "now", "--out", "n.xlsx", "--previous", "neighbour"], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      "--previous: neighbour: в паспортах ОО прошлого периода муниципалитет «Дальнереченский муниципальный район»"
    );
  }, 120_000);

  it("refuses two sources of one period and a later period", () => {
    const two = runCli(
      ["report", "now", "--out", "c.xlsx", "--previous", "y1", "--previous", "y1copy"],
      dir
    );
    expect(two.status).toBe(2);
    expect(two.stderr).toContain("--previous: y1 и y1copy: один и тот же период");
    const later = runCli(["report", "y1", "--out", "d.xlsx", "--previous", "now"], dir);
    expect(later.status).toBe(2);
    expect(later.stderr).toContain("--previous: now: период");
    expect(later.stderr).toContain("не раньше текущего");
  }, 120_000);

  it("gives the same report for two earlier periods in any order; the most recent is the previous one", async () => {
    const run = (out: string, order: string[]) =>
      runCli(
        [
          "report",
          "now",
          "--out",
          `${out}.xlsx`,
          "--json",
          `${out}.json`,
          ...order.flatMap((p) => ["--previous", p]),
        ],
        dir
      );
    const a = run("ab", ["y1", "y2"]);
    const b = run("ba", ["y2", "y1"]);
    const one = run("one", ["y1"]);
    for (const r of [a, b, one]) expect(r.status === 0 || r.status === 1).toBe(true);
    expect(a.stdout).toContain("Прошлые периоды: ");
    expect(a.stdout.indexOf("(y2)")).toBeLessThan(a.stdout.indexOf("(y1)"));
    const ja = readJson("ab.json");
    const jb = readJson("ba.json");
    const j1 = readJson("one.json");
    expect(jb.history).toEqual(ja.history);
    expect(jb.effectiveness).toEqual(ja.effectiveness);
    // The previous period is y1 (the most recent), with or without y2 beside it.
    expect(ja.effectiveness).toEqual(j1.effectiveness);

    const diag = ja.history.find((h) => h.code === "DIAG")!;
    expect(diag.scope).toBe("total");
    expect(diag.periods).toHaveLength(3);
    const ends = diag.periods.map((p) => p.end);
    expect([...ends].sort()).toEqual(ends);
    expect(ends[2]).toBe(ja.period.end);
    const current = ja.indicators.find((i) => i.code === "DIAG" && i.scope === "total")!;
    expect(diag.periods[2].value).toBe(current.value);
    const change = ja.effectiveness.indicators.find(
      (i) => i.code === "DIAG" && i.scope === "total"
    )!;
    expect(change.before).toBe(diag.periods[1].value);
    expect(change.after).toBe(current.value);
    expect(j1.history.find((h) => h.code === "DIAG")!.periods).toHaveLength(2);

    const book = await inspectXlsx(readFileSync(join(dir, "ab.xlsx")));
    const dyn = book.sheet("Динамика");
    const texts = Object.values(dyn.values);
    expect(texts).toContain("DIAG");
    expect(dyn.charts.length).toBeGreaterThan(0);
    expect(dyn.charts[0].barDir).toBeNull();
  }, 240_000);

  it("without --previous: history is [] and no verdict is made up", () => {
    const r = runCli(["report", "now", "--out", "none.xlsx", "--json", "none.json"], dir);
    expect(r.status === 0 || r.status === 1).toBe(true);
    const j = readJson("none.json");
    expect(j.history).toEqual([]);
    expect(j.effectiveness.indicators.every((i) => i.before === null && i.better === null)).toBe(
      true
    );
  }, 120_000);
});
