/**
 * «Проверка» without dead ends: a blank workbook gets nothing created and is told what to do;
 * a click on a message whose sheet was renamed says so; «Снять отметки» says what it removed.
 */
import { clearedText } from "../../../src/app/check-texts";
import { validateWorkbook } from "../../../src/app/validate-workbook";
import { PaneError } from "../../../src/taskpane/failure";
import { clearMarksInPane, showIssueCell, validateInPane } from "../../../src/taskpane/steps/check";
import { RIBBON_STEPS } from "../../../src/commands/ribbon-steps";
import { OfficeWorkbook } from "../../../src/adapters/officejs/office-workbook";
import { FakeExcel } from "../../fakes/office";
import { schoolSheets, validWorker } from "../core/read/fixtures";
import { MemoryWorkbook } from "../app/memory-workbook";

const blank = () => MemoryWorkbook.fromGrids({ Лист1: [] });

describe("a blank workbook", () => {
  it("«Проверить» in the pane creates nothing and says to make the template", async () => {
    const book = blank();
    const error = await validateInPane(book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaneError);
    expect((error as PaneError).message).toMatch(/нечего проверять/);
    expect((error as PaneError).hint).toMatch(/«Шаблон»/);
    expect([...book.sheets.keys()]).toEqual(["Лист1"]);
  });

  it("the ribbon's «Проверить» creates nothing either", async () => {
    const book = blank();
    const status = await RIBBON_STEPS.validateWorkbook(book);
    expect(status.text).toMatch(/нечего проверять/);
    expect([...book.sheets.keys()]).toEqual(["Лист1"]);
  });

  it("a school workbook still gets its marks and `Ошибки`", async () => {
    const book = MemoryWorkbook.fromGrids(
      schoolSheets({ workers: [validWorker({ sex: "X" }, 0)] }) as never
    );
    const outcome = await validateWorkbook(book);
    expect(outcome.blank).toBe(false);
    expect(outcome.errorsSheet).toBe("Ошибки");
  });
});

it("a click on a message whose sheet was renamed says so instead of failing silently", async () => {
  const excel = new FakeExcel();
  excel.addSheet("Педагоги (старый)");
  const book = new OfficeWorkbook(excel.run, { isSetSupported: excel.isSetSupported });
  const issue = {
    sheet: "Педагоги",
    row: 8,
    column: "Пол",
    columnIndex: 11,
    code: "cell/enum",
    severity: "error",
    detail: "x",
  } as const;
  const error = await showIssueCell(book, issue).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PaneError);
  expect((error as PaneError).message).toBe(
    "Листа «Педагоги» больше нет в книге: его удалили или переименовали после проверки."
  );
});

describe("«Снять отметки»", () => {
  it("says how many cells on which sheets were unmarked", async () => {
    const book = MemoryWorkbook.fromGrids(
      schoolSheets({
        workers: [validWorker({ sex: "X" }, 0), validWorker({ sex: "Y" }, 1)],
      }) as never
    );
    const outcome = await validateWorkbook(book);
    expect(outcome.marked).toBeGreaterThan(0);
    const text = await clearMarksInPane(book);
    expect(text).toMatch(/^Отметки проверки сняты: \d+ яче(йка|йки|ек) на листе «Педагоги»/);
    expect(await clearMarksInPane(book)).toBe("Отметок проверки в книге нет: снимать нечего.");
  });

  it("agrees its numbers", () => {
    expect(clearedText({ cells: 1, sheets: ["Педагоги"], missing: [] })).toBe(
      "Отметки проверки сняты: 1 ячейка на листе «Педагоги». Значения не изменены."
    );
    expect(clearedText({ cells: 12, sheets: ["Паспорт ОО", "Педагоги"], missing: [] })).toBe(
      "Отметки проверки сняты: 12 ячеек на листах «Паспорт ОО», «Педагоги». Значения не изменены."
    );
  });

  it("names a marked sheet that is gone instead of saying there were no marks", () => {
    expect(clearedText({ cells: 0, sheets: [], missing: ["Педагоги"] })).toBe(
      "На листе «Педагоги» отметки не сняты: этого листа больше нет в книге (удалён или переименован); на переименованном листе уберите заливку и примечания вручную."
    );
  });
});
