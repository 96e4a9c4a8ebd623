/** `Код ОО`: 1–32 letters, digits, "-" and "_". */
import { Invalid, type Parsed } from "./invalid";
import { textOf } from "./text";

const CODE = /^[\p{L}\d_-]{1,32}$/u;
const NOT_A_CODE =
  "не код ОО. Код — от 1 до 32 букв, цифр, «-» и «_» без пробелов, например ОО-12.";

export function parseCode(raw: unknown): Parsed<string> {
  const text = textOf(raw);
  if (text === null) return null;
  return CODE.test(text) ? text : new Invalid("cell/type", NOT_A_CODE);
}
