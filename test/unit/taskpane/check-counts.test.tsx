/** @jest-environment jsdom */
/**
 * The badges of «Проверка» count errors and warnings separately: with 2 errors and
 * 3 warnings, neither badge may show the other's number.
 */
import type { ValidationOutcome } from "../../../src/app/validate-workbook";
import type { Issue } from "../../../src/core/model";
import { CheckScreen } from "../../../src/taskpane/screens/CheckScreen";
import { byRole, click, deferred, queryText, renderPane, settle } from "./render";

const issue = (row: number, severity: "error" | "warning"): Issue => ({
  sheet: "Педагоги",
  row,
  column: "Пол",
  columnIndex: 2,
  code: "cell/enum",
  severity,
  detail: `${severity}`,
});

it("the errors badge shows the error count and the warnings badge the warning count", async () => {
  const validate = deferred<ValidationOutcome>();
  const actions = {
    validate: validate.step,
    clearMarks: jest.fn(async () => "Отметки проверки сняты."),
    showIssue: jest.fn(async () => undefined),
  };
  renderPane(<CheckScreen actions={actions} />);
  click(byRole("button", "Проверить"));
  const issues = [
    issue(3, "error"),
    issue(4, "warning"),
    issue(5, "error"),
    issue(6, "warning"),
    issue(7, "warning"),
  ];
  await settle(() =>
    validate.resolve({
      issues,
      errorCount: 2,
      warningCount: 3,
      rowsRead: 40,
      schoolCount: 1,
      marked: issues.length,
      errorsSheet: "Ошибки",
      blank: false,
    })
  );
  const status = byRole("status");
  expect(status.textContent).toContain("2 ошибки");
  expect(status.textContent).toContain("3 предупреждения");
  expect(queryText("3 ошибки")).toBeNull();
  expect(queryText("2 предупреждения")).toBeNull();
});
