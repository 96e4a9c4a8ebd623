/**
 * Issue 14: a school whose file came «Сдан с ошибками» gets, in its feedback
 * workbook, the sheet `Ошибки` first — what to fix and resend by when, whom to
 * ask, and each error with its cell (sheet!A1, row, column, value, message).
 */
import { feedbackWorkbook } from "../../../../src/core/cycle/feedback";
import {
  earlierPeriodSheet,
  issueCell,
  reminderLine,
  resendByText,
} from "../../../../src/core/cycle/feedback-errors";
import { findProfile } from "../../../../src/core/indicators/profiles";
import { dayOf } from "../../../../src/core/time/day";
import { makeIssue } from "../../../../src/core/validate/message";
import { settings } from "./fixtures";

const profile = findProfile("003")!;
const base = {
  results: [],
  recommendations: [],
  plan: [],
  measures: [],
  profile,
  period: { start: dayOf(2024, 9, 1), end: dayOf(2025, 5, 31) },
};
const error = makeIssue(
  {
    file: "schools/ОО-2.xlsx",
    sheet: "Педагоги",
    row: 7,
    column: "Должность",
    columnIndex: 3,
    raw: null,
  },
  "cell/required",
  "обязательное поле не заполнено"
);
const warning = makeIssue(
  { file: "schools/ОО-2.xlsx", sheet: "Педагоги", row: 8, column: "Стаж", columnIndex: 9 },
  "cell/formula-without-value",
  "проверьте"
);

describe("the reminder in the feedback workbook", () => {
  it("opens the workbook of a school with errors: the line, then each error with its cell", () => {
    const s = settings();
    s.official = {
      ...s.official,
      contact: "Петрова И. И., 2-22-22",
      noteDate: dayOf(2025, 6, 10),
      replyBy: dayOf(2025, 9, 15),
    };
    const sheets = feedbackWorkbook("ОО-2", {
      ...base,
      settings: s,
      issues: [error, warning],
      file: "schools/ОО-2.xlsx",
      excludedRows: 1,
    });
    expect(sheets[0].name).toBe("Ошибки");
    const line = sheets[0].cells[1][0] as string;
    expect(line).toBe(
      "В файле «ОО-2.xlsx» 1 ошибка: в показатели не вошло строк с ошибками: 1. " +
        "Исправьте ячейки из списка ниже и отправьте файл заново до 24.06.2025; вопросы — Петрова И. И., 2-22-22."
    );
    const header = sheets[0].cells.findIndex((r) => r[0] === "Ячейка");
    expect(sheets[0].cells[header]).toEqual([
      "Ячейка",
      "Лист",
      "Строка",
      "Столбец",
      "Значение",
      "Ошибка",
    ]);
    const row = sheets[0].cells[header + 1];
    expect(row.slice(0, 4)).toEqual(["'Педагоги'!D7", "Педагоги", 7, "Должность"]);
    expect(String(row[5])).toContain("обязательное поле не заполнено");
    expect(sheets[0].cells).toHaveLength(header + 2); // the warning is not a thing to resend for
  });

  it("is absent for a school without errors", () => {
    const sheets = feedbackWorkbook("ОО-1", { ...base, settings: settings(), issues: [warning] });
    expect(sheets.map((x) => x.name)).not.toContain("Ошибки");
  });

  it("asks for the file again within two weeks of the справка, not by the next period's end", () => {
    const official = (noteDate: number | null, replyBy: number | null) => ({ noteDate, replyBy });
    expect(resendByText(official(dayOf(2025, 6, 10), null))).toBe("24.06.2025");
    // «Срок ответа ОО» earlier than two weeks: that one.
    expect(resendByText(official(dayOf(2025, 6, 10), dayOf(2025, 6, 17)))).toBe("17.06.2025");
    // An undated справка: «Срок ответа ОО»; neither set: a blank to fill, never 31.05.2026.
    expect(resendByText(official(null, dayOf(2025, 9, 15)))).toBe("15.09.2025");
    const sheets = feedbackWorkbook("ОО-2", { ...base, settings: settings(), issues: [error] });
    const line = sheets[0].cells[1][0] as string;
    expect(line).not.toContain("31.05.2026");
    expect(line).toMatch(/заново до _+;/);
  });

  it("says what is not set instead of inventing it", () => {
    expect(reminderLine(3, { file: "", replyBy: "________", contact: " " })).toContain(
      "В файле ОО 3 ошибки"
    );
    expect(issueCell({ ...error, row: null })).toBeNull();
  });

  it("does not say rows were left out when none were (only passport cells are wrong)", () => {
    const line = reminderLine(2, { file: "ОО-2.xlsx", replyBy: "01.10.2025", contact: "x" });
    expect(line).not.toContain("не вошли в показатели");
    expect(line).toContain("строки о педагогах учтены, но эти ячейки нужно исправить");
  });

  it("for last period's file, asks for this period's file, never to change the dates", () => {
    const sheet = earlierPeriodSheet("ОО-5 — МБОУ СОШ № 5", {
      file: "in/ОО-5.xlsx",
      replyBy: "01.10.2025",
      contact: "Петрова",
      sent: "2024/25",
      wanted: "2025/26",
    });
    expect(sheet.name).toBe("Ошибки");
    const line = sheet.cells[1][0] as string;
    expect(line).toContain("Прислан файл «ОО-5.xlsx» за прошлый период 2024/25");
    expect(line).toContain("пришлите файл за 2025/26 до 01.10.2025");
    expect(line).not.toContain("исправьте даты");
  });
});
