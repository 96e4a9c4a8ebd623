/** `Код ОО`: 1–32 (SCHOOL_CODE_MAX_LENGTH) letters, digits, "-" and "_". */
import { Invalid, type Parsed } from "./invalid";
import { textOf } from "./text";

/** The longest `Код ОО`: the reader, the template's Excel validation and its help agree. */
export const SCHOOL_CODE_MAX_LENGTH = 32;
const CODE = new RegExp(`^[\\p{L}\\d_-]{1,${SCHOOL_CODE_MAX_LENGTH}}$`, "u");
const NOT_A_CODE = `не код ОО. Код — от 1 до ${SCHOOL_CODE_MAX_LENGTH} букв, цифр, «-» и «_» без пробелов, например ОО-12.`;

export function parseCode(raw: unknown): Parsed<string> {
  const text = textOf(raw);
  if (text === null) return null;
  return CODE.test(text) ? text : new Invalid("cell/type", NOT_A_CODE);
}
