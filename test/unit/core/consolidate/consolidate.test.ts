import {
  CALC_BLOCK_ROWS,
  CONSOLIDATION_CODES,
  consolidate,
  describeDiff,
  diffConsolidations,
  municipalityDataSheets,
} from "../../../../src/core/consolidate";
import { defaultSettings, readSettings } from "../../../../src/core/indicators";
import type { Grid, Issue } from "../../../../src/core/model";
import {
  CONSOLIDATED_COMMUNITIES,
  CONSOLIDATED_TEACHERS,
  SCHOOLS,
} from "../../../../src/core/schema";
import { dayOf } from "../../../../src/core/time/day";
import { community, school, PERIOD } from "../fixtures/worker";
import { readSchool } from "../../../../src/core/read";
import { schoolSource } from "../read/fixtures";
import { makeIssue, renderIssue } from "../../../../src/core/validate/message";

describe("consolidate", () => {
  it("keeps schools of the common period and leaves out one with another period", () => {
    const other = school("ОО-3", [{}], { passport: { periodEnd: dayOf(2025, 6, 30) } });
    const c = consolidate([school("ОО-1"), school("ОО-2"), other], []);
    expect(c.period).toEqual(PERIOD);
    expect(c.included.map((s) => s.passport.schoolCode)).toEqual(["ОО-1", "ОО-2"]);
    expect(c.excluded).toEqual([
      expect.objectContaining({ file: "ОО-3.xlsx", schoolCode: "ОО-3" }),
    ]);
    const issue = c.issues.find((i) => i.code === CONSOLIDATION_CODES.period)!;
    expect(issue.severity).toBe("error");
    expect(renderIssue(issue)).toContain("30.06.2025");
  });

  it("takes the majority period even when the first school differs", () => {
    const first = school("ОО-1", [{}], { passport: { periodEnd: dayOf(2025, 6, 30) } });
    const c = consolidate([first, school("ОО-2"), school("ОО-3")], []);
    expect(c.period).toEqual(PERIOD);
    expect(c.excluded.map((e) => e.schoolCode)).toEqual(["ОО-1"]);
  });

  it("takes the later period on a tie: one new file beside one resent old file", () => {
    const old = (code: string) =>
      school(code, [{}], {
        file: `${code} (прошлый).xlsx`,
        passport: { periodStart: PERIOD.start - 365, periodEnd: PERIOD.end - 365 },
      });
    for (const order of [
      [old("ОО-1"), school("ОО-2")],
      [school("ОО-2"), old("ОО-1")],
    ]) {
      const c = consolidate(order, []);
      expect(c.period).toEqual(PERIOD);
      expect(c.excluded.map((e) => e.schoolCode)).toEqual(["ОО-1"]);
    }
  });

  it("leaves out the second and later files with the same code, case-insensitively", () => {
    const dup = school("оо-1", [{}], { file: "copy.xlsx" });
    const c = consolidate([school("ОО-1"), dup, school("ОО-1", [{}], { file: "copy2.xlsx" })], []);
    expect(c.included.map((s) => s.file)).toEqual(["ОО-1.xlsx"]);
    const duplicates = c.issues.filter((i) => i.code === CONSOLIDATION_CODES.duplicate);
    expect(duplicates).toHaveLength(2);
    // The school is in the consolidation (from its other file): only this file is left out.
    for (const issue of duplicates) {
      expect(renderIssue(issue)).toMatch(/Этот файл в свод не включён\.$/);
      expect(renderIssue(issue)).not.toContain("ОО не включена в свод");
    }
  });

  it("takes the same file of two of one school whatever order they come in; the earlier is replaced, not a failure", () => {
    const early = school("ОО-1", [{}], {
      file: "b-first.xlsx",
      passport: { filledOn: dayOf(2025, 5, 1) },
    });
    early.issues.push(
      makeIssue(
        { file: "b-first.xlsx", sheet: "Педагоги", row: 2, column: "Должность" },
        "cell/required",
        "пусто"
      )
    );
    const resent = school("ОО-1", [{}, {}], {
      file: "a-resent.xlsx",
      passport: { filledOn: dayOf(2025, 6, 1) },
    });
    for (const order of [
      [early, resent],
      [resent, early],
    ]) {
      const c = consolidate(order, []);
      expect(c.included.map((s) => s.file)).toEqual(["a-resent.xlsx"]);
      expect(c.excluded).toEqual([]);
      expect(c.superseded).toEqual([
        { file: "b-first.xlsx", schoolCode: "ОО-1", by: "a-resent.xlsx" },
      ]);
      // Only the note that it was replaced: the old file's own error is not the round's.
      const onOld = c.issues.filter((i) => i.file === "b-first.xlsx");
      expect(onOld.map((i) => [i.code, i.severity])).toEqual([
        [CONSOLIDATION_CODES.superseded, "warning"],
      ]);
      expect(renderIssue(onOld[0])).toContain(
        "заменён файлом «a-resent.xlsx» — он заполнен позже (01.06.2025)"
      );
    }
    const same = [
      school("ОО-2", [{}], { file: "z.xlsx" }),
      school("ОО-2", [{}], { file: "y.xlsx" }),
    ];
    expect(consolidate(same, []).included.map((s) => s.file)).toEqual(["y.xlsx"]);
    // Another school (another name) that typed this code, filled earlier: not a resend, an error.
    const stranger = school("ОО-1", [{}], {
      file: "c-other.xlsx",
      passport: { filledOn: dayOf(2025, 5, 1), schoolName: "МБОУ ООШ № 7" },
    });
    const c2 = consolidate([stranger, resent], []);
    expect(c2.superseded).toBeUndefined();
    expect(c2.excluded.map((e) => e.file)).toEqual(["c-other.xlsx"]);
    expect(c2.issues.find((i) => i.file === "c-other.xlsx")?.code).toBe(
      CONSOLIDATION_CODES.duplicate
    );
    // Same date: no way to tell a resend, so a second file stays an error.
    expect(consolidate(same, []).excluded.map((e) => e.file)).toEqual(["z.xlsx"]);
    expect(consolidate([...same].reverse(), []).included.map((s) => s.file)).toEqual(["y.xlsx"]);
  });

  it("addresses the look-alike warning to the passport cell, with the code as typed", () => {
    const read = readSchool(schoolSource({ passport: { schoolCode: "OO-12" } as never }), "l.xlsx");
    expect(read.codeCell).toBeDefined();
    const c = consolidate([read], [], [{ code: "ОО-12" }]);
    const warning = c.issues.find((i) => i.code === CONSOLIDATION_CODES.recoded)!;
    expect(warning).toMatchObject({
      sheet: "Паспорт ОО",
      row: read.codeCell!.row,
      columnIndex: 1,
      value: "OO-12",
    });
    expect(renderIssue(warning)).toContain("«OO-12»");
  });

  it("writes a look-alike code under the expected one, rows included, with a warning", () => {
    const latin = school("OO-1", [{}, {}], { file: "latin.xlsx" });
    latin.communities.push(community({ schoolCode: "OO-1" }));
    const c = consolidate([latin, school("ОО-2")], [], [{ code: "ОО-1" }, { code: "ОО-2" }]);
    const one = c.included[0];
    expect(one.passport.schoolCode).toBe("ОО-1");
    expect(one.workers.map((w) => w.schoolCode)).toEqual(["ОО-1", "ОО-1"]);
    expect(one.communities.map((x) => x.schoolCode)).toEqual(["ОО-1"]);
    expect(latin.passport.schoolCode).toBe("OO-1"); // the input is not changed
    expect(c.recoded).toEqual([{ file: "latin.xlsx", typed: "OO-1", code: "ОО-1" }]);
    const warning = c.issues.find((i) => i.code === CONSOLIDATION_CODES.recoded)!;
    expect(warning).toMatchObject({ file: "latin.xlsx", severity: "warning" });
    expect(renderIssue(warning)).toContain("набран как «OO-1»");
    // A near code is another school: never rewritten.
    const near = consolidate([school("ОО-01")], [], [{ code: "ОО-1" }]);
    expect(near.included[0].passport.schoolCode).toBe("ОО-01");
    expect(near.recoded).toBeUndefined();
  });

  it("treats a look-alike second file as the same school when there is no list", () => {
    const c = consolidate([school("ОО-1"), school("OO-1", [{}], { file: "ОО-1 (2).xlsx" })], []);
    expect(c.included).toHaveLength(1);
    expect(c.excluded).toHaveLength(1);
  });

  it("leaves out a school whose code or period is unusable", () => {
    const noCode = school("X", [{}], { badPassportFields: ["schoolCode"], file: "bad.xlsx" });
    const noPeriod = school("ОО-4", [{}], { passport: { periodStart: null } });
    const c = consolidate([school("ОО-1"), noCode, noPeriod], []);
    expect(c.included).toHaveLength(1);
    expect(c.excluded.map((e) => e.file)).toEqual(["bad.xlsx", "ОО-4.xlsx"]);
    expect(c.issues.filter((i) => i.code === CONSOLIDATION_CODES.unusable)).toHaveLength(2);
  });

  it("keeps every row, rows with errors included, and every issue once", () => {
    const rowIssue: Issue = {
      file: "ОО-1.xlsx",
      sheet: "Педагоги",
      row: 3,
      column: "Пол",
      code: "cell/enum",
      severity: "error",
      detail: "Неверный пол",
    };
    const s = school("ОО-1", [{}, { hasErrors: true }, {}], { issues: [rowIssue] });
    const c = consolidate(
      [s],
      [rowIssue, { ...rowIssue, file: "broken.xlsx", code: "file/unreadable" }]
    );
    expect(c.included[0].workers).toHaveLength(3);
    expect(c.issues).toHaveLength(2);
  });
});

