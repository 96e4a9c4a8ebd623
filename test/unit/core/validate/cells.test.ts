/** The cell parsers compiled from the schema: tolerant, calendar-checked, never throwing. */
import { parseDate } from "../../../../src/core/validate/cell/date";
import { Invalid } from "../../../../src/core/validate/cell/invalid";
import { listParser } from "../../../../src/core/validate/cell/list";
import { multiListParser } from "../../../../src/core/validate/cell/multilist";
import { parseInteger, parseNumber } from "../../../../src/core/validate/cell/number";
import { parseCode } from "../../../../src/core/validate/cell/code";
import { parseText } from "../../../../src/core/validate/cell/text";
import { parseYesNo } from "../../../../src/core/validate/cell/yesno";
import {
  DEFICITS,
  EDUCATION_LEVEL,
  QUALIFICATION_CATEGORY,
} from "../../../../src/core/schema/values";
import { dateFromDay, dayOf, formatDay } from "../../../../src/core/time/day";

const day = (raw: unknown): string | null => {
  const value = parseDate(raw);
  return value instanceof Invalid ? "invalid" : value === null ? null : formatDay(value as number);
};

describe("dates", () => {
  it.each([
    ["01.09.2024", "01.09.2024"],
    ["1.9.2024", "01.09.2024"],
    [" 01.09.2024 ", "01.09.2024"],
    ["01/09/2024", "01.09.2024"],
    ["2024-09-01", "01.09.2024"],
    ["2024-09-01T00:00:00Z", "01.09.2024"],
    ["01.09.2024 0:00:00", "01.09.2024"],
    ["29.02.2024", "29.02.2024"],
    [45658, "01.01.2025"],
    [45658.75, "01.01.2025"],
    [dateFromDay(dayOf(2023, 9, 1)), "01.09.2023"],
    [null, null],
    ["", null],
    ["   ", null],
  ])("reads %p as %p", (raw, expected) => expect(day(raw)).toBe(expected));

  it.each([
    ["31.02.1980"],
    ["29.02.2023"],
    ["32.01.2024"],
    ["01.13.2024"],
    ["01.09.24"],
    ["вчера"],
    ["2024-9"],
    ["01.09.2024 утром"],
    [true],
    [-5],
    [3_000_000],
    [Number.NaN],
    [new Date(Number.NaN)],
    ["01.01.1850"],
  ])("rejects %p", (raw) => expect(day(raw)).toBe("invalid"));
});

describe("yes/no", () => {
  it.each(["Да", "да", " ДА ", "д", "yes", "Y", "1", "+", "TRUE", "истина", "Дa"])(
    "%p is yes",
    (raw) => expect(parseYesNo(raw)).toBe(true)
  );
  it.each(["Нет", "нет", "н", "No", "n", "0", "-", "false", "ЛОЖЬ", "HET", "Heт"])(
    "%p is no",
    (raw) => expect(parseYesNo(raw)).toBe(false)
  );
  it("reads Excel booleans and 1/0 numbers", () => {
    expect([parseYesNo(true), parseYesNo(false), parseYesNo(1), parseYesNo(0)]).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
  it.each(["может быть", "2", 2, "Данет"])("rejects %p", (raw) =>
    expect(parseYesNo(raw)).toBeInstanceOf(Invalid)
  );
  it("reads an empty cell as empty", () =>
    expect([parseYesNo(null), parseYesNo(" ")]).toEqual([null, null]));
});

describe("numbers", () => {
  it.each([
    [12, 12],
    ["12,5", 12.5],
    ["12.5", 12.5],
    [" 3 ", 3],
    ["1 250", 1250],
    ["-2", -2],
    ["0,25", 0.25],
  ])("reads %p as %p", (raw, expected) =>
    expect(parseNumber(raw)).toBeCloseTo(expected as number, 10)
  );
  it.each(["десять", "1,2,3", ",5", "5,", "1e3", "--1", true, Number.POSITIVE_INFINITY])(
    "rejects %p",
    (raw) => expect(parseNumber(raw)).toBeInstanceOf(Invalid)
  );
  it("takes whole numbers for integers and rejects fractions", () => {
    expect(parseInteger("3")).toBe(3);
    expect(parseInteger(3.0000000001)).toBe(3);
    expect(parseInteger("1,5")).toBeInstanceOf(Invalid);
  });
});

describe("lists", () => {
  const education = listParser(EDUCATION_LEVEL);
  const category = listParser(QUALIFICATION_CATEGORY);
  it("returns the canonical spelling of a tolerant match", () => {
    expect(education("высшее")).toBe("Высшее");
    expect(education("  СРЕДНЕЕ   профессиональное ")).toBe("Среднее профессиональное");
    expect(education("Bысшее")).toBe("Высшее");
    expect(category("педагог-НАСТАВНИК")).toBe("Педагог-наставник");
  });
  it("answers the same from its cache", () => {
    expect(education("высшее")).toBe("Высшее");
    expect(education("Неполное")).toBeInstanceOf(Invalid);
    expect(education("Неполное")).toBeInstanceOf(Invalid);
  });
  it("rejects what is not in the list, naming the allowed values", () => {
    const bad = education("Неоконченное высшее") as Invalid;
    expect(bad.code).toBe("cell/enum");
    expect(String(bad.params?.allowed)).toContain("«Нет профессионального образования»");
  });

  const deficits = multiListParser(DEFICITS);
  it("splits several values on «;», «,» and line breaks, dropping repeats", () => {
    expect(deficits("Методические; цифровые")).toEqual(["Методические", "Цифровые"]);
    expect(deficits("Методические, Цифровые\nМетодические")).toEqual(["Методические", "Цифровые"]);
    expect(deficits(" ; ")).toBeNull();
  });
  it("names the item that is not in the list", () => {
    const bad = deficits("Предметные; Космические") as Invalid;
    expect(bad.params?.item).toBe("Космические");
  });
});

describe("text and codes", () => {
  it("reads a number in a text column without a decimal tail", () => {
    expect(parseText(7)).toBe("7");
    expect(parseText(" Т-7 ")).toBe("Т-7");
  });
  it("accepts school codes of letters, digits, - and _, and the spaces and dashes people type in them", () => {
    expect(parseCode("ОО-12")).toBe("ОО-12");
    expect(parseCode(12)).toBe("12");
    // Autocorrect's en dash and an inner space: codeKey reads them as «ОО-12» (review 2, M3).
    expect(parseCode("ОО–12")).toBe("ОО–12");
    expect(parseCode("ОО 12")).toBe("ОО 12");
    expect(parseCode("ОО/12")).toBeInstanceOf(Invalid);
    expect(parseCode("– –")).toBeInstanceOf(Invalid);
    expect(parseCode("x".repeat(33))).toBeInstanceOf(Invalid);
  });
});
