/**
 * Escaping for millions of cell texts: most need nothing, so one test comes
 * first; characters XML 1.0 forbids (control characters a pasted text may
 * carry) are dropped rather than making Excel refuse the file.
 */
// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
const NEEDS_WORK = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex -- as above
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlText(text: string): string {
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(FORBIDDEN, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A <t> element, keeping leading and trailing spaces and line breaks. */
export function tElement(text: string): string {
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xmlText(text)}</t>`;
}
