/** @jest-environment jsdom */
import type { ValidationOutcome } from "../../../src/app/validate-workbook";
import type { Issue } from "../../../src/core/model";
import { CheckScreen } from "../../../src/taskpane/screens/CheckScreen";
import {
  act,
  allByRole,
  byRole,
  byText,
  click,
  deferred,
  queryText,
  renderPane,
  settle,
} from "./render";

const issue = (row: number, severity: "error" | "warning", detail: string): Issue => ({
  sheet: "Педагоги",
  row,
  column: "Пол",
  columnIndex: 2,
  code: "cell/enum",
  severity,
  detail,
});

function outcome(issues: Issue[]): ValidationOutcome {
  const errorCount = issues.filter((i) => i.severity === "error").length;
  return {
    issues,
    errorCount,
    warningCount: issues.length - errorCount,
    rowsRead: 40,
    schoolCount: 1,
    marked: issues.length,
    errorsSheet: "Ошибки",
    blank: false,
  };
}

function setup() {
  const validate = deferred<ValidationOutcome>();
  const actions = {
    validate: validate.step,
    clearMarks: jest.fn(async () => "Отметки проверки сняты."),
    showIssue: jest.fn(async () => undefined),
  };
  renderPane(<CheckScreen actions={actions} />);
  return { validate, actions };
}

describe("Проверка", () => {
  it("is empty before the first check", () => {
    setup();
    expect(byText(/Здесь появится список ошибок/)).toBeTruthy();
  });

  it("shows progress with row counts while the workbook is read", async () => {
    const { validate } = setup();
    click(byRole("button", "Проверить"));
    expect(byRole("button", "Проверить").hasAttribute("disabled")).toBe(true);
    act(() => validate.progress().report(5000, 20000, "Чтение листа «Педагоги»"));
    expect(byText("5000 из 20000: Чтение листа «Педагоги»")).toBeTruthy();
    expect(byRole("progressbar")).toBeTruthy();
    await settle(() => validate.resolve(outcome([])));
    expect(byText("Ошибок не найдено")).toBeTruthy();
  });

  it("counts by severity, lists errors first and shows the cell of a clicked message", async () => {
    const { validate, actions } = setup();
    click(byRole("button", "Проверить"));
    const warning = issue(7, "warning", "Стаж больше возраста");
    const error = issue(12, "error", "допустимо М или Ж");
    await settle(() => validate.resolve(outcome([warning, error])));
    expect(byText("1 ошибка")).toBeTruthy();
    expect(byText("1 предупреждение")).toBeTruthy();
    const items = allByRole("listitem").map((li) => li.textContent);
    expect(items[0]).toMatch(/^Ошибка — Педагоги, строка 12, «Пол»: допустимо М или ЖПерейти к /);
    click(byRole("button", /^Перейти к (ячейке [A-Z]+12|строке 12):/));
    expect(actions.showIssue).toHaveBeenCalledWith(error);
  });

  it("says what went wrong and what to do when the step fails", async () => {
    const { validate } = setup();
    click(byRole("button", "Проверить"));
    await settle(() =>
      validate.reject(Object.assign(new Error("busy"), { code: "InvalidOperationInCellEditMode" }))
    );
    expect(byText("Не удалось выполнить: busy")).toBeTruthy();
    expect(byText(/Закончите ввод в ячейке/)).toBeTruthy();
  });
});

describe("«Снять отметки» and undo (review 15, minor 6)", () => {
  const GROUPED = "Отменить весь шаг можно одним действием: «Отменить» (Ctrl+Z) в Excel.";
  function clearWith(text: string) {
    const actions = {
      validate: jest.fn(),
      clearMarks: jest.fn(async () => text),
      showIssue: jest.fn(async () => undefined),
      undoNote: () => GROUPED,
    };
    renderPane(<CheckScreen actions={actions} />);
    return settle(() => click(byRole("button", "Снять отметки")));
  }

  it("says nothing of undoing when there was nothing to clear", async () => {
    await clearWith("Отметок проверки в книге нет: снимать нечего.");
    byText("Отметок проверки в книге нет: снимать нечего.");
    expect(queryText(GROUPED)).toBeNull();
  });

  it("says how to undo when marks were cleared", async () => {
    await clearWith("Отметки проверки сняты: 3 ячейки на листе «Педагоги». Значения не изменены.");
    byText(GROUPED);
  });
});
