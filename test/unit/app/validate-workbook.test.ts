import { filledSchoolSheets } from "../../../src/app/template";
import { clearValidationMarks, validateWorkbook } from "../../../src/app/validate-workbook";
import { readRegistry } from "../../../src/app/registry";
import { generateMunicipality } from "../../../src/core/demo";
import { PASSPORT, TEACHERS } from "../../../src/core/schema";
import { ERRORS } from "../../../src/core/schema/errors";
import { cellKey, MARK_FILL, MemoryWorkbook } from "./memory-workbook";

const [school] = generateMunicipality({ schools: 1, seed: 3 });
const workbook = (): MemoryWorkbook => new MemoryWorkbook(filledSchoolSheets(school));
/** The template's `Педагоги` header is row 1: data row i is sheet row i + 2. */
const sheetRow = (dataRow: number): number => dataRow + 2;
const colOf = (header: string): number => TEACHERS.fields.findIndex((f) => f.header === header);

describe("validateWorkbook", () => {
  it("finds every planted fault at its sheet row and column, and nothing else as an error", async () => {
    const outcome = await validateWorkbook(workbook(), { mark: false, file: "ОО-01.xlsx" });
    const errors = outcome.issues.filter((i) => i.severity === "error");
    for (const fault of school.faults) {
      expect(errors).toContainEqual(
        expect.objectContaining({
          sheet: TEACHERS.name,
          row: sheetRow(fault.dataRow),
          column: fault.column,
          file: "ОО-01.xlsx",
        })
      );
    }
    const faultRows = new Set(school.faults.map((f) => sheetRow(f.dataRow)));
    expect(errors.filter((e) => !faultRows.has(e.row ?? -1))).toEqual([]);
    expect(outcome.errorCount).toBe(errors.length);
    expect(outcome.rowsRead).toBe(school.teachers.length);
  });

  it("reading only does not touch the workbook", async () => {
    const wb = workbook();
    await validateWorkbook(wb, { mark: false });
    expect(wb.log.filter((l) => !l.startsWith("read"))).toEqual([]);
    expect(wb.log).not.toContain("read Инструкция");
  });

  it("marks the bad cells with the message, writes `Ошибки` with links, and records both", async () => {
    const wb = workbook();
    const outcome = await validateWorkbook(wb);
    const fault = school.faults[0];
    const key = cellKey(TEACHERS.name, sheetRow(fault.dataRow) - 1, colOf(fault.column));
    expect(wb.fills.get(key)).toBe(MARK_FILL);
    expect(wb.notes.get(key)).toMatch(/^Ошибка: /);
    expect(outcome.errorsSheet).toBe(ERRORS.name);
    const errorsModel = wb.model(ERRORS.name);
    expect(errorsModel.cells[0]).toEqual(ERRORS.fields.map((f) => f.header));
    expect(errorsModel.cells).toHaveLength(outcome.issues.length + 1);
    expect(errorsModel.hyperlinks?.length).toBeGreaterThanOrEqual(school.faults.length);
    expect(errorsModel.hyperlinks).toContainEqual(
      expect.objectContaining({ sheet: TEACHERS.name })
    );
    const registry = await readRegistry(wb);
    expect(registry.sheets).toContain(ERRORS.name);
    expect(registry.marks.get(TEACHERS.name)?.length).toBe(outcome.marked);
  });

  it("clears its previous marks and restores the fills people had", async () => {
    const wb = workbook();
    const fault = school.faults[0];
    const key = cellKey(TEACHERS.name, sheetRow(fault.dataRow) - 1, colOf(fault.column));
    wb.fills.set(key, "#00FF00");
    await validateWorkbook(wb);
    // The person fixes nothing but asks again: one set of marks, not two.
    await validateWorkbook(wb);
    expect(wb.fills.get(key)).toBe(MARK_FILL);
    await clearValidationMarks(wb);
    expect(wb.fills.get(key)).toBe("#00FF00");
    expect(wb.notes.size).toBe(0);
    expect((await readRegistry(wb)).marks.size).toBe(0);
  });

  it("never changes a value a person typed", async () => {
    const wb = workbook();
    const before = await wb.readSheet(TEACHERS.name);
    await validateWorkbook(wb);
    expect(await wb.readSheet(TEACHERS.name)).toEqual(before);
  });

  it("does not overwrite a person's own sheet called `Ошибки`", async () => {
    const wb = workbook();
    await wb.writeSheet({ name: "Ошибки", cells: [["мои заметки"]] });
    const outcome = await validateWorkbook(wb);
    expect(outcome.errorsSheet).toBeNull();
    expect(await wb.readSheet("Ошибки")).toEqual([["мои заметки"]]);
  });

  it("reports a workbook without the required sheets", async () => {
    const outcome = await validateWorkbook(MemoryWorkbook.fromGrids({ Лист1: [["x"]] }), {
      mark: false,
    });
    expect(outcome.errorCount).toBeGreaterThanOrEqual(2);
    expect(outcome.issues.map((i) => i.sheet)).toEqual(
      expect.arrayContaining([PASSPORT.name, TEACHERS.name])
    );
  });
});
