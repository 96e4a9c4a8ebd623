import { readCustomIndicators } from "../../../src/core/cycle";
import { CUSTOM_INDICATORS, TARGETS as SETTINGS_SHEET } from "../../../src/core/schema";
import {
  municipalityTemplateSheets,
  schoolTemplateSheets,
  TEACHER_BLANK_ROWS,
} from "../../../src/app/template";
import { splitLines } from "../../../src/app/template/instruction-sheet";
import { readSchoolList, SCHOOL_LIST_HINT } from "../../../src/core/consolidate/school-list";
import { SCHOOL_LIST } from "../../../src/core/schema/municipality";
import {
  COMMUNITIES,
  CONSOLIDATED_COMMUNITIES,
  CONSOLIDATED_TEACHERS,
  INSTRUCTION_SHEET,
  PASSPORT,
  SCHOOLS,
  TARGETS,
  TEACHERS,
  type TableSheetSpec,
} from "../../../src/core/schema";
import type { SheetModel, ValidationModel } from "../../../src/port/sheet-model";

const sheets = schoolTemplateSheets();
const byName = (name: string, list: SheetModel[] = sheets): SheetModel => {
  const found = list.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};
const validationAt = (sheet: SheetModel, row: number, col: number): ValidationModel | undefined =>
  sheet.validations?.find(
    (v) =>
      v.range.col <= col &&
      col < v.range.col + v.range.cols &&
      v.range.row <= row &&
      row < v.range.row + v.range.rows
  );

