import {
  collectionLine,
  collectionRows,
  consolidate,
  readSchoolList,
} from "../../../../src/core/consolidate";
import type { Issue } from "../../../../src/core/model";
import { collectionSheet } from "../../../../src/core/report/collection-sheet";
import { makeIssue } from "../../../../src/core/validate/message";
import { dayOf } from "../../../../src/core/time/day";
import { school } from "../fixtures/worker";

const EXPECTED = ["ОО-1", "ОО-2", "ОО-3", "ОО-4", "ОО-5"].map((code) => ({
  code,
  name: `Школа ${code}`,
}));

function rowError(file: string, row: number): Issue {
  return makeIssue(
    { file, sheet: "Педагоги", row, column: "Должность", columnIndex: 3, raw: "завуч" },
    "cell/enum",
    "значение не из списка"
  );
}

describe("collectionRows", () => {
  it("matches look-alike codes, names a near code, and puts the schools to call first", () => {
    const faulty = school("ОО-2", [{}, { hasErrors: true }]);
    faulty.issues.push(rowError(faulty.file, 3));
    const c = consolidate(
      [
        school("OO-1", [{}], { file: "latin.xlsx" }), // Latin letters: still ОО-1
        faulty,
        school("ОО-3"),
        school("ОО-05", [{}], { file: "typo.xlsx" }), // one edit from ОО-5: named, not merged
      ],
      []
    );
    const rows = collectionRows(c, EXPECTED);
    expect(rows.map((r) => [r.code, r.status, r.expected])).toEqual([
      ["ОО-4", "Не сдан", true],
      ["ОО-5", "Не сдан", true],
      ["ОО-2", "Сдан с ошибками", true],
      ["ОО-05", "Принят", false],
      ["ОО-1", "Принят", true],
      ["ОО-3", "Принят", true],
    ]);
    const one = rows.find((r) => r.code === "ОО-1")!;
    expect(one).toMatchObject({ file: "latin.xlsx", received: true, rows: 1 });
    expect(one.note).toBe("код в файле: «OO-1»");
    const typo = rows.find((r) => r.code === "ОО-05")!;
    expect(typo.note).toBe("похоже на ОО-5 — проверьте код");
    const two = rows.find((r) => r.code === "ОО-2")!;
    expect(two).toMatchObject({ rows: 2, errors: 1, warnings: 0, excludedRows: 1 });
    expect(rows.find((r) => r.code === "ОО-4")).toMatchObject({
      name: "Школа ОО-4",
      file: null,
      received: false,
      rows: 0,
    });
    expect(collectionLine(rows)).toBe(
      "Сдано 3 из 5; с ошибками 1; не сдано: ОО-4, ОО-5; не из списка: 1 файл — typo.xlsx"
    );
    // The expected school's row names the near file (review 2, minor 5).
    expect(rows.find((r) => r.code === "ОО-5")!.note).toBe(
      "прислан файл «typo.xlsx» с кодом «ОО-05» — проверьте код"
    );
    expect(rows.find((r) => r.code === "ОО-4")!.note).toBeNull();
  });

  it("links an unreadable file named like an expected school to its row", () => {
    const unreadable = makeIssue(
      { file: "in/ОО-2.xlsx", sheet: "", row: null, column: null },
      "file/unreadable",
      "файл повреждён"
    );
    const rows = collectionRows(consolidate([school("ОО-1")], [unreadable]), EXPECTED.slice(0, 2));
    expect(rows.find((r) => r.code === "ОО-2" && r.expected)!.note).toBe(
      "файл «in/ОО-2.xlsx» не прочитан — см. его строку"
    );
    expect(rows.find((r) => !r.expected)!.note).toMatch(
      /^по имени файла — ОО-2; файл не прочитан: /
    );
  });

  it("counts a school left out and a file not read as received with errors", () => {
    const unreadable = makeIssue(
      { file: "broken.xlsx", sheet: "", row: null, column: null },
      "file/unreadable",
      "файл повреждён"
    );
    const noPeriod = school("ОО-2", [{}], { passport: { periodStart: null } });
    const c = consolidate([school("ОО-1"), noPeriod], [unreadable]);
    const rows = collectionRows(c, EXPECTED.slice(0, 2));
    expect(rows.map((r) => [r.code, r.file, r.status])).toEqual([
      ["", "broken.xlsx", "Сдан с ошибками"],
      ["ОО-2", "ОО-2.xlsx", "Сдан с ошибками"],
      ["ОО-1", "ОО-1.xlsx", "Принят"],
    ]);
    expect(rows[0].note).toMatch(/^файл не прочитан: /);
    expect(rows[1].errors).toBeGreaterThan(0);
    expect(rows[1].note).not.toBeNull();
  });

  it("gives a school that sent last period's file «Не сдан» with what to send, not «исправьте даты»", () => {
    const lastYear = school("ОО-2", [{}], {
      passport: { periodStart: dayOf(2023, 9, 1), periodEnd: dayOf(2024, 5, 31) },
    });
    const c = consolidate([school("ОО-1"), lastYear, school("ОО-3")], []);
    expect(c.excluded[0].earlierPeriod?.sent.end).toBe(dayOf(2024, 5, 31));
    const rows = collectionRows(c, EXPECTED.slice(0, 3));
    const two = rows.find((r) => r.code === "ОО-2")!;
    expect(two).toMatchObject({ status: "Не сдан", received: true, file: "ОО-2.xlsx" });
    expect(two.note).toBe("прислан файл за прошлый период 2023/24 — пришлите файл за 2024/25");
    expect(rows[0].code).toBe("ОО-2"); // among the schools to call first
    expect(collectionLine(rows)).toBe("Сдано 2 из 3; с ошибками 0; не сдано: ОО-2");
  });

  it("does not call a school «Не сдан» for last period's file sent beside this period's", () => {
    const lastYear = school("ОО-2", [{}], {
      file: "old.xlsx",
      passport: { periodStart: dayOf(2023, 9, 1), periodEnd: dayOf(2024, 5, 31) },
    });
    const rows = collectionRows(consolidate([school("ОО-2"), lastYear], []), EXPECTED.slice(1, 2));
    expect(rows.map((r) => [r.file, r.status])).toEqual([
      ["old.xlsx", "Сдан с ошибками"],
      ["ОО-2.xlsx", "Принят"],
    ]);
    expect(rows[0].note).toContain("этот файл прошлого периода не нужен");
    expect(collectionLine(rows)).toBe("Сдано 1 из 1; с ошибками 0; второй файл: ОО-2");
  });

  it("without a list expects the schools received", () => {
    const c = consolidate([school("ОО-2"), school("ОО-1")], []);
    const rows = collectionRows(c, null);
    expect(rows.map((r) => [r.code, r.status, r.expected])).toEqual([
      ["ОО-1", "Принят", true],
      ["ОО-2", "Принят", true],
    ]);
    expect(collectionLine(rows)).toBe("Сдано 2 из 2; с ошибками 0");
  });

  it("names a second file of the same school, which one was taken, and counts it apart", () => {
    const c = consolidate([school("ОО-1"), school("OO-1", [{}], { file: "again.xlsx" })], []);
    const rows = collectionRows(c, EXPECTED.slice(0, 1));
    const extra = rows.find((r) => !r.expected)!;
    expect(extra).toMatchObject({ file: "again.xlsx", duplicate: true });
    expect(extra.note).toContain("два файла одной ОО; в свод взят «ОО-1.xlsx»");
    expect(collectionLine(rows)).toBe("Сдано 1 из 1; с ошибками 0; второй файл: ОО-1");
  });

  it("counts «с ошибками» over the expected schools only, files not on the list apart", () => {
    const stranger = school("ХХ-9", [{}], { file: "stranger.xlsx" });
    stranger.issues.push(rowError(stranger.file, 2));
    const c = consolidate([school("ОО-1"), stranger], []);
    const rows = collectionRows(c, EXPECTED.slice(0, 1));
    expect(rows.find((r) => !r.expected)?.status).toBe("Сдан с ошибками");
    expect(collectionLine(rows)).toBe(
      "Сдано 1 из 1; с ошибками 0; не из списка: 1 файл (с ошибками или не прочитано: 1) — stranger.xlsx"
    );
  });

  it("names a code repeated in `Список ОО` (by its rows) instead of merging it silently", () => {
    const list = [
      { code: "ОО-1", name: "Школа 1", row: 2 },
      { code: "ОО-2", name: "Школа 2", row: 3 },
      { code: "OO-1", name: "Школа 1 (ещё раз)", row: 4 },
    ];
    const rows = collectionRows(consolidate([school("ОО-1")], []), list);
    expect(rows.filter((r) => r.expected)).toHaveLength(2);
    expect(rows.find((r) => r.code === "ОО-1")!.note).toBe(
      "код повторён в «Список ОО» (строки 2, 4) — оставьте одну строку"
    );
  });

  it("carries Контакт and E-mail of `Список ОО` into the rows", () => {
    const list = [{ code: "ОО-1", name: "Школа 1", contact: "Иванова, 8 900", email: "a@b.ru" }];
    const rows = collectionRows(consolidate([], []), list);
    expect(rows[0]).toMatchObject({ contact: "Иванова, 8 900", email: "a@b.ru" });
  });
});

