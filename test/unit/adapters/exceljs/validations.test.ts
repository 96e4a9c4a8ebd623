import { LIST_SHEET } from "../../../../src/adapters/ooxml/formats";
import { LIMITS, truncate } from "../../../../src/core/text/validation-limits";
import { dayOf } from "../../../../src/core/time/day";
import type { SheetModel, ValidationModel } from "../../../../src/port/sheet-model";
import { WRITERS, writtenBy } from "./helpers";

const range = { row: 1, col: 0, rows: 500, cols: 1 };

function sheetWith(...validations: ValidationModel[]): SheetModel {
  return { name: "Педагоги", cells: [["Должность"]], validations };
}

describe.each(WRITERS)("%s: data validation", (_writer, create) => {
  const written = (...sheets: SheetModel[]) => writtenBy(create, ...sheets);

  it("writes a short list inline over the whole range", async () => {
    const file = await written(
      sheetWith({ range, rule: { kind: "list", values: ["Да", "Нет"] }, allowBlank: true })
    );
    expect(file.sheet("Педагоги").validations).toEqual([
      expect.objectContaining({
        sqref: "A2:A501",
        type: "list",
        formula1: '"Да,Нет"',
        allowBlank: true,
      }),
    ]);
  });

  it("puts a list longer than 255 characters into the very hidden sheet _Списки", async () => {
    const values = Array.from({ length: 40 }, (_, i) => `Длинное значение списка номер ${i + 1}`);
    const file = await written(sheetWith({ range, rule: { kind: "list", values } }));
    const [validation] = file.sheet("Педагоги").validations;
    expect(validation.formula1).toBe(`'${LIST_SHEET}'!$A$1:$A$40`);
    const lists = file.sheet(LIST_SHEET);
    expect(lists.state).toBe("veryHidden");
    expect(lists.values.A1).toBe(values[0]);
    expect(lists.values.A40).toBe(values[39]);
  });

  it("reuses the same _Списки column for the same list and puts values with commas there", async () => {
    const long = Array.from(
      { length: 30 },
      (_, i) => `Организация дополнительного образования ${i}`
    );
    const file = await written(
      sheetWith(
        { range, rule: { kind: "list", values: long } },
        { range: { ...range, col: 1 }, rule: { kind: "list", values: long } },
        { range: { ...range, col: 2 }, rule: { kind: "list", values: ["Да, полностью", "Нет"] } }
      )
    );
    const formulas = file.sheet("Педагоги").validations.map((v) => v.formula1);
    expect(formulas).toEqual([
      `'${LIST_SHEET}'!$A$1:$A$30`,
      `'${LIST_SHEET}'!$A$1:$A$30`,
      `'${LIST_SHEET}'!$B$1:$B$2`,
    ]);
  });

  it("writes date, decimal, whole and text length rules with their operators", async () => {
    const file = await written(
      sheetWith(
        { range, rule: { kind: "date", min: dayOf(1940, 1, 1), max: dayOf(2030, 12, 31) } },
        { range: { ...range, col: 1 }, rule: { kind: "decimal", min: 0 } },
        { range: { ...range, col: 2 }, rule: { kind: "whole", max: 80 } },
        { range: { ...range, col: 3 }, rule: { kind: "textLength", max: 32 } }
      )
    );
    const v = file.sheet("Педагоги").validations;
    expect(v[0]).toMatchObject({
      type: "date",
      operator: null,
      formula1: "14611",
      formula2: "47848",
    });
    expect(v[1]).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0" });
    expect(v[2]).toMatchObject({ type: "whole", operator: "lessThanOrEqual", formula1: "80" });
    expect(v[3]).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formula1: "32" });
  });

  it("cuts prompt and error texts to Excel's limits", async () => {
    const long = "Введите дату в формате ДД.ММ.ГГГГ. ".repeat(20);
    const file = await written(
      sheetWith({
        range,
        rule: { kind: "whole", min: 0 },
        prompt: { title: "Очень длинный заголовок подсказки для ячейки", message: long },
        error: { title: "Ошибка", message: long },
      })
    );
    const [v] = file.sheet("Педагоги").validations;
    expect(v.promptTitle!.length).toBeLessThanOrEqual(LIMITS.promptTitle);
    expect(v.prompt!.length).toBeLessThanOrEqual(LIMITS.prompt);
    expect(v.prompt!.endsWith("…")).toBe(true);
    expect(v.error!.length).toBeLessThanOrEqual(LIMITS.error);
    expect(v.errorTitle).toBe("Ошибка");
  });

  it("never splits a surrogate pair when cutting", () => {
    const text = `${"а".repeat(30)}😀😀`;
    const cut = truncate(text, 32);
    expect(cut.length).toBeLessThanOrEqual(32);
    expect(cut).toBe(`${"а".repeat(30)}…`);
  });
});
