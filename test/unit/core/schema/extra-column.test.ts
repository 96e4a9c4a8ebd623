/**
 * "A new column is one schema entry": the entry shown in docs/architecture.md is added to
 * TEACHER_FIELDS here and nowhere else (the module as a person would edit it), and the
 * template, reading, validation, consolidation and the engine's getters all follow.
 */
jest.mock("../../../../src/core/schema/teachers", () => {
  const actual = jest.requireActual("../../../../src/core/schema/teachers");
  const { newColumnExample } = jest.requireActual("./new-column-example");
  return { ...actual, TEACHER_FIELDS: [...actual.TEACHER_FIELDS, newColumnExample()] };
});

import { filledSchoolSheets, schoolTemplateSheets } from "../../../../src/app/template";
import { readWorkbook } from "../../../../src/app/read-workbook";
import { validateWorkbook } from "../../../../src/app/validate-workbook";
import { teachersSheet } from "../../../../src/core/consolidate";
import { generateMunicipality } from "../../../../src/core/demo";
import { getter } from "../../../../src/core/indicators/field-access";
import type { WorkerField } from "../../../../src/core/indicators/conditions";
import type { CellValue } from "../../../../src/core/model";
import { renderIssue } from "../../../../src/core/validate/message";
import { CONSOLIDATED_TEACHERS, INSTRUCTION_SHEET, TEACHERS } from "../../../../src/core/schema";
import { MemoryWorkbook } from "../../app/memory-workbook";
import { newColumnExample } from "./new-column-example";

const entry = newColumnExample();
const key = entry.key as WorkerField;
const values = entry.values as readonly string[];
const extraCol = TEACHERS.fields.length - 1;
const text = (cells: readonly unknown[][]): string => cells.flat().join("\n");

/** A demo school whose rows carry the new column: a good value, an empty cell, a value off the list. */
function schoolWorkbook(): MemoryWorkbook {
  const [school] = generateMunicipality({ schools: 1, seed: 3 });
  const teachers = school.teachers.map((row) => [...row]);
  teachers.forEach((row: CellValue[], i) => {
    row[extraCol] = i === 0 ? values[2] : i === 1 ? null : i === 2 ? "Иногда" : values[1];
  });
  return new MemoryWorkbook(filledSchoolSheets({ ...school, teachers }));
}
/** The template's `Педагоги` header is row 1: data row i is sheet row i + 2. */
const sheetRow = (dataRow: number): number => dataRow + 2;

describe("a column declared only in the schema", () => {
  it("is the test's entry, last in `Педагоги`", () => {
    expect(entry.key).toBe("digitalPortfolio");
    expect(TEACHERS.fields[extraCol]).toEqual(entry);
  });

  it("is in the school template: header, drop-down list and the instruction line", () => {
    const sheets = schoolTemplateSheets();
    const teachers = sheets.find((s) => s.name === TEACHERS.name);
    expect(teachers?.cells[0][extraCol]).toBe(entry.header);
    const validation = teachers?.validations?.find(
      (v) => v.range.col <= extraCol && extraCol < v.range.col + v.range.cols
    );
    expect(validation?.rule).toEqual({ kind: "list", values });
    expect(validation?.prompt?.message).toContain(entry.help);
    const instruction = sheets.find((s) => s.name === INSTRUCTION_SHEET);
    expect(text(instruction?.cells ?? [])).toContain(entry.header);
  });

  it("is optional, so the demo (which does not fill it) stays valid on it", async () => {
    expect(entry.required).toBe(false);
    const [school] = generateMunicipality({ schools: 1, seed: 3 });
    const wb = new MemoryWorkbook(filledSchoolSheets(school));
    const outcome = await validateWorkbook(wb, { mark: false, file: "ОО-01.xlsx" });
    expect(outcome.issues.filter((i) => i.column === entry.header)).toEqual([]);
  });

  it("is read into the Worker and validated by its list rule; an empty cell is no error", async () => {
    const wb = schoolWorkbook();
    const outcome = await validateWorkbook(wb, { mark: false, file: "ОО-01.xlsx" });
    const onColumn = outcome.issues.filter((i) => i.column === entry.header);
    expect(onColumn.map((i) => [i.code, i.row, i.value])).toEqual([
      ["cell/enum", sheetRow(2), "Иногда"],
    ]);
    expect(
      onColumn.every((i) => i.sheet === TEACHERS.name && renderIssue(i).includes(entry.header))
    ).toBe(true);

    const [school] = (await readWorkbook(wb, "ОО-01.xlsx")).schools;
    const byKey = school.workers.map((w) => (w as unknown as Record<string, unknown>)[key]);
    expect(byKey.slice(0, 4)).toEqual([values[2], null, null, values[1]]);
    // The engine reads it like any other field.
    expect(getter(key)(school.workers[0])).toBe(values[2]);
  });

  it("is a column of the consolidated `Сводные данные`, keeping what the school typed", async () => {
    const [school] = (await readWorkbook(schoolWorkbook(), "ОО-01.xlsx")).schools;
    const sheet = teachersSheet([school]);
    const col = CONSOLIDATED_TEACHERS.fields.findIndex((f) => f.key === key);
    expect(col).toBeGreaterThan(0);
    const header = sheet.cells.findIndex((row) => row[col] === entry.header);
    expect(header).toBeGreaterThanOrEqual(0);
    const cells = sheet.cells.slice(header + 1, header + 5).map((row) => row[col]);
    expect(cells).toEqual([values[2], null, "Иногда", values[1]]);
  });
});