describe("the sheet and the list", () => {
  it("colours the statuses by conditional formatting and writes Да/Нет", () => {
    const c = consolidate([school("ОО-1")], []);
    const sheet = collectionSheet(collectionRows(c, EXPECTED.slice(0, 2)));
    expect(sheet.name).toBe("Сбор данных");
    expect(sheet.cells[0]).toContain("Строк не учтено");
    expect(sheet.cells[1].slice(0, 4)).toEqual(["ОО-2", "Школа ОО-2", null, "Нет"]);
    expect(sheet.cells[1][8]).toBe("Не сдан");
    expect(sheet.cells[2][3]).toBe("Да");
    expect(sheet.conditionalFormats!.map((f) => f.equals)).toEqual([
      "Не сдан",
      "Сдан с ошибками",
      "Принят",
    ]);
  });

  it("writes whom to call (Контакт, E-mail) beside the status", () => {
    const list = [{ code: "ОО-1", name: "Школа 1", contact: "Иванова, 8 900", email: "a@b.ru" }];
    const sheet = collectionSheet(collectionRows(consolidate([], []), list));
    const at = (h: string) => sheet.cells[0].indexOf(h);
    expect(at("Контакт")).toBeGreaterThan(at("Статус"));
    expect([sheet.cells[1][at("Контакт")], sheet.cells[1][at("E-mail")]]).toEqual([
      "Иванова, 8 900",
      "a@b.ru",
    ]);
  });

  it("reads the list wherever she moved the columns", () => {
    const list = readSchoolList([
      ["Список школ"],
      ["E-mail", "Наименование ОО", "Код ОО", "Контакт"],
      ["a@b.ru", "Школа 1", "ОО-1", "Иванова"],
      [null, null, null, null],
      [null, "Школа 2", " ОО-2 ", null],
    ]);
    expect(list).toEqual([
      { code: "ОО-1", name: "Школа 1", contact: "Иванова", email: "a@b.ru", row: 3 },
      { code: "ОО-2", name: "Школа 2", contact: null, email: null, row: 5 },
    ]);
    expect(readSchoolList([["нет кода"]])).toBeNull();
  });
});

