/** The issue for a required sheet that the workbook lacks. */
import type { Issue } from "../model";
import { makeIssue } from "../validate/message";

export function missingSheet(sheet: string, file: string): Issue {
  return makeIssue(
    { file, sheet, row: null, column: null },
    "sheet/missing",
    "в книге нет такого листа. Добавьте лист «{sheet}» из шаблона или переименуйте свой лист так же.",
    { sheet }
  );
}
