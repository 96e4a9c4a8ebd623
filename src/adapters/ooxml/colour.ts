/** Colours in the form ExcelJS and the OOXML files use (A1 addresses: core/text/a1.ts). */

/** "#RRGGBB" → "FFRRGGBB" (ExcelJS argb). */
export function argbOf(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(hex)) throw new Error(`Not a #RRGGBB colour: ${color}`);
  return `FF${hex}`;
}

/** "FFRRGGBB" or "RRGGBB" → "#RRGGBB"; anything else null. */
export function hexOfArgb(argb: string | undefined): string | null {
  if (!argb) return null;
  const hex = argb.toUpperCase();
  if (/^[0-9A-F]{8}$/.test(hex)) return `#${hex.slice(2)}`;
  if (/^[0-9A-F]{6}$/.test(hex)) return `#${hex}`;
  return null;
}
