/**
 * Excel's length limits on data-validation texts, for everything that makes or writes them:
 * the sheet models (templates, `Настройки`, custom indicators) clip their texts with them, and
 * every adapter clips again (a longer text makes Excel repair the file, and Office.js refuse
 * the request).
 */
export const LIMITS = {
  promptTitle: 32,
  prompt: 255,
  errorTitle: 32,
  error: 225,
  /** Characters of an inline list source ("a,b,c" with its quotes). */
  inlineList: 255,
} as const;

/**
 * Cut `text` to at most `max` UTF-16 units, ending with "…" when cut, never
 * splitting a surrogate pair (Excel counts UTF-16 units).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}