describe("a school's second, identical file without «Список ОО» (review 15, minor 3)", () => {
  const original = school("ОО-01", [{}, {}, {}], { file: "ОО-01.xlsx" });
  const copy = { ...original, file: "копия.xlsx" };
  const rows = collectionRows(consolidate([copy, original], []), null);

  it("tells no one to fix a «Список ОО» row that does not exist", () => {
    for (const r of rows) expect(r.note ?? "").not.toMatch(/Список ОО/);
  });

  it("says the losing file is the school's second file, its rows not in the consolidation", () => {
    const second = rows.find((r) => r.duplicate)!;
    expect(second.file).toBe("ОО-01.xlsx");
    expect(second.note).toMatch(/^второй файл ОО-01: его строки не вошли в свод; /);
    expect(second.note).toMatch(/в свод взят «копия\.xlsx»/);
    expect(rows.find((r) => r.expected)).toMatchObject({ file: "копия.xlsx", rows: 3, note: null });
  });

  it("still names a code repeated in a real «Список ОО»", () => {
    const list = [
      { code: "ОО-01", name: null, row: 2 },
      { code: "ОО-01", name: null, row: 3 },
    ];
    const listed = collectionRows(consolidate([original], []), list);
    expect(listed[0].note).toBe("код повторён в «Список ОО» (строки 2, 3) — оставьте одну строку");
  });
  it("names one replaced file in the singular and several in the plural", () => {
    const filed = (file: string, day: number) =>
      school("ОО-1", [{}], { file, passport: { filledOn: dayOf(2025, 6, day) } });
    const note = (files: ReturnType<typeof filed>[]) =>
      collectionRows(consolidate(files, [], EXPECTED), EXPECTED).find((r) => r.code === "ОО-1")!
        .note;
    expect(note([filed("a.xlsx", 1), filed("b.xlsx", 9)])).toContain(
      "заменяет прежний файл «a.xlsx» (заполнен раньше)"
    );
    expect(note([filed("a.xlsx", 1), filed("b.xlsx", 5), filed("c.xlsx", 9)])).toContain(
      "заменяет прежние файлы «a.xlsx», «b.xlsx» (заполнены раньше)"
    );
  });
});
