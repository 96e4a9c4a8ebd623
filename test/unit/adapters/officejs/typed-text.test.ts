/**
 * One table of what Excel makes of a text typed (or written to `Range.values`) in ru-RU or
 * en-US, checked three ways: the rules of typed-text.ts read each text as Excel would; the
 * fake turns each unprotected text into that value; and `textAsText` keeps every text intact.
 */
import { textAsText } from "../../../../src/adapters/officejs/cells";
import type { Typed } from "../../../../src/adapters/officejs/typed-text";
import {
  isReinterpreted,
  readByRules,
  typedValue,
} from "../../../../src/adapters/officejs/typed-text";
import { interpret } from "../../../fakes/office/range";

const thisYear = new Date().getFullYear();
const serial = (y: number, m: number, d: number) =>
  Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
const n = (value: number): Typed => ({ kind: "number", value });
const error = (value: string): Typed => ({ kind: "error", value });
const formula = (text: string): Typed => ({ kind: "formula", formula: text });
const bool = (value: boolean): Typed => ({ kind: "boolean", value });

/** text → what Excel stores; "text": Excel keeps it as typed. */
const CASES: [string, Typed | "text"][] = [
  // numbers: group separators, decimal comma or point, signs, exponents
  ["100", n(100)],
  ["1 000", n(1000)],
  ["1\u00a0000", n(1000)],
  ["1 000,5", n(1000.5)],
  ["1,5", n(1.5)],
  ["1.5", n(1.5)],
  ["1,000.25", n(1000.25)],
  [".5", n(0.5)],
  ["(100)", n(-100)],
  ["-5", n(-5)],
  ["+5", n(5)],
  ["5-", n(-5)],
  ["1e3", n(1000)],
  // percentages and currencies
  ["5%", n(0.05)],
  ["12,5 %", n(0.125)],
  ["$5", n(5)],
  ["-$5", n(-5)],
  ["($1,000.00)", n(-1000)],
  ["€10", n(10)],
  ["5 ₽", n(5)],
  ["100 руб.", n(100)],
  ["5р.", n(5)],
  // fractions, dates, times
  ["1 1/2", n(1.5)],
  ["0 3/4", n(0.75)],
  ["1/2", n(serial(thisYear, 2, 1))],
  ["05.01.2024", n(serial(2024, 1, 5))],
  ["2024-01-05", n(serial(2024, 1, 5))],
  ["5-1-2024", n(serial(2024, 1, 5))],
  ["Jan 2024", n(serial(2024, 1, 1))],
  ["January 2024", n(serial(2024, 1, 1))],
  ["январь 2024", n(serial(2024, 1, 1))],
  ["Май 2024", n(serial(2024, 5, 1))],
  ["1 января 2024", n(serial(2024, 1, 1))],
  ["5-Jan-24", n(serial(2024, 1, 5))],
  ["Jan 5, 2024", n(serial(2024, 1, 5))],
  ["12 сент.", n(serial(thisYear, 9, 12))],
  ["12:30", n(0.5208333333333334)],
  ["7 pm", n(19 / 24)],
  // booleans, errors, formulas, the apostrophe itself
  ["ИСТИНА", bool(true)],
  ["TRUE", bool(true)],
  ["ложь", bool(false)],
  ["False", bool(false)],
  ["#N/A", error("#N/A")],
  ["#Н/Д", error("#N/A")],
  ["#DIV/0!", error("#DIV/0!")],
  ["#ЗНАЧ!", error("#VALUE!")],
  ["#REF!", error("#REF!")],
  ["#name?", error("#NAME?")],
  ["=1+1", formula("=1+1")],
  ["+ уточнить", formula("+ уточнить")],
  ["-нет-", formula("-нет-")],
  ["@user", formula("@user")],
  ["'текст", { kind: "text", value: "текст" }],
  // kept as typed
  ["Иванова Мария", "text"],
  ["Высшая", "text"],
  ["Jan", "text"],
  ["Май", "text"],
  ["Итоги 2024", "text"],
  ["ОО-01", "text"],
  ["5А", "text"],
  ["№ 5", "text"],
  ["нет данных", "text"],
];

describe("Excel's typed-value parsing: one table", () => {
  it.each(CASES)("the rules read %j as Excel does", (text, expected) => {
    const read = typedValue(text)?.value ?? "text";
    if (expected === "text") expect(read === "text" || read === "doubt").toBe(true);
    else if (expected.kind === "number") {
      expect(read).toMatchObject({ kind: "number" });
      expect((read as { value: number }).value).toBeCloseTo(expected.value, 10);
    } else expect(read).toEqual(expected);
  });

  it.each(CASES)("the fake stores unprotected %j as Excel would", (text, expected) => {
    const cell = interpret(text);
    if (expected === "text") expect(cell).toEqual({ kind: "text", value: text });
    else expect(cell).not.toEqual({ kind: "text", value: text });
  });

  it.each(CASES)("textAsText keeps %j as it is", (text) => {
    expect(interpret(textAsText(text))).toEqual({ kind: "text", value: text });
  });

  const MORE = [" =1", "-", "  5", "'", "#", "Май", "ок 12", "Jan2024"];
  it.each([...CASES.map(([text]) => text), ...MORE])(
    "the shortcuts agree with the full table on %j",
    (text) => {
      expect(typedValue(text)).toEqual(readByRules(text));
      expect(isReinterpreted(text)).toBe(readByRules(text) !== null);
    }
  );

  it("adds no apostrophe to text Excel keeps", () => {
    expect(textAsText("Иванова Мария")).toBe("Иванова Мария");
    expect(textAsText("Высшая")).toBe("Высшая");
  });
});
