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
import { readWorkbook } from "../../../../src/app/read-workbook";
import { filledSchoolSheets } from "../../../../src/app/template";
import { generateMunicipality } from "../../../../src/core/demo";
import type { SchoolData } from "../../../../src/core/model";
import { MemoryWorkbook } from "../../app/memory-workbook";

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

it("the whole report — reading, the question, a dozen sheets — is one grouped Excel.run", async () => {
  const schools: SchoolData[] = [];
  for (const g of generateMunicipality({ schools: 2, seed: 3 }))
    schools.push(
      ...(await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName)).schools
    );
  const excel = new FakeExcel();
  const { runs, undo } = counted(excel);
  const actions = officeActions(() => undefined, host, undo);
  const progress = { cancelled: false, report: () => undefined };
  const sources = { schools, issues: [], read: [], skipped: [] };
  const first = await actions.report({ sources, profileId: "full" }, progress);
  expect(first.kind).toBe("written");
  expect(excel.book.sheets.length).toBeGreaterThan(8);
  expect(runs).toEqual({ plain: 0, grouped: 1 });
  // Fewer schools: the question is asked inside the group; «Нет» writes nothing.
  const ask = jest.fn(() => Promise.resolve(false));
  const second = await actions.report(
    { sources: { ...sources, schools: schools.slice(0, 1) }, profileId: "full" },
    progress,
    ask
  );
  expect(ask).toHaveBeenCalledTimes(1);
  expect(second.kind).toBe("declined");
  expect(runs).toEqual({ plain: 0, grouped: 2 });
});

describe("said before writing (review 15, minor 9)", () => {
  it("the report's question says whether «Записать» can be undone on this host", async () => {
    const schools: SchoolData[] = [];
    for (const g of generateMunicipality({ schools: 2, seed: 3 }))
      schools.push(
        ...(await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName)).schools
      );
    const progress = { cancelled: false, report: () => undefined };
    const sources = { schools, issues: [], read: [], skipped: [] };
    for (const [excel, line] of [
      [new FakeExcel(), /^Шаг можно будет отменить одним действием/],
      [
        new FakeExcel(EXCEL_1_12),
        /не вернёт\. Если прежняя книга может понадобиться, сначала сохраните её копию/,
      ],
    ] as const) {
      const actions = officeActions(() => undefined, host, counted(excel).undo);
      await actions.report({ sources, profileId: "full" }, progress);
      const ask = jest.fn((_q: { lines: string[] }) => Promise.resolve(false));
      await actions.report(
        { sources: { ...sources, schools: schools.slice(0, 1) }, profileId: "full" },
        progress,
        ask
      );
      expect(ask.mock.calls[0][0].lines.at(-1)).toMatch(line);
    }
  });

  it("before any step: undoAhead per host; after: no «закройте без сохранения» (AutoSave)", async () => {
    const old = officeActions(() => undefined, host, counted(new FakeExcel(EXCEL_1_12)).undo);
    expect(old.undoAhead!()).toMatch(/сначала сохраните её копию/);
    await old.makeTemplate("school", false);
    expect(old.undoNote!()).not.toMatch(/без сохранения/);
    expect(old.undoNote!()).toMatch(/Журнал версий/);
    expect(undoNote("split")).not.toMatch(/без сохранения/);
    const current = officeActions(() => undefined, host, counted(new FakeExcel()).undo);
    expect(current.undoAhead!()).toBe(
      "Шаг можно будет отменить одним действием: «Отменить» (Ctrl+Z) в Excel."
    );
  });
});
