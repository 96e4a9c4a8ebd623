/**
 * What ПедМонитор wrote, in 16 hex digits: a hash over the name, CRC-32 and size of every
 * `xl/` part of the package (sheets, strings, styles, tables, workbook). The writer stores it
 * in docProps/core.xml (`dc:identifier`); the replace guard recomputes it from the zip
 * directory. Any program that saves the workbook rewrites `xl/` parts (Excel, LibreOffice,
 * openpyxl — even those that keep the creator and the dates), so the fingerprint no longer
 * matches (docs/decisions/template.md). Not a security measure: it detects a save, not a forger.
 */

export interface PartStamp {
  name: string;
  crc: number;
  size: number;
}

export const FINGERPRINT_PREFIX = "pedmonitor:";

/** FNV-1a, 32 bits, from a given offset basis. */
function fnv(text: string, basis: number): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function partsFingerprint(parts: readonly PartStamp[]): string {
  const text = parts
    .filter((p) => p.name.startsWith("xl/"))
    .map((p) => `${p.name}:${p.crc >>> 0}:${p.size}`)
    .sort()
    .join("\n");
  const hex = (n: number): string => n.toString(16).padStart(8, "0");
  return hex(fnv(text, 0x811c9dc5)) + hex(fnv(text, 0x050c5d1f));
}
