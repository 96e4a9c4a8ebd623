/** A school's own workbook, by its sheet names: the pane, the ribbon and `--out` refuse the same ones. */
import { isSchoolBook } from "../../../../src/app/report/school-book";

it("a school's template, filled or not, is a school's workbook", () => {
  expect(
    isSchoolBook(["Инструкция", "Паспорт ОО", "Педагоги", "Сообщества и проекты", "_ПедМонитор"])
  ).toBe(true);
  expect(isSchoolBook(["паспорт оо "])).toBe(true);
  expect(isSchoolBook(["Педагоги"])).toBe(true);
});

it("a school's workbook after its own «Проверить» (which writes «Ошибки») is still a school's", () => {
  expect(
    isSchoolBook(["Инструкция", "Паспорт ОО", "Педагоги", "Сообщества и проекты", "Ошибки"])
  ).toBe(true);
});

it("a municipality workbook, even one with a school's sheets pasted in, is not", () => {
  expect(isSchoolBook(["ОО", "Сводные данные", "Сообщества и проекты"])).toBe(false);
  expect(isSchoolBook(["Паспорт ОО", "Педагоги", "Настройки"])).toBe(false);
  expect(isSchoolBook(["Паспорт ОО", "Педагоги", "Сводка"])).toBe(false);
});

it("a blank or unrelated workbook is not", () => {
  expect(isSchoolBook([])).toBe(false);
  expect(isSchoolBook(["Лист1", "Сообщества и проекты"])).toBe(false);
});