describe("school template", () => {
  it("has the four sheets in order", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      INSTRUCTION_SHEET,
      PASSPORT.name,
      TEACHERS.name,
      COMMUNITIES.name,
    ]);
  });

  it.each([TEACHERS, COMMUNITIES])(
    "$name: headers exactly as the schema, in its order, in a named table",
    (spec: TableSheetSpec) => {
      const sheet = byName(spec.name);
      expect(sheet.cells[0]).toEqual(spec.fields.map((f) => f.header));
      expect(sheet.headerRow).toBe(0);
      expect(sheet.freeze).toEqual({ rows: 1 });
      expect(sheet.tables).toEqual([
        expect.objectContaining({
          name: spec.tableName,
          range: { row: 0, col: 0, rows: sheet.cells.length, cols: spec.fields.length },
        }),
      ]);
    }
  );

  it("Педагоги: 41 columns and empty rows ready to fill", () => {
    const sheet = byName(TEACHERS.name);
    expect(sheet.cells[0]).toHaveLength(41);
    expect(sheet.cells).toHaveLength(TEACHER_BLANK_ROWS + 1);
    expect(sheet.cells.slice(1).every((row) => row.every((c) => c === null))).toBe(true);
  });

  it("Педагоги: a dropdown with the schema's values on every list and Да/Нет column, over every data row", () => {
    const sheet = byName(TEACHERS.name);
    TEACHERS.fields.forEach((field, col) => {
      const v = validationAt(sheet, 1, col);
      if (field.type === "list" || field.type === "yesno" || field.type === "multilist") {
        expect(v?.rule).toEqual({ kind: "list", values: field.values });
        expect(v?.range.rows).toBe(TEACHER_BLANK_ROWS);
        expect(v?.prompt?.message).toContain(field.help.slice(0, 20));
      }
      if (field.type === "date") {
        expect(v?.rule.kind).toBe("date");
        expect(sheet.columns?.[col].numberFormat).toBe("dd.mm.yyyy");
      }
      if (field.type === "number") expect(v?.rule).toEqual({ kind: "decimal", min: 0 });
      if (field.type === "text") expect(v).toBeUndefined();
    });
  });

  it("a multilist accepts several values (no stop alert); other lists refuse unknown ones", () => {
    const sheet = byName(TEACHERS.name);
    const deficits = TEACHERS.fields.findIndex((f) => f.type === "multilist");
    const sex = TEACHERS.fields.findIndex((f) => f.key === "sex");
    expect(validationAt(sheet, 1, deficits)?.error).toBeUndefined();
    expect(validationAt(sheet, 1, sex)?.error?.message).toMatch(/Выберите значение из списка/);
  });

  it("input messages fit Excel's limits", () => {
    for (const sheet of sheets)
      for (const v of sheet.validations ?? []) {
        expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
        expect(v.prompt!.message.length).toBeLessThanOrEqual(255);
        if (v.error) expect(v.error.message.length).toBeLessThanOrEqual(255);
      }
  });

  it("columns are at least as wide as the longest word of their header", () => {
    const sheet = byName(TEACHERS.name);
    TEACHERS.fields.forEach((f, col) => {
      const longest = Math.max(...f.header.split(" ").map((w) => w.length));
      expect(sheet.columns![col].width!).toBeGreaterThan(longest);
    });
  });

  it("Паспорт ОО: a title, the header within the first 10 rows, one row per field, validation by type", () => {
    const sheet = byName(PASSPORT.name);
    const header = sheet.cells.findIndex((row) => row[0] === PASSPORT.labelHeader);
    expect(header).toBeGreaterThan(0);
    expect(header).toBeLessThan(10);
    expect(sheet.cells[header]).toEqual([PASSPORT.labelHeader, PASSPORT.valueHeader]);
    const rows = sheet.cells.slice(header + 1);
    expect(rows.map((r) => r[0])).toEqual(PASSPORT.fields.map((f) => f.header));
    const kinds = PASSPORT.fields.map((_, i) => validationAt(sheet, header + 1 + i, 1)?.rule.kind);
    const expected = {
      code: "textLength",
      text: undefined,
      date: "date",
      number: "decimal",
      integer: "whole",
      yesno: "list",
    } as Record<string, string | undefined>;
    expect(kinds).toEqual(PASSPORT.fields.map((f) => expected[f.type]));
    PASSPORT.fields.forEach((f, i) => {
      if (f.type !== "date") return;
      const style = sheet.styles?.find(
        (s) => s.range.row === header + 1 + i && s.range.col === 1 && s.style.numberFormat
      );
      expect(style?.style.numberFormat).toBe("dd.mm.yyyy");
    });
  });

  it("Инструкция names every sheet and column, says how to check and where to send", () => {
    const text = byName(INSTRUCTION_SHEET)
      .cells.flat()
      .filter((c) => typeof c === "string")
      .join("\n");
    for (const spec of [PASSPORT, TEACHERS, COMMUNITIES]) {
      expect(text).toContain(`Лист «${spec.name}»`);
      for (const f of spec.fields) expect(text).toContain(f.header);
      for (const f of spec.fields) for (const v of f.values ?? []) expect(text).toContain(v);
    }
    expect(text).toContain("«Проверить»");
    expect(text).toMatch(/отправьте/);
    expect(text).toContain("да, если «Квалификационная категория» не «Без категории»");
  });

  it("splits paragraphs into lines without losing words", () => {
    const text = "слово ".repeat(100).trim();
    const lines = splitLines(text, 30);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("municipality template", () => {
  const muni = municipalityTemplateSheets();
  it("has the consolidated data sheets and the settings", () => {
    expect(muni.map((s) => s.name)).toEqual([
      SCHOOLS.name,
      CONSOLIDATED_TEACHERS.name,
      CONSOLIDATED_COMMUNITIES.name,
      TARGETS.name,
      SCHOOL_LIST.name,
    ]);
  });
  it("has an empty `Список ОО` with its headers and a hint, read back as no school", () => {
    const list = byName(SCHOOL_LIST.name, muni);
    expect(list.cells[0][0]).toBe(SCHOOL_LIST_HINT);
    expect(list.cells[1]).toEqual(SCHOOL_LIST.fields.map((f) => f.header));
    expect(readSchoolList(list.cells as never)).toEqual([]);
  });
  it.each([SCHOOLS, CONSOLIDATED_TEACHERS, CONSOLIDATED_COMMUNITIES])(
    "$name: headers from the schema",
    (spec: TableSheetSpec) => {
      expect(byName(spec.name, muni).cells[0]).toEqual(spec.fields.map((f) => f.header));
    }
  );
  it("Сводные данные: Код ОО, the 41 columns, then the source columns", () => {
    const header = byName(CONSOLIDATED_TEACHERS.name, muni).cells[0];
    expect(header[0]).toBe(PASSPORT.fields[0].header);
    expect(header.slice(1, 42)).toEqual(TEACHERS.fields.map((f) => f.header));
  });
  it("Настройки starts with the targets header", () => {
    const settings = byName(TARGETS.name, muni);
    const flat = settings.cells.flat();
    for (const f of TARGETS.fields) expect(flat).toContain(f.header);
  });
});

describe("municipality template «Настройки»", () => {
  it("carries the custom-indicator block beside the targets, read back as a valid definition", () => {
    const settings = municipalityTemplateSheets().find(
      (s: SheetModel) => s.name === SETTINGS_SHEET.name
    )!;
    const texts = settings.cells.flat().filter((c): c is string => typeof c === "string");
    expect(texts).toContain(CUSTOM_INDICATORS.fields[0].header);
    const grid = settings.cells.map((row) =>
      row.map((c) => (typeof c === "object" && c !== null && !(c instanceof Date) ? c.result : c))
    );
    const read = readCustomIndicators(grid);
    expect(read.issues).toEqual([]);
    expect(read.definitions.length).toBeGreaterThan(0);
  });
});
