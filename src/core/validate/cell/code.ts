/**
 * `Код ОО`: 1–32 (SCHOOL_CODE_MAX_LENGTH) letters, digits, "-" and "_"; also what a person
 * or Word's autocorrect types inside a code — spaces, another dash («ОО–02»), «.», «№» —
 * since `codeKey` (text/code-key.ts) reads such a code as the one without them and
 * consolidation writes it under the expected code (decisions/report.md). Not «/» or «\»:
 * a code names a file (`<Код ОО>.xlsx`).
 */
import { Invalid, type Parsed } from "./invalid";
import { textOf } from "./text";

/** The longest `Код ОО`: the reader, the template's Excel validation and its help agree. */
export const SCHOOL_CODE_MAX_LENGTH = 32;
const CODE = new RegExp(
  `^(?=.*[\\p{L}\\d])[\\p{L}\\d_\\-\\s\\u00a0\\u2010-\\u2015\\u2212.№]{1,${SCHOOL_CODE_MAX_LENGTH}}$`,
  "u"
);
const NOT_A_CODE = `не код ОО. Код — от 1 до ${SCHOOL_CODE_MAX_LENGTH} букв, цифр, «-» и «_», например ОО-12.`;

export function parseCode(raw: unknown): Parsed<string> {
  const text = textOf(raw);
  if (text === null) return null;
  return CODE.test(text) ? text : new Invalid("cell/type", NOT_A_CODE);
}
