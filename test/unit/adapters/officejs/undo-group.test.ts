/**
 * One undo group per step where Excel has ExcelApi 1.20: every port operation of the step
 * runs inside one `Excel.run({ mergeUndoGroup: true })`; on an older host the step runs as
 * before and the pane says «Отменить» will not take it back; a group Excel refuses
 * (UndoNotSupported) is run again ungrouped and says so too.
 */
import { FakeOfficeError } from "../../../fakes/office";
import { EXCEL_1_12, FakeExcel } from "../../../fakes/office";
import type { ExcelRun } from "../../../../src/adapters/officejs/excel-run";
import { undoNote, UndoGroups } from "../../../../src/adapters/officejs/undo-group";
import { officeActions } from "../../../../src/taskpane/actions";
import { answerOnce } from "../../../../src/taskpane/steps/confirm";

const host = { platform: null, createWorkbook: null };

function counted(excel: FakeExcel, groupedFails = false) {
  const runs = { plain: 0, grouped: 0 };
  const plain: ExcelRun = (batch) => {
    runs.plain++;
    return excel.run(batch);
  };
  const grouped: ExcelRun = (batch) => {
    runs.grouped++;
    if (groupedFails) return Promise.reject(new FakeOfficeError("UndoNotSupported", "not here"));
    return excel.run({ mergeUndoGroup: true }, batch);
  };
  return { runs, undo: new UndoGroups(plain, grouped, excel.isSetSupported) };
}

it("runs a whole step (the school template) in one grouped Excel.run", async () => {
  const excel = new FakeExcel();
  const { runs, undo } = counted(excel);
  const actions = officeActions(() => undefined, host, undo);
  const result = await actions.makeTemplate("school", false);
  expect(result.created.length).toBeGreaterThan(2);
  expect(runs).toEqual({ plain: 0, grouped: 1 });
  expect(excel.runOptions).toEqual([{ mergeUndoGroup: true }]);
  expect(actions.undoNote!()).toBe(
    "Отменить весь шаг можно одним действием: «Отменить» (Ctrl+Z) в Excel."
  );
});

it("without ExcelApi 1.20 the step runs as before and the pane says it cannot be undone", async () => {
  const excel = new FakeExcel(EXCEL_1_12);
  const { runs, undo } = counted(excel);
  const actions = officeActions(() => undefined, host, undo);
  await actions.makeTemplate("school", false);
  expect(runs.grouped).toBe(0);
  expect(runs.plain).toBeGreaterThan(1);
  expect(actions.undoNote!()).toMatch(
    /не отменяет изменения надстроек \(нужен набор ExcelApi 1\.20\)/
  );
});

it("a group Excel refuses (UndoNotSupported) is run again ungrouped, and says so", async () => {
  const excel = new FakeExcel();
  const { runs, undo } = counted(excel, true);
  const actions = officeActions(() => undefined, host, undo);
  const result = await actions.makeTemplate("school", false);
  expect(result.created.length).toBeGreaterThan(2);
  expect(runs.grouped).toBe(1);
  expect(runs.plain).toBeGreaterThan(1);
  expect(actions.undoNote!()).toMatch(/не смог записать этот шаг одним действием отмены/);
});

it("other errors of a group are the step's errors", async () => {
  const excel = new FakeExcel();
  const undo = new UndoGroups(
    excel.run,
    () => Promise.reject(new FakeOfficeError("AccessDenied", "protected")),
    excel.isSetSupported
  );
  await expect(undo.step(async () => 1)).rejects.toMatchObject({ code: "AccessDenied" });
  expect(undoNote(undo.last)).toBeNull();
});

it("a step run twice asks its question once", async () => {
  const confirm = jest.fn(() => Promise.resolve(false));
  const ask = answerOnce(confirm);
  const q = { title: "?", lines: [], yes: "Да", no: "Нет" };
  expect(await ask(q)).toBe(false);
  expect(await ask(q)).toBe(false);
  expect(confirm).toHaveBeenCalledTimes(1);
});
