/** Free text: any cell reads as text; numbers without a trailing ".0" ("7", not "7.0"). */
import { dayFromDate, formatDay } from "../../time/day";
import { Invalid, trimmed, type Parsed } from "./invalid";

/** Longer text is surely pasted by mistake (the longest sensible note fits easily). */
export const MAX_TEXT_LENGTH = 1000;
const TOO_LONG = "текст длиннее {max} символов ({length}). Сократите текст.";

export function textOf(raw: unknown): string | null {
  if (typeof raw === "string") return trimmed(raw);
  if (typeof raw === "number") return Number.isFinite(raw) ? String(raw) : null;
  if (typeof raw === "boolean") return raw ? "Да" : "Нет";
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : formatDay(dayFromDate(raw));
  return null;
}

export function parseText(raw: unknown): Parsed<string> {
  const text = textOf(raw);
  if (text !== null && text.length > MAX_TEXT_LENGTH) {
    return new Invalid("cell/too-long", TOO_LONG, { max: MAX_TEXT_LENGTH, length: text.length });
  }
  return text;
}
