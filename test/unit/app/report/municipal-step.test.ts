/**
 * The one municipal application step both fronts call: the report computed with the
 * people's sheets and the sources' issues, written through the port, summarised as data,
 * feedback as sheet models, and the profile fallback.
 */
import {
  LINK_SHEETS,
  STATUSES,
  defaultPeople,
  feedbackCount,
  feedbackModels,
  municipalReport,
  writeMunicipalReport,
  type MunicipalOptions,
  type MunicipalSources,
} from "../../../../src/app/report";
import { readWorkbook } from "../../../../src/app/read-workbook";
import { filledSchoolSheets } from "../../../../src/app/template";
import { feedbackFileName } from "../../../../src/core/cycle";
import { generateMunicipality } from "../../../../src/core/demo";
import { FULL_PROFILE, PROFILES, TOTAL, profileOrFull } from "../../../../src/core/indicators";
import type { Issue, SchoolData } from "../../../../src/core/model";
import { MEASURES, OUTPUT_SHEETS, RULE_TEXTS, TARGETS } from "../../../../src/core/schema";
import { MemoryWorkbook } from "../memory-workbook";

const generated = generateMunicipality({ schools: 3, seed: 7 });
const schools: SchoolData[] = [];

beforeAll(async () => {
  for (const g of generated) {
    const read = await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName);
    schools.push(...read.schools);
  }
});

const fileIssue: Issue = {
  file: "bad.xlsx",
  sheet: "",
  row: null,
  column: null,
  code: "file/unreadable",
  severity: "error",
  detail: "Файл «bad.xlsx» повреждён.",
};
const peopleIssue: Issue = {
  file: "",
  sheet: TARGETS.name,
  row: 3,
  column: "B",
  code: "settings/number",
  severity: "warning",
  detail: "Цель не число.",
};

function inputs(profile = FULL_PROFILE, withNames = false) {
  const sources: MunicipalSources = {
    schools,
    issues: [fileIssue],
  };
  const people = defaultPeople();
  people.issues.push(peopleIssue);
  const options: MunicipalOptions = { profile, people, withNames };
  return { sources, options };
}

describe("profileOrFull", () => {
  it("finds a profile by id or number and falls back to the full catalogue", () => {
    expect(profileOrFull("4").id).toBe("004");
    expect(profileOrFull("000").id).toBe("000");
    expect(profileOrFull("нет такого")).toBe(FULL_PROFILE);
    expect(profileOrFull(undefined)).toBe(FULL_PROFILE);
    expect(FULL_PROFILE).toBe(PROFILES[PROFILES.length - 1]);
    expect(FULL_PROFILE.id).toBe("full");
  });
});

describe("writeMunicipalReport", () => {
  it("writes the report, counts the profile's statuses and carries every issue", async () => {
    const { sources, options } = inputs(profileOrFull("004"));
    const book = new MemoryWorkbook([]);
    const result = await writeMunicipalReport(book, sources, options);
    const names = await book.sheetNames();
    for (const sheet of Object.values(OUTPUT_SHEETS)) expect(names).toContain(sheet);
    expect(result.write.written).toEqual(names.filter((n) => n !== "_ПедМонитор"));
    const s = result.summary;
    expect(s.schools).toBe(3);
    expect(s.rows).toBe(schools.reduce((sum, g) => sum + g.workers.length, 0));
    const total = result.report.results.filter(
      (r) => r.scope === TOTAL && options.profile.codes.includes(r.code)
    );
    expect(STATUSES.reduce((sum, st) => sum + s.statuses[st], 0)).toBe(total.length);
    expect(total.length).toBe(options.profile.codes.length);
    expect(s.issues).toEqual(expect.arrayContaining([fileIssue, peopleIssue]));
    expect(s.errorCount + s.warningCount).toBe(s.issues.length);
    expect(s.period).toMatch(/^\d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}$/);
    expect(result.changes).toEqual([]);
  });

  it("links `Ошибки` only to the people's sheets", () => {
    expect(LINK_SHEETS).toEqual([TARGETS.name, MEASURES.name, RULE_TEXTS.name]);
    const { sources, options } = inputs();
    const report = municipalReport(sources, options);
    const errors = report.sheets.find((p) => p.model.name === OUTPUT_SHEETS.errors)!.model;
    const linked = new Set((errors.hyperlinks ?? []).map((h) => h.sheet));
    for (const sheet of linked) expect(LINK_SHEETS).toContain(sheet);
    expect(linked.has(TARGETS.name)).toBe(true);
  });

  it("writes nothing when the front stops before writing", async () => {
    const { sources, options } = inputs();
    const book = new MemoryWorkbook([]);
    const stop = new Error("Отменено");
    await expect(
      writeMunicipalReport(book, sources, options, {
        beforeWrite: () => {
          throw stop;
        },
      })
    ).rejects.toBe(stop);
    expect(await book.sheetNames()).toEqual([]);
  });

  it("reports what changed on a second run over the same workbook", async () => {
    const { sources, options } = inputs();
    const book = new MemoryWorkbook([]);
    await writeMunicipalReport(book, sources, options);
    const fewer = { ...sources, schools: sources.schools.slice(0, 2) };
    const again = await writeMunicipalReport(book, fewer, options);
    expect(again.changes.join(" ")).toContain(schools[2].passport.schoolCode!);
  });
});

describe("feedbackModels", () => {
  it("gives one workbook per included school, names only when asked", () => {
    const { sources, options } = inputs();
    const report = municipalReport(sources, options);
    const models = [...feedbackModels(report, options)];
    const codes = report.consolidation.included.map((s) => s.passport.schoolCode!);
    expect(models.map((m) => m.schoolCode)).toEqual(codes);
    expect(models.map((m) => m.fileName)).toEqual(codes.map(feedbackFileName));
    const header = (withNames: boolean) => {
      const o = { ...options, withNames };
      const plan = [...feedbackModels(municipalReport(sources, o), o)][0].sheets.find(
        (x) => x.name === "План ПК"
      )!;
      return plan.cells.flat();
    };
    expect(header(false)).not.toContain("ФИО");
    expect(header(true)).toContain("ФИО");
  });

  it("adds a reminder workbook for a school that sent only last period's file", () => {
    const { sources, options } = inputs();
    const [first, ...rest] = sources.schools;
    const shift = (d: number | null) => (d === null ? null : d - 365);
    const lastYear: SchoolData = {
      ...first,
      passport: {
        ...first.passport,
        periodStart: shift(first.passport.periodStart),
        periodEnd: shift(first.passport.periodEnd),
      },
    };
    const report = municipalReport({ ...sources, schools: [lastYear, ...rest] }, options);
    const models = [...feedbackModels(report, options)];
    const code = first.passport.schoolCode!;
    const reminder = models.find((m) => m.schoolCode === code)!;
    expect(reminder.sheets.map((x) => x.name)).toEqual(["Ошибки"]);
    expect(String(reminder.sheets[0].cells[1][0])).toContain("за прошлый период");
    expect(feedbackCount(report)).toBe(models.length);
  });
});
