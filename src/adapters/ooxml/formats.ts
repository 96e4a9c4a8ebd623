/** Number formats and inline list sources as the OOXML files want them; shared by both writers. */
import { LIMITS } from "../../core/text/validation-limits";

/**
 * Russian users know the format as ДД.ММ.ГГГГ; the file format wants Excel's
 * own tokens (dd.mm.yyyy), which Excel then shows in every language. Only the
 * codes are translated: a quoted literal («+0,0" на 100 педагогов"») and an
 * escaped character (\д) stay as they are.
 */
const CODES: Readonly<Record<string, string>> = { д: "d", м: "m", г: "y" };

export function excelNumberFormat(format: string): string {
  if (!/[ДдМмГг]/.test(format)) return format;
  return format.replace(/"[^"]*"|\\.|[ДдМмГг]/g, (part) => CODES[part.toLowerCase()] ?? part);
}

export const DATE_FORMAT = "dd.mm.yyyy";

/** A validation list written inline ("a,b,c"), or null when it must go to `_Списки`. */
export function inlineListFormula(values: readonly string[]): string | null {
  if (values.some((v) => v.includes(",") || v.includes('"'))) return null;
  const formula = `"${values.join(",")}"`;
  return formula.length <= LIMITS.inlineList ? formula : null;
}

/** The very hidden sheet holding list values too long for an inline validation list. */
export const LIST_SHEET = "_Списки";
