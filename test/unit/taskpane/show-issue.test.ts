/**
 * «Проверка» → a click on a message shows its cell: the cell selected in Excel is the
 * one holding the faulty value (real 1-based rows in the issue, 0-based indexes in
 * Office.js). Until now only the browser test caught an off-by-one here.
 */
import { officeActions } from "../../../src/taskpane/actions";
import { TEACHERS } from "../../../src/core/schema/school";
import { FakeExcel } from "../../fakes/office";
import { schoolSheets, validWorker } from "../core/read/fixtures";

const NO_PROGRESS = { cancelled: false, report: () => undefined };
const host = { platform: null, createWorkbook: null };

function withFakeExcel<T>(excel: FakeExcel, work: () => Promise<T>): Promise<T> {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = { run: excel.run };
  return work().finally(() => delete g.Excel);
}

describe("showIssue", () => {
  it("selects the very cell of the issue's value", async () => {
    const excel = new FakeExcel();
    const sheets = schoolSheets({
      workers: [validWorker({}, 0), validWorker({}, 1), validWorker({ sex: "X" }, 2)],
    });
    for (const [name, grid] of Object.entries(sheets))
      excel.addSheet(name, grid as (string | number | null)[][]);
    const actions = officeActions(() => undefined, host);
    await withFakeExcel(excel, async () => {
      const outcome = await actions.validate(NO_PROGRESS);
      const issue = outcome.issues.find((i) => i.sheet === TEACHERS.name && i.value === "X");
      expect(issue).toBeDefined();
      await actions.showIssue(issue!);
    });
    const selection = excel.book.selection!;
    expect(selection.sheet).toBe(TEACHERS.name);
    const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(selection.address)!;
    const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const grid = sheets[TEACHERS.name];
    expect(grid[Number(digits) - 1][col]).toBe("X");
  });

  it("turns the issue's 1-based row into the sheet's row (row 7, column C → C7)", async () => {
    const excel = new FakeExcel();
    excel.addSheet(TEACHERS.name);
    const actions = officeActions(() => undefined, host);
    await withFakeExcel(excel, () =>
      actions.showIssue({
        sheet: TEACHERS.name,
        row: 7,
        column: "Пол",
        columnIndex: 2,
        code: "cell/enum",
        severity: "error",
        detail: "",
      })
    );
    expect(excel.book.selection).toEqual({ sheet: TEACHERS.name, address: "C7" });
  });
});
