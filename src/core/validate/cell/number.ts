/**
 * Numbers: numeric cells, or text with a comma or dot as the decimal separator
 * ("12,5"); spaces inside ("1 250") are thousands separators. Text is scanned by
 * character codes, so a healthy cell costs no regex and no copy.
 */
import { Invalid, trimmed, type Parsed } from "./invalid";

const NOT_A_NUMBER = "не число. Введите число; дробную часть — через запятую, например 12,5.";
const NOT_AN_INTEGER = "не целое число. Введите целое число без дробной части.";

function isSpace(code: number): boolean {
  return code === 32 || code === 160 || code === 0x202f;
}

/** The number written in `text`, or NaN. */
export function numberFromText(text: string): number {
  let i = 0;
  let sign = 1;
  const first = text.charCodeAt(0);
  if (first === 45 || first === 43) {
    sign = first === 45 ? -1 : 1;
    i = 1;
  }
  let whole = 0;
  let wholeDigits = 0;
  let fraction = 0;
  let scale = 1;
  let inFraction = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code - 48;
    if (digit >= 0 && digit <= 9) {
      if (inFraction) {
        fraction = fraction * 10 + digit;
        scale *= 10;
      } else {
        whole = whole * 10 + digit;
        wholeDigits++;
      }
    } else if ((code === 44 || code === 46) && !inFraction && wholeDigits > 0) inFraction = true;
    else if (!(isSpace(code) && !inFraction && wholeDigits > 0)) return NaN;
  }
  if (wholeDigits === 0 || (inFraction && scale === 1)) return NaN;
  // Digits past 15 lose precision in either form; Number() keeps the exact rounding for those.
  if (text.length > 15) return Number(text.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."));
  return sign * (whole + fraction / scale);
}

export function parseNumber(raw: unknown): Parsed<number> {
  if (typeof raw === "number")
    return Number.isFinite(raw) ? raw : new Invalid("cell/type", NOT_A_NUMBER);
  if (typeof raw === "string") {
    const text = trimmed(raw);
    if (text === null) return null;
    const value = numberFromText(text);
    return Number.isNaN(value) ? new Invalid("cell/type", NOT_A_NUMBER) : value;
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
