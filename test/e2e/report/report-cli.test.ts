/**
 * `pedmonitor report` end to end: school files on disk → the built command
 * line → the municipality workbook, the JSON and the feedback files, read back
 * with the independent inspector (no ExcelJS) where the file is checked.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CALC_BLOCK_ROWS } from "../../../src/core/consolidate";
import { CATALOG_CODES } from "../../../src/core/indicators";
import {
  CONSOLIDATED_TEACHERS,
  MEASURES,
  TALLIES,
  TARGETS,
  TEACHERS,
} from "../../../src/core/schema";
import { inspectXlsx, type InspectedWorkbook } from "../../support/xlsx-inspect";
import { buildCli, runCli, tempDir, writeSchoolFile } from "../cli/cli-helpers";
import { FORMULA_TEXTS, makeFixture, previousYear, type Fixture } from "./fixtures";

interface Json {
  period: { start: string; end: string } | null;
  schools: { code: string; name: string | null; rows: number; excludedRows: number }[];
  indicators: {
    code: string;
    scope: string;
    numerator: number | null;
    denominator: number | null;
    value: number | null;
    target: number | null;
    status: string;
  }[];
  issues: {
    file: string | null;
    sheet: string;
    row: number | null;
    column: string | null;
    code: string;
    severity: string;
    message: string;
  }[];
  recommendations: {
    rule: string;
    addressee: string;
    scope: string;
    indicator: string | null;
    teacher: string | null;
    text: string;
  }[];
}

let dir: string;
let fx: Fixture;
let first: ReturnType<typeof runCli>;

const readJson = (name: string): Json => JSON.parse(readFileSync(join(dir, name), "utf8")) as Json;
const inspect = (path: string): Promise<InspectedWorkbook> =>
  inspectXlsx(readFileSync(join(dir, path)));
const col = (key: string): number => TEACHERS.fields.findIndex((f) => f.key === key);

beforeAll(async () => {
  buildCli();
  dir = tempDir();
  fx = await makeFixture(dir);
  first = runCli(
    [
      "report",
      "schools",
      "--out",
      "out/report.xlsx",
      "--json",
      "out/report.json",
      "--feedback",
      "out/feedback",
    ],
    dir
  );
}, 180_000);

describe("exit codes and the JSON", () => {
  it("exits 1 (the data had errors), reports on stdout and progress on stderr", () => {
    expect(first.status).toBe(1);
    expect(first.stdout).toContain("В своде: 4 ОО");
    expect(first.stdout).toContain("Файл: out/report.xlsx");
    expect(first.stderr).toContain("Прочитано 8 из 8");
  });

  it("has the shape of cli.md, every catalog code for every scope", () => {
    const json = readJson("out/report.json");
    expect(Object.keys(json).sort()).toEqual([
      "collection",
      "effectiveness",
      "history",
      "indicators",
      "issues",
      "period",
      "recommendations",
      "schools",
    ]);
    expect(json.period).toEqual({ start: "2024-09-01", end: "2025-08-31" });
    expect(json.schools.map((s) => s.code).sort()).toEqual(fx.included.map((s) => s.code).sort());
    const scopes = ["total", ...fx.included.map((s) => s.code)];
    for (const code of CATALOG_CODES)
      for (const scope of scopes) {
        expect(json.indicators.filter((i) => i.code === code && i.scope === scope)).toHaveLength(1);
      }
    for (const i of json.indicators)
      expect(Object.keys(i).sort()).toEqual([
        "code",
        "denominator",
        "numerator",
        "scope",
        "status",
        "target",
        "value",
      ]);
    for (const i of json.issues)
      expect(Object.keys(i).sort()).toEqual([
        "code",
        "column",
        "file",
        "message",
        "row",
        "severity",
        "sheet",
      ]);
    for (const r of json.recommendations)
      expect(Object.keys(r).sort()).toEqual([
        "addressee",
        "indicator",
        "needed",
        "rule",
        "scope",
        "teacher",
        "text",
      ]);
  });

  it("names the unreadable files, the school with another period and the repeated code, and goes on", () => {
    const json = readJson("out/report.json");
    const byFile = (f: string) => json.issues.filter((i) => i.file === f);
    expect(byFile("notes.xlsx")[0].message).toContain("не является книгой Excel");
    expect(byFile("more/broken.xlsx")[0].message).toContain("повреждён");
    expect(byFile(fx.nameOf(fx.otherPeriod)).map((i) => i.code)).toContain(
      "consolidate/period-mismatch"
    );
    expect(byFile(fx.nameOf(fx.duplicate)).map((i) => i.code)).toContain(
      "consolidate/duplicate-school"
    );
    for (const s of fx.included)
      for (const fault of s.faults) {
        expect(json.issues).toContainEqual(
          expect.objectContaining({
            file: fx.nameOf(s),
            row: fault.dataRow + 2,
            column: fault.column,
            severity: "error",
          })
        );
      }
  });

  it("exits 2 when nothing is readable, and for bad arguments", () => {
    const none = runCli(["report", "schools/notes.xlsx", "--out", "none.xlsx"], dir);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("notes.xlsx");
    expect(existsSync(join(dir, "none.xlsx"))).toBe(false);
    expect(runCli(["report", "schools", "--profile", "999"], dir).status).toBe(2);
    expect(runCli(["report", "--out", "x.xlsx"], dir).status).toBe(2);
    expect(runCli(["report", "nowhere"], dir).status).toBe(2);
  });

  it("exits 0 on clean data", async () => {
    const clean = fx.included.map((s) => ({
      ...s,
      teachers: s.teachers.filter((_, i) => !s.faults.some((f) => f.dataRow === i)),
    }));
    mkdirSync(join(dir, "clean"), { recursive: true });
    for (const s of clean) await writeSchoolFile(join(dir, "clean", s.fileName), s);
    const run = runCli(["report", "clean", "--out", "clean.xlsx"], dir);
    expect(run.stdout).toContain("0 ошибок");
    expect(run.status).toBe(0);
  }, 60_000);
});

/** DIAG and PK_3Y recomputed here from the generated rows, independently of the engine. */
describe("indicators of the total against an independent recomputation", () => {
  const day = (v: unknown): number | null =>
    v instanceof Date ? Math.round(v.getTime() / 86_400_000) : null;
  const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
  const rowsOfAll = () =>
    fx.included.flatMap((s) =>
      s.teachers.filter(
        (r, i) =>
          !s.faults.some((f) => f.dataRow === i) &&
          r[col("employment")] !== "Внешнее совместительство"
      )
    );

  it.each([
    ["DIAG", "diagnosticsDate", utc(2024, 9, 1)],
    ["PK_3Y", "courseDate", utc(2022, 8, 31)],
  ])("%s", (code, key, from) => {
    const end = utc(2025, 8, 31);
    const rows = rowsOfAll();
    const numerator = rows.filter((r) => {
      const d = day(r[col(key as string)]);
      return d !== null && d >= (from as number) && d <= end;
    }).length;
    const total = readJson("out/report.json").indicators.find(
      (i) => i.code === code && i.scope === "total"
    )!;
    expect(total.denominator).toBe(rows.length);
    expect(total.numerator).toBe(numerator);
    expect(total.value).toBeCloseTo((100 * numerator) / rows.length, 9);
  });
});

