/**
 * What the reader notes beside the grid (issue 11): values far outside the
 * table are left out — the grid stays as small as the table — and formulas
 * saved without a value are listed, so the messages can say why a cell looks
 * empty. Then core/read's applyCellNotes turns the notes into issues.
 */
import { XlsxReadOnlyWorkbook } from "../../../../src/adapters/xlsx-reader/workbook";
import { FAR_COLUMNS, FAR_ROWS } from "../../../../src/adapters/xlsx-reader/sheet";
import type { Issue } from "../../../../src/core/model";
import { applyCellNotes } from "../../../../src/core/read/cell-notes";
import { handXlsx } from "./build-xlsx";
import { renderIssue } from "../../../../src/core/validate/message";

const open = async (body: string) =>
  XlsxReadOnlyWorkbook.open(await handXlsx({ sheets: [{ name: "Педагоги", body }] }));
const table =
  '<row r="1"><c r="A1" t="inlineStr"><is><t>Пол</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c><c r="B2"><v>3</v></c></row>';

describe("xlsx reader: values far outside the table", () => {
  it("keeps the table, leaves out each far value by its cell, and never builds the far grid", async () => {
    const book = await open(
      `<sheetData>${table}<row r="5"><c r="XFD5" t="inlineStr"><is><t>забыто</t></is></c></row>` +
        `<row r="900000"><c r="C900000"><v>7</v></c></row></sheetData>`
    );
    const grid = await book.readSheet("Педагоги");
    expect(grid).toEqual([
      ["Пол", 1],
      [2, 3],
    ]);
    expect(book.cellNotes("Педагоги")).toEqual([
      { kind: "outside-table", sheet: "Педагоги", row: 5, col: 16383, value: "забыто" },
      { kind: "outside-table", sheet: "Педагоги", row: 900000, col: 2, value: "7" },
    ]);
  });

  it("keeps values up to the gap limits: a note three columns or a thousand rows away is data", async () => {
    const near = FAR_COLUMNS; // B is the last column; B + FAR_COLUMNS is still within the gap
    const book = await open(
      `<sheetData>${table}<row r="${2 + FAR_ROWS}"><c r="A${2 + FAR_ROWS}"><v>9</v></c><c r="${letters(1 + near)}${2 + FAR_ROWS}"><v>8</v></c></row></sheetData>`
    );
    const grid = await book.readSheet("Педагоги");
    expect(grid).toHaveLength(2 + FAR_ROWS);
    expect(grid[1 + FAR_ROWS][0]).toBe(9);
    expect(grid[1 + FAR_ROWS][1 + near]).toBe(8);
    expect(book.cellNotes("Педагоги")).toEqual([]);
  });

  it("names twenty far values and counts the rest", async () => {
    const far = Array.from(
      { length: 25 },
      (_, i) => `<c r="${letters(2000 + i)}2"><v>${i}</v></c>`
    ).join("");
    const book = await open(
      `<sheetData>${table.replace("</row></sheetData>", "")}</sheetData>`.replace(
        '<c r="B2"><v>3</v></c></row>',
        `<c r="B2"><v>3</v></c>${far}</row>`
      )
    );
    await book.readSheet("Педагоги");
    const notes = book.cellNotes("Педагоги");
    expect(notes).toHaveLength(20);
    expect(notes[19].more).toBe(5);
  });
});

describe("xlsx reader: formulas saved without a value", () => {
  it("notes a formula with no <v> (not one whose text result is empty) and reads it as empty", async () => {
    const book = await open(
      '<sheetData><row r="1"><c r="A1"><f>B1*2</f></c><c r="B1" t="str"><f>""&amp;""</f><v></v></c>' +
        '<c r="C1"><f>1+1</f><v>2</v></c><c r="D1"><f t="shared" si="0"/></c></row></sheetData>'
    );
    expect(await book.readSheet("Педагоги")).toEqual([[null, null, 2]]);
    expect(book.cellNotes("Педагоги")).toEqual([
      { kind: "formula-without-value", sheet: "Педагоги", row: 1, col: 0 },
      { kind: "formula-without-value", sheet: "Педагоги", row: 1, col: 3 },
    ]);
  });
});

describe("core/read applyCellNotes", () => {
  const required: Issue = {
    file: "a/школа.xlsx",
    sheet: "Педагоги",
    row: 5,
    column: "Пол",
    columnIndex: 2,
    code: "cell/required",
    severity: "error",
    value: "",
    detail: "заполните поле.",
  };

  it("explains a required cell that is empty only because its formula has no value, keeping the code", () => {
    const issues = [{ ...required }];
    const warnings = applyCellNotes(
      issues,
      [
        { kind: "formula-without-value", sheet: "Педагоги", row: 5, col: 2 },
        { kind: "formula-without-value", sheet: "Педагоги", row: 7, col: 30 },
      ],
      "a/школа.xlsx"
    );
    expect(issues[0]).toMatchObject({ code: "cell/required", severity: "error" });
    expect(renderIssue(issues[0])).toBe(
      "Педагоги, строка 5, «Пол»: в ячейке C5 формула без сохранённого значения, программа видит её пустой — откройте файл в Excel и сохраните его: Excel пересчитает формулу и сохранит значение."
    );
    expect(renderIssue(issues[0])).not.toContain(": пусто");
    expect(warnings).toEqual([
      expect.objectContaining({
        file: "a/школа.xlsx",
        code: "cell/formula-without-value",
        severity: "warning",
        row: 7,
        columnIndex: 30,
      }),
    ]);
    expect(renderIssue(warnings[0])).toContain(
      "Педагоги: в ячейке AE7 формулы без сохранённого значения"
    );
  });

  it("turns a far value into a warning naming the cell", () => {
    const warnings = applyCellNotes(
      [],
      [{ kind: "outside-table", sheet: "Педагоги", row: 1048576, col: 16383, value: "x" }],
      "f.xlsx"
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        code: "sheet/far-cell",
        severity: "warning",
        row: 1048576,
        columnIndex: 16383,
      }),
    ]);
    expect(renderIssue(warnings[0])).toContain(
      "значение «x» в ячейке XFD1048576 далеко за пределами таблицы и не прочитано"
    );
  });
});

function letters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
