/**
 * The size of a custom-function argument as Excel passes it: the range as a JSON
 * 2-D array (office-js#4654). Excel fails a call whose arguments go over about
 * 5 MB, so every formula the add-in writes keeps its largest argument under
 * ARGUMENT_CAP_BYTES (docs/decisions/functions.md); the Office fake enforces it,
 * the bench prints it for `Сводка` at 1,500 schools.
 */
export const ARGUMENT_CAP_BYTES = 5 * 1024 * 1024;

/** UTF-8 bytes of a string without encoding it (Cyrillic letters are 2 bytes). */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of JSON.stringify(value) in UTF-8: an argument as it crosses into the function. */
export function argumentBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
