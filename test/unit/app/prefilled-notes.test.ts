/**
 * The Russian lines of «Книги ОО на новый период», built once for the command line and the
 * pane (issue 15 review): what was carried, what was left aside and why, and whether to look.
 */
import {
  checkPrevious,
  prefilledNotes,
  prefilledWorkbooks,
  unreadableSources,
} from "../../../src/app/template";
import { makeIssue } from "../../../src/core/validate/message";
import { dayOf } from "../../../src/core/time/day";
import { school } from "../core/fixtures/worker";

const TODAY = dayOf(2026, 12, 5);
const CLI = { previousGiven: true, again: "запустите команду снова" };

describe("prefilledNotes", () => {
  it("names a near code under its school and as a line to look at (attention)", () => {
    const muni = [school("ОО-01"), school("ОО-02")];
    const list = [
      { code: "ОО-01", name: null },
      { code: "ОО-3", name: null },
    ];
    const previous = [school("ОО-01", [{}, {}]), school("ОО-03", [{}])];
    const notes = prefilledNotes(prefilledWorkbooks(muni, previous, TODAY, list), CLI);
    expect(notes.books.map((b) => b.line)).toEqual([
      "ОО-01.xlsx: перенесено педагогов — 2 (из ОО-01.xlsx)",
      "ОО-3.xlsx: лист «Педагоги» пуст — в прошлом периоде кода ОО-3 нет, есть похожий «ОО-03» (ОО-03.xlsx); проверьте код",
    ]);
    expect(notes.notCarried).toEqual([
      "Внимание: в «ОО-03.xlsx» прошлого периода код ОО «ОО-03» — похоже на ОО-3 из листа «Список ОО», но это другой код: педагоги не перенесены в ОО-3.xlsx. " +
        "Если это та же ОО, исправьте код (в паспорте файла или на листе «Список ОО») и запустите команду снова.",
    ]);
    expect(notes.attention).toBe(true);
  });

  it("names a school off the list and a repeated code without asking to look; the way to redo is the caller's", () => {
    const list = [
      { code: "ОО-1", name: null },
      { code: "OO-1", name: null },
    ];
    const result = prefilledWorkbooks([school("ОО-1")], [school("ОО-77")], TODAY, list);
    const notes = prefilledNotes(result, { previousGiven: true, again: "нажмите кнопку снова" });
    expect(notes.notCarried).toEqual([
      "Внимание: на листе «Список ОО» код повторён: «ОО-1», «OO-1» — книга сделана одна; оставьте одну строку.",
      "Не перенесено: в «ОО-77.xlsx» прошлого периода ОО с кодом «ОО-77», которой нет на листе «Список ОО».",
    ]);
    expect(notes.books[0].line).toBe(
      "ОО-1.xlsx: в прошлом периоде этой ОО нет — лист «Педагоги» пуст"
    );
    expect(notes.attention).toBe(false);
  });

  it("names rows without a code with the caller's way to redo, and a resend left aside; the `ОО` sheet when there is no list", () => {
    const file = { file: "prev.xlsx" };
    const previous = [
      school("ОО-1", [{ row: 3 }], file),
      school("", [{ row: 5 }, { row: 6 }], { ...file, passport: { schoolCode: null } }),
      school("ОО-2", [{}], { file: "ОО-2.xlsx", passport: { filledOn: dayOf(2025, 6, 1) } }),
      school("ОО-2", [{}], {
        file: "ОО-2 исправлен.xlsx",
        passport: { filledOn: dayOf(2025, 6, 9) },
      }),
      school("ОО-02", [{}], { file: "x.xlsx" }),
    ];
    const result = prefilledWorkbooks([school("ОО-1"), school("ОО-2")], previous, TODAY);
    const notes = prefilledNotes(result, { previousGiven: true, again: "подготовьте книги снова" });
    expect(notes.notCarried).toContain(
      "Не перенесено: в «prev.xlsx» прошлого периода 2 строки без кода ОО (строки 5, 6) — чьи это педагоги, неизвестно. Впишите код ОО в эти строки и подготовьте книги снова."
    );
    expect(notes.books[1].setAside).toEqual([
      "не использован «ОО-2.xlsx» той же ОО за тот же период: взят «ОО-2 исправлен.xlsx» — он заполнен позже (09.06.2025)",
    ]);
    expect(result.listSheet).toBe("ОО");
    expect(notes.attention).toBe(true);
  });

  it("without last period's sources, names the files only", () => {
    const notes = prefilledNotes(prefilledWorkbooks([school("ОО-1")], [], TODAY), {
      previousGiven: false,
      again: "",
    });
    expect(notes).toEqual({
      books: [{ line: "ОО-1.xlsx", setAside: [] }],
      notCarried: [],
      attention: false,
    });
  });
});

describe("checkPrevious", () => {
  const start = dayOf(2025, 9, 1);
  const late = school("ОО-1", [{}], {
    file: "новая.xlsx",
    passport: { periodStart: start, periodEnd: dayOf(2026, 5, 31) },
  });

  it("refuses when nothing is of last period, naming each file and why", () => {
    const check = checkPrevious([late], ["note.xlsx"], start);
    expect(check.refusal).toBe(
      "нет данных прошлого периода (до 01.09.2025): «новая.xlsx» — за период новых книг или позже, а не за прошлый; «note.xlsx» — не прочитан как книга Excel"
    );
    expect(check.late).toEqual([]);
  });

  it("with something usable, names the late files only", () => {
    const check = checkPrevious([late, school("ОО-2")], [], start);
    expect(check.refusal).toBeNull();
    expect(check.late).toEqual([
      "«новая.xlsx» — за период новых книг или позже; педагоги из него не перенесены.",
    ]);
  });

  it("five named, then how many more", () => {
    const files = Array.from({ length: 7 }, (_, i) => `f${i}.xlsx`);
    expect(checkPrevious([], files, start).refusal).toMatch(
      /«f4\.xlsx» — не прочитан как книга Excel; и ещё 2$/
    );
    expect(checkPrevious([], [], start).refusal).toMatch(/: ни одной ОО$/);
  });
});

describe("unreadableSources", () => {
  it("are the files named with an error that gave no school", () => {
    const err = (file: string) => ({
      ...makeIssue({ sheet: "", row: null, column: null }, "file/unreadable", "x"),
      file,
    });
    const opened = {
      schools: [school("ОО-1")],
      issues: [err("note.xlsx"), err("ОО-1.xlsx"), err("note.xlsx")],
    };
    expect(unreadableSources(opened)).toEqual(["note.xlsx"]);
  });
  it("names one row without a code as «строка», not «строки»", () => {
    const previous = [
      school("", [{ row: 8 }], { file: "prev.xlsx", passport: { schoolCode: null } }),
    ];
    const result = prefilledWorkbooks([school("ОО-1")], previous, TODAY);
    const notes = prefilledNotes(result, { previousGiven: true, again: "подготовьте книги снова" });
    expect(notes.notCarried[0]).toContain("1 строка без кода ОО (строка 8)");
  });
});
