/**
 * Matching a `Код ОО` as a person would: «OO-1» typed in Latin letters, «ОО 1»,
 * «оо—1» and «ОО-1» are the same school. Case, ё, spaces, dashes, dots, «№» and
 * Latin look-alike letters do not count (whatever letters the rest of the code
 * has: a code is often Latin throughout). Anything else — a leading zero, a
 * different digit — is another code; `nearCode` names the one it resembles.
 */

import { LATIN_TO_CYRILLIC as LOOK_ALIKES } from "./fold";

const IGNORED = /[\s\u00a0\-\u2010-\u2015\u2212_.№#/\\]+/g;

/** The key two school codes share when a person would call them the same code. */
export function codeKey(code: string): string {
  const basic = code.toLowerCase().replace(/ё/g, "е").replace(IGNORED, "");
  let out = "";
  for (const ch of basic) out += LOOK_ALIKES[ch] ?? ch;
  return out;
}

/** True when one insertion, deletion or substitution turns `a` into `b` (a ≠ b). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return a.length - i - j <= 1 && b.length - i - j <= 1;
}

/**
 * The expected code a received one resembles but is not: the same digits once leading
 * zeros go («ОО-01» and «ОО-1») first — that is how people retype a code, and «ОО-03» is
 * also one edit from «ОО-01» and «ОО-02» — else one edit apart by key; null when none or
 * when several do (naming one would be a guess).
 */
export function nearCode(received: string, expected: readonly string[]): string | null {
  const key = codeKey(received);
  const unzero = (k: string): string => k.replace(/(^|\D)0+(?=\d)/g, "$1");
  const others = [...new Set(expected)].filter((code) => codeKey(code) !== key);
  const zeros = others.filter((code) => unzero(codeKey(code)) === unzero(key));
  if (zeros.length > 0) return zeros.length === 1 ? zeros[0] : null;
  const edits = others.filter((code) => oneEditApart(key, codeKey(code)));
  return edits.length === 1 ? edits[0] : null;
}
