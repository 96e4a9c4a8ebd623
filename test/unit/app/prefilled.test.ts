import { expectedSchools, prefilledWorkbooks, RENEW_PROMPT } from "../../../src/app/template";
import { prefilledNotes } from "../../../src/app/template/prefilled-notes";
import { RENEW_SECTION_TITLE } from "../../../src/app/template/instruction-sheet";
import { makeIssue } from "../../../src/core/validate/message";
import { INSTRUCTION_SHEET, PASSPORT, TEACHERS } from "../../../src/core/schema";
import { dateFromDay, dayOf } from "../../../src/core/time/day";
import { school } from "../core/fixtures/worker";

const TODAY = dayOf(2026, 12, 5);

function unknownSchool(code: string) {
  const s = school(code);
  s.issues.push(
    makeIssue({ sheet: "Сводные данные", row: 9, column: "Код ОО" }, "row/unknown-school", "нет")
  );
  return s;
}

describe("pre-filled school workbooks", () => {
  it("are made for the `ОО` rows only, the municipality taken from the sheet", () => {
    const muni = [
      school("ОО-1"),
      school("ОО-2", [{}], { passport: { municipality: null } }),
      unknownSchool("ОО-9"),
    ];
    expect(expectedSchools(muni)).toEqual([
      { code: "ОО-1", name: "МБОУ СОШ № 1", municipality: "Амурский район" },
      { code: "ОО-2", name: "МБОУ СОШ № 1", municipality: "Амурский район" },
    ]);
  });

  it("follow the person's `Список ОО` when the workbook has one", () => {
    const muni = [school("ОО-1"), school("ОО-2")];
    const list = [
      { code: "ОО-2", name: null },
      { code: "ОО-7", name: "МБОУ ООШ № 7" },
    ];
    expect(expectedSchools(muni, list)).toEqual([
      { code: "ОО-2", name: "МБОУ СОШ № 1", municipality: "Амурский район" },
      { code: "ОО-7", name: "МБОУ ООШ № 7", municipality: "Амурский район" },
    ]);
    expect(prefilledWorkbooks(muni, [], TODAY, list).workbooks.map((w) => w.school.code)).toEqual([
      "ОО-2",
      "ОО-7",
    ]);
  });

  it("fill the passport with the next period and carry each school's own rows only", () => {
    const muni = [school("ОО-1"), school("ОО-2")];
    const previous = [school("ОО-1", [{}, {}, {}]), school("ОО-2", [{ tabNumber: "Б-7" }])];
    const result = prefilledWorkbooks(muni, previous, TODAY);
    expect(result.fromWorkbook).toBe(true);
    expect(result.period).toEqual({ start: dayOf(2025, 9, 1), end: dayOf(2026, 5, 31) });
    const [one, two] = result.workbooks;
    expect([one.carried, two.carried]).toEqual([3, 1]);
    const teachers = two.sheets.find((s) => s.name === TEACHERS.name)!;
    expect(teachers.cells[1][0]).toBe("Б-7");
    expect(teachers.cells.slice(2).every((r) => r.every((c) => c === null))).toBe(true);
    const passport = one.sheets.find((s) => s.name === PASSPORT.name)!;
    const value = (key: string) =>
      passport.cells[3 + PASSPORT.fields.findIndex((f) => f.key === key)][1];
    expect(value("schoolCode")).toBe("ОО-1");
    expect(value("periodEnd")).toEqual(dateFromDay(dayOf(2026, 5, 31)));
    expect(value("pedPositions")).toBeNull();
    const prompts = passport.validations!.filter((v) => v.prompt?.message.startsWith(RENEW_PROMPT));
    expect(prompts.length).toBeGreaterThan(5);
  });

  it("say in «Инструкция» what to check and update; the blank template does not", () => {
    const [book] = prefilledWorkbooks([school("ОО-1")], [], TODAY).workbooks;
    const text = (sheets: typeof book.sheets) =>
      sheets
        .find((s) => s.name === INSTRUCTION_SHEET)!
        .cells.flat()
        .join("\n");
    expect(text(book.sheets)).toContain(RENEW_SECTION_TITLE);
    expect(book.carried).toBe(0);
  });

  it("without a period in the workbook, are for the school year containing today", () => {
    const muni = [school("ОО-1", [{}], { passport: { periodStart: null, periodEnd: null } })];
    const result = prefilledWorkbooks(muni, [], TODAY);
    expect(result.fromWorkbook).toBe(false);
    expect(result.period).toEqual({ start: dayOf(2026, 9, 1), end: dayOf(2027, 8, 31) });
  });

  it("mark the carried rows' period answers with a fill, and never overlap validations", () => {
    const [book] = prefilledWorkbooks(
      [school("ОО-1")],
      [school("ОО-1", [{}, {}])],
      TODAY
    ).workbooks;
    const teachers = book.sheets.find((s) => s.name === TEACHERS.name)!;
    const contest = TEACHERS.fields.findIndex((f) => f.key === "contestLevel");
    const fills = teachers.styles!.filter((s) => s.style.fill === "#FFF2CC");
    expect(fills).toContainEqual({
      range: { row: 1, col: contest, rows: 2, cols: 1 },
      style: { fill: "#FFF2CC" },
    });
    const cells = new Set<string>();
    for (const v of teachers.validations!)
      for (let r = v.range.row; r < v.range.row + v.range.rows; r += 1) {
        const key = `${r}:${v.range.col}`;
        expect(cells.has(key)).toBe(false);
        cells.add(key);
      }
  });

  it("pass over a source of the new period itself (a pre-filled workbook in the --previous folder)", () => {
    const stale = school("ОО-1", [{}], {
      passport: { periodStart: dayOf(2025, 9, 1), periodEnd: dayOf(2026, 5, 31) },
    });
    const result = prefilledWorkbooks([school("ОО-1")], [stale, school("ОО-1", [{}, {}])], TODAY);
    expect(result.workbooks[0].carried).toBe(2);
  });

  it("name a last-period school whose code is near a listed one, and carry nobody into it", () => {
    const muni = [school("ОО-01"), school("ОО-02")];
    const list = [
      { code: "ОО-01", name: null },
      { code: "ОО-02", name: null },
      { code: "ОО-3", name: null },
    ];
    const previous = [school("ОО-01"), school("ОО-02"), school("ОО-03", [{}, {}])];
    const result = prefilledWorkbooks(muni, previous, TODAY, list);
    const three = result.workbooks[2];
    expect(three).toMatchObject({ carried: 0, near: { file: "ОО-03.xlsx", code: "ОО-03" } });
    expect(result.unused).toEqual([{ file: "ОО-03.xlsx", code: "ОО-03", near: "ОО-3" }]);
    expect(result.workbooks[0].near).toBeNull();
  });

  it("make no workbook for a list code that is no `Код ОО` (a file name outside --out), naming its row", () => {
    const list = [
      { code: "ОО-1", name: null, row: 2 },
      { code: "../../evil", name: null, row: 3 },
      { code: "ОО:09", name: null, row: 4 },
      { code: "ОО/08", name: null, row: 5 },
    ];
    const result = prefilledWorkbooks([school("ОО-1")], [], TODAY, list);
    expect(result.workbooks.map((w) => w.school.code)).toEqual(["ОО-1"]);
    expect(result.badCodes).toEqual([
      { code: "../../evil", row: 3 },
      { code: "ОО:09", row: 4 },
      { code: "ОО/08", row: 5 },
    ]);
    const notes = prefilledNotes(result, { previousGiven: false, again: "запустите снова" });
    expect(notes.attention).toBe(true);
    expect(notes.notCarried[0]).toMatch(
      /^Внимание: на листе «Список ОО» \(строка 3\) код «\.\.\/\.\.\/evil» — не код ОО/
    );
  });

  it("in the first year (a list of codes only), fill the name and municipality from the school's own file", () => {
    const list = [
      { code: "ОО-1", name: null },
      { code: "ОО-2", name: null },
    ];
    const result = prefilledWorkbooks([], [school("ОО-1")], TODAY, list);
    const passportOf = (i: number) => {
      const sheet = result.workbooks[i].sheets.find((m) => m.name === PASSPORT.name)!;
      const value = (header: string) => sheet.cells.find((r) => r[0] === header)?.[1] ?? null;
      const row = (header: string) => sheet.cells.findIndex((r) => r[0] === header);
      const marked = (header: string) =>
        sheet.styles!.some(
          (s) => s.range.row === row(header) && s.range.col === 1 && s.style.fill !== undefined
        );
      return { value, marked };
    };
    const [name, muni] = ["schoolName", "municipality"].map(
      (k) => PASSPORT.fields.find((f) => f.key === k)!.header
    );
    expect(passportOf(0).value(name)).toBe("МБОУ СОШ № 1");
    expect(passportOf(0).value(muni)).toBe("Амурский район");
    expect(passportOf(0).marked(name)).toBe(false);
    // ОО-2 sent nothing last period: the cells stay empty and are marked for the school.
    expect(passportOf(1).value(name)).toBeNull();
    expect(passportOf(1).marked(name)).toBe(true);
    expect(passportOf(1).marked(muni)).toBe(true);
  });

  it("name a last-period school on no row of the list, and a code the list repeats", () => {
    const list = [
      { code: "ОО-1", name: null },
      { code: "OO-1", name: null },
    ];
    const result = prefilledWorkbooks([school("ОО-1")], [school("ОО-77")], TODAY, list);
    expect(result.workbooks.map((w) => w.school.code)).toEqual(["ОО-1"]);
    expect(result.repeated).toEqual([["ОО-1", "OO-1"]]);
    expect(result.unused).toEqual([{ file: "ОО-77.xlsx", code: "ОО-77", near: null }]);
  });

  it("of an old file and its resend, carry the later «Дата заполнения» whatever the order, naming the other", () => {
    const muni = [school("ОО-2")];
    const old = school("ОО-2", [{ tabNumber: "OLD" }], {
      file: "ОО-02.xlsx",
      passport: { filledOn: dayOf(2025, 6, 1) },
    });
    const resend = school("ОО-2", [{ tabNumber: "NEW" }], {
      file: "ОО-02 исправлен.xlsx",
      passport: { filledOn: dayOf(2025, 6, 20) },
    });
    for (const previous of [
      [old, resend],
      [resend, old],
    ]) {
      const [book] = prefilledWorkbooks(muni, previous, TODAY).workbooks;
      const teachers = book.sheets.find((s) => s.name === TEACHERS.name)!;
      expect(teachers.cells[1][0]).toBe("NEW");
      expect(book.source).toBe("ОО-02 исправлен.xlsx");
      expect(book.setAside).toEqual([
        {
          file: "ОО-02.xlsx",
          why: "взят «ОО-02 исправлен.xlsx» — он заполнен позже (20.06.2025)",
        },
      ]);
    }
  });

  it("give a kept value to check and a bad value left out their own input messages", () => {
    const source = school("ОО-1", [
      {
        row: 2,
        birthDate: null,
        qualificationCategory: "Первая",
        attestationDate: dayOf(2021, 3, 1),
      },
    ]);
    source.workers[0].raw = { birthDate: "весна 1985" };
    const [book] = prefilledWorkbooks([school("ОО-1")], [source], TODAY).workbooks;
    const teachers = book.sheets.find((s) => s.name === TEACHERS.name)!;
    const at = (key: string) => {
      const col = TEACHERS.fields.findIndex((f) => f.key === key);
      return teachers.validations!.find(
        (v) => v.range.col === col && v.range.row <= 1 && v.range.row + v.range.rows > 1
      )!.prompt!.message;
    };
    expect(at("birthDate")).toMatch(/^Заполните: в прошлом периоде было «весна 1985» — не дата\./);
    expect(at("attestationDate")).toMatch(/^Проверьте: значение прошлого периода\./);
    expect(at("mentor")).toMatch(new RegExp(`^${RENEW_PROMPT.replace(".", "\\.")}`));
    expect(book.rowsWithGaps).toBe(1);
    const text = book.sheets
      .find((s) => s.name === INSTRUCTION_SHEET)!
      .cells.flat()
      .join("\n");
    expect(text).toContain("Жёлтая ячейка со значением");
  });

  it("carry a municipality workbook's rows typed with a look-alike code, and name rows without a code", () => {
    const file = { file: "prev.xlsx" };
    const previous = [
      school("ОО-1", [{ tabNumber: "A", row: 3 }], file),
      // Latin O's in `Сводные данные`: a school not on `ОО`, without a period.
      school("OO-1", [{ tabNumber: "B", row: 4 }], {
        ...file,
        passport: { periodStart: null, periodEnd: null },
      }),
      school("", [{ tabNumber: "C", row: 5 }], { ...file, passport: { schoolCode: null } }),
    ];
    const result = prefilledWorkbooks([school("ОО-1")], previous, TODAY);
    const [book] = result.workbooks;
    const teachers = book.sheets.find((s) => s.name === TEACHERS.name)!;
    expect([teachers.cells[1][0], teachers.cells[2][0]]).toEqual(["A", "B"]);
    expect(book.carried).toBe(2);
    expect(book.setAside).toEqual([]);
    expect(result.uncoded).toEqual([{ file: "prev.xlsx", rows: [5] }]);
  });
});