describe("municipality data sheets", () => {
  const rowIssue: Issue = {
    file: "ОО-1.xlsx",
    sheet: "Педагоги",
    row: 3,
    column: "Пол",
    code: "cell/enum",
    severity: "error",
    detail: "Неверный пол",
  };
  const s1 = school("ОО-1", [{ deficits: ["Методические", "Цифровые"] }, { hasErrors: true }], {
    issues: [rowIssue],
    communities: [community()],
  });
  const s2 = school("ОО-2", [{ note: '=HYPERLINK("x")' }]);
  const [oo, data, comm] = municipalityDataSheets(consolidate([s1, s2], []));
  /** `Сводные данные` from its header row (the calculation block sits above it). */
  const top = data.headerRow ?? 0;
  const table = data.cells.slice(top);

  it("uses the schema's headers and names", () => {
    expect(oo.name).toBe(SCHOOLS.name);
    expect(oo.cells[0]).toEqual(SCHOOLS.fields.map((f) => f.header));
    expect(data.name).toBe(CONSOLIDATED_TEACHERS.name);
    expect(top).toBe(CALC_BLOCK_ROWS);
    expect(table[0]).toEqual(CONSOLIDATED_TEACHERS.fields.map((f) => f.header));
    expect(table[0]).toHaveLength(45);
    expect(comm.cells[0]).toEqual(CONSOLIDATED_COMMUNITIES.fields.map((f) => f.header));
    expect(data.tables?.[0]).toMatchObject({
      name: "СводныеДанные",
      range: { row: top, rows: 4, cols: 45 },
    });
    expect(data.freeze).toEqual({ rows: top + 1 });
  });

  it("writes the period and the value-changing parameters above `Сводные данные`", () => {
    const block = data.cells.slice(0, top);
    expect(block[0].slice(0, 2)).toEqual([
      "Начало отчётного периода",
      new Date(Date.UTC(2024, 8, 1)),
    ]);
    expect(block[1].slice(0, 2)).toEqual([
      "Конец отчётного периода",
      new Date(Date.UTC(2025, 4, 31)),
    ]);
    const settings = readSettings(block as Grid).settings;
    const defaults = defaultSettings();
    expect(settings.youngAgeLimit).toBe(defaults.youngAgeLimit);
    expect(settings.beginnerExperience).toBe(defaults.beginnerExperience);
    expect(settings.pensionAges).toEqual([{ fromYear: 2025, male: 64, female: 59 }]);
    const custom = { ...defaults, youngAgeLimit: 30, beginnerExperience: 5 };
    const [, changed] = municipalityDataSheets(consolidate([s1, s2], []), { settings: custom });
    const read = readSettings(changed.cells.slice(0, top) as Grid).settings;
    expect([read.youngAgeLimit, read.beginnerExperience]).toEqual([30, 5]);
  });

  it("writes every row with its source, dates as Date, yes/no as Да/Нет, deficits joined", () => {
    const h = table[0] as string[];
    const col = (name: string): number => h.indexOf(name);
    expect(table).toHaveLength(4);
    const first = table[1];
    expect(first[0]).toBe("ОО-1");
    expect(first[col("Дата рождения")]).toEqual(new Date(Date.UTC(1980, 2, 15)));
    expect(first[col("Педагогическое образование")]).toBe("Да");
    expect(first[col("Наставник")]).toBe("Нет");
    expect(first[col("Выявленные дефициты")]).toBe("Методические; Цифровые");
    expect(first[col("Файл ОО")]).toBe("ОО-1.xlsx");
    expect(first[col("Строка в файле ОО")]).toBe(2);
    expect(table[2][col("Ошибки строки")]).toBe("Педагоги, строка 3, «Пол»: Неверный пол");
    expect(first[col("Ошибки строки")]).toBeNull();
    expect(table[3][col("Примечание")]).toBe('=HYPERLINK("x")');
    expect(data.columns?.[col("Дата рождения")].numberFormat).toBe("dd.mm.yyyy");
  });

  it("adds dropdowns for list columns", () => {
    const h = table[0] as string[];
    const sex = data.validations?.find((v) => v.range.col === h.indexOf("Пол"));
    expect(sex?.rule).toEqual({ kind: "list", values: ["М", "Ж"] });
    expect(sex?.range.row).toBe(top + 1);
  });

  it("writes one row per school with passport fields and the file", () => {
    expect(oo.cells.slice(1).map((r) => r[0])).toEqual(["ОО-1", "ОО-2"]);
    expect(oo.cells[1][oo.cells[0].length - 1]).toBe("ОО-1.xlsx");
    expect(comm.cells[1]).toEqual([
      "ОО-1",
      "Сетевое сообщество",
      "Учителя математики района",
      "Муниципальный",
      3,
      "ОО-1.xlsx",
    ]);
  });
});

describe("diffConsolidations", () => {
  it("says which schools came, went and changed rows", () => {
    const before = consolidate([school("ОО-1"), school("ОО-2", [{}, {}])], []);
    const after = consolidate([school("ОО-2", [{}, {}, {}]), school("ОО-3")], []);
    const d = diffConsolidations(before, after);
    expect(d).toMatchObject({
      added: ["ОО-3"],
      removed: ["ОО-1"],
      rowsBefore: 3,
      rowsAfter: 4,
      periodChanged: false,
    });
    expect(d.changed).toEqual([{ schoolCode: "ОО-2", before: 2, after: 3 }]);
    expect(describeDiff(d).join(" ")).toContain("Добавлены ОО: ОО-3");
  });
});
