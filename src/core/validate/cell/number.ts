/** Numbers: numeric cells, or text with a comma or dot as the decimal separator. */
import { Invalid, type Parsed } from "./invalid";

const NUMBER_TEXT = /^[+-]?\d+(?:[.,]\d+)?$/;
const SPACES = /[\s\u00a0\u202f]/g;
const NOT_A_NUMBER = "не число. Введите число; дробную часть — через запятую, например 12,5.";
const NOT_AN_INTEGER = "не целое число. Введите целое число без дробной части.";

export function parseNumber(raw: unknown): Parsed<number> {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : new Invalid("cell/type", NOT_A_NUMBER);
  if (typeof raw === "string") {
    const text = raw.indexOf(" ") >= 0 || raw.indexOf("\u00a0") >= 0 ? raw.replace(SPACES, "") : raw.trim();
    if (text === "") return null;
    if (!NUMBER_TEXT.test(text)) return new Invalid("cell/type", NOT_A_NUMBER);
    return Number(text.replace(",", "."));
  }
  if (raw === null || raw === undefined) return null;
  return new Invalid("cell/type", NOT_A_NUMBER);
}

/** A whole number; a formula's 3.0000000001 still reads as 3. */
export function parseInteger(raw: unknown): Parsed<number> {
  const value = parseNumber(raw);
  if (typeof value !== "number") return value;
  const whole = Math.round(value);
  return Math.abs(value - whole) < 1e-9 ? whole : new Invalid("cell/type", NOT_AN_INTEGER);
}