describe("the municipality workbook", () => {
  it("keeps every row of every included school, with its file and row", async () => {
    const book = await inspect("out/report.xlsx");
    const data = book.sheet(CONSOLIDATED_TEACHERS.name);
    // The table's header sits under the calculation block (period and parameters for PEDMON functions).
    const header = CALC_BLOCK_ROWS + 1;
    expect(data.values[`A${header}`]).toBe(CONSOLIDATED_TEACHERS.fields[0].header);
    expect(data.values.A1).toBe("Начало отчётного периода");
    const rows = Object.keys(data.values).filter(
      (a) => /^A\d+$/.test(a) && Number(a.slice(1)) > header && data.values[a] !== null
    );
    expect(rows).toHaveLength(fx.included.reduce((n, s) => n + s.teachers.length, 0));
    const json = readJson("out/report.json");
    expect(json.schools.reduce((n, s) => n + s.rows, 0)).toBe(rows.length);
    // The hidden tally sheet the live `Сводка` formulas read: one row per school under its header.
    const tally = book.sheet(TALLIES.name);
    expect(tally.state).toBe("hidden");
    expect(tally.values.A1).toBe(TALLIES.keyHeader);
    expect(json.schools.map((_, i) => tally.values[`A${i + 2}`])).toEqual(
      json.schools.map((s) => s.code)
    );
  });

  it("no cell is a formula made from school text; planted texts stay text", async () => {
    const feedback = await Promise.all(
      readdirSync(join(dir, "out/feedback")).map((f) => inspect(join("out/feedback", f)))
    );
    const all = [await inspect("out/report.xlsx"), ...feedback];
    let planted = 0;
    for (const book of all)
      for (const sheet of book.sheets) {
        for (const formula of Object.values(sheet.formulas))
          expect(formula).toMatch(/^(_xludf\.)?(PEDMON\.|HYPERLINK\()/);
        for (const [address, value] of Object.entries(sheet.values)) {
          if (typeof value === "string" && (FORMULA_TEXTS.includes(value) || value === "=2+2")) {
            planted++;
            expect({ sheet: sheet.name, address, formula: sheet.formulas[address] }).toEqual({
              sheet: sheet.name,
              address,
              formula: undefined,
            });
            expect(["s", "str", "inlineStr"]).toContain(sheet.types[address]);
          }
        }
      }
    expect(planted).toBeGreaterThanOrEqual(6);
  });

  it("shows no ФИО without --names, and shows them with it", async () => {
    const names = fx.included
      .flatMap((s) => s.teachers.map((r) => r[col("fullName")]))
      .filter((n): n is string => typeof n === "string" && n.length > 0);
    expect(names.length).toBeGreaterThan(50);
    const text = async (path: string) => {
      const book = await inspect(path);
      return book.sheets
        .flatMap((s) => Object.values(s.values))
        .filter((v) => typeof v === "string")
        .join("\n");
    };
    const everything = [
      await text("out/report.xlsx"),
      readFileSync(join(dir, "out/report.json"), "utf8"),
    ];
    for (const f of readdirSync(join(dir, "out/feedback")))
      everything.push(await text(join("out/feedback", f)));
    for (const name of names) for (const t of everything) expect(t.includes(name)).toBe(false);

    expect(runCli(["report", "schools", "--out", "named.xlsx", "--names"], dir).status).toBe(1);
    const named = await text("named.xlsx");
    expect(names.filter((n) => named.includes(n)).length).toBe(names.length);
  }, 60_000);

  it("a re-read of the municipality workbook reports the same faults, quoting what the school typed", () => {
    const run = runCli(["validate", "out/report.xlsx", "--json", "out/reread.json"], dir);
    expect(run.status).toBe(1);
    const issues = (
      JSON.parse(readFileSync(join(dir, "out/reread.json"), "utf8")) as {
        issues: { message: string; severity: string }[];
      }
    ).issues;
    const errors = issues
      .filter((i) => i.severity === "error")
      .map((i) => i.message)
      .join("\n");
    expect(errors).toContain("«весна 1985»");
    expect(errors).toContain("«Вторая»");
  });
});

describe("feedback to schools", () => {
  it("one readable workbook per included school, with no other school's Табельный номер", async () => {
    const files = readdirSync(join(dir, "out/feedback")).sort();
    // The school that sent last period's file gets a reminder workbook too (review 2, M4).
    expect(files).toEqual(
      [...fx.included, fx.otherPeriod].map((s) => `Обратная связь ${s.code}.xlsx`).sort()
    );
    const tabs = new Map(
      fx.included.map((s) => [s.code, new Set(s.teachers.map((r) => String(r[col("tabNumber")])))])
    );
    for (const s of fx.included) {
      const book = await inspect(join("out/feedback", `Обратная связь ${s.code}.xlsx`));
      const values = book.sheets.flatMap((sh) => Object.values(sh.values)).map(String);
      expect(values.some((v) => v.includes(s.code))).toBe(true);
      for (const [other, set] of tabs) {
        if (other === s.code) continue;
        for (const tab of set) if (!tabs.get(s.code)!.has(tab)) expect(values).not.toContain(tab);
      }
    }
  });
});

describe("a second report into the same workbook", () => {
  const out = "again/report.xlsx";

  async function edit(change: (wb: ExcelJS.Workbook) => void): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, out));
    change(wb);
    await wb.xlsx.writeFile(join(dir, out));
  }

  const diagStatus = (json: string) =>
    readJson(json).indicators.find((i) => i.code === "DIAG" && i.scope === "total")!;

  it("keeps the measures a person typed and judges them; a changed target changes the status; says what changed", async () => {
    expect(runCli(["report", "schools", "--out", out, "--json", "again/1.json"], dir).status).toBe(
      1
    );
    const before = diagStatus("again/1.json");
    expect(before.value).not.toBeNull();
    await edit((wb) => {
      const measures = wb.getWorksheet(MEASURES.name)!;
      const headerRow = [...Array(10).keys()]
        .map((i) => i + 1)
        .find((r) => measures.getRow(r).getCell(1).value === MEASURES.fields[0].header)!;
      measures.getRow(headerRow + 1).values = [
        "Семинар для заместителей директоров по диагностике",
        "DIAG",
        "муниципальный",
        null,
        "ИМЦ",
        null,
        "Выполняется",
        "Приказ № 12 от 01.10.2025",
      ];
      const settings = wb.getWorksheet(TARGETS.name)!;
      settings.eachRow((row) => {
        if (row.getCell(1).value === "DIAG")
          row.getCell(4).value = Math.ceil((before.value as number) + 10);
      });
    });
    const second = runCli(["report", "schools", "--out", out, "--json", "again/2.json"], dir);
    expect(second.status).toBe(1);
    expect(second.stdout).toContain("Изменений нет");
    const after = diagStatus("again/2.json");
    expect(after.target).toBe(Math.ceil((before.value as number) + 10));
    expect(after.status).toBe("несоответствие");

    const book = await inspect(out);
    const measureTexts = Object.values(book.sheet(MEASURES.name).values);
    expect(measureTexts).toContain("Семинар для заместителей директоров по диагностике");
    expect(measureTexts).toContain("Приказ № 12 от 01.10.2025");
    expect(Object.values(book.sheet("Эффективность").values)).toContain(
      "Семинар для заместителей директоров по диагностике"
    );
    const visible = book.sheets.filter((s) => s.state === "visible").map((s) => s.name);
    expect(new Set(visible).size).toBe(visible.length);
  }, 90_000);
});

describe("--previous", () => {
  it("fills the previous values, the trend and Эффективность from last period's school files", async () => {
    mkdirSync(join(dir, "previous"), { recursive: true });
    for (const s of fx.included)
      await writeSchoolFile(join(dir, "previous", s.fileName), previousYear(s));
    expect(
      runCli(["report", "schools", "--out", "prev.xlsx", "--previous", "previous"], dir).status
    ).toBe(1);
    const withPrev = await inspect("prev.xlsx");
    const without = await inspect("out/report.xlsx");
    const trends = (b: InspectedWorkbook) =>
      Object.values(b.sheet("Эффективность").values).filter(
        (v) => v === "лучше" || v === "хуже" || v === "без изменений"
      ).length;
    expect(trends(withPrev)).toBeGreaterThan(10);
    expect(trends(without)).toBe(0);
  }, 90_000);
});
