/**
 * Tolerant text matching used for sheet names, headers and list values:
 * case-insensitive, trimmed, repeated spaces collapsed, "ё" read as "е",
 * and Latin letters that look like Cyrillic ones read as Cyrillic when the
 * word is otherwise Cyrillic (a school typing "Дa" with a Latin "a").
 */

/** Latin letters that look like Cyrillic ones (shared with code-key.ts). */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: "а",
  b: "в",
  c: "с",
  e: "е",
  h: "н",
  k: "к",
  m: "м",
  o: "о",
  p: "р",
  t: "т",
  x: "х",
  y: "у",
};

const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/;

function foldWord(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  let out = "";
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

/** The key two texts share when a person would call them the same. */
export function fold(text: string): string {
  const basic = text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s\u00a0]+/g, " ")
    .trim();
  if (!LATIN.test(basic) || !CYRILLIC.test(basic)) return basic;
  return basic.split(" ").map(foldWord).join(" ").replace(/ё/g, "е");
}

/** A lookup from folded text to the canonical spelling. */
export function foldedIndex(values: readonly string[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const value of values) index.set(fold(value), value);
  return index;
}
