/**
 * A school named by its code in a sentence: «ОО 12», but «ОО-1» as it is —
 * never «ОО ОО-1» when the code already says what it is.
 */
export function schoolRef(code: string): string {
  return /^ОО(?![А-Яа-яЁё])/.test(code.trim()) ? code : `ОО ${code}`;
}
