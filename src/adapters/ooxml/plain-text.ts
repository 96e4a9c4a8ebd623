import type { CellValue } from "../../core/model";

/** A plain value as the text a person sees (dates as ДД.ММ.ГГГГ). */
export function plainText(plain: CellValue): string {
  if (plain === null) return "";
  if (plain instanceof Date) {
    const two = (n: number) => String(n).padStart(2, "0");
    return `${two(plain.getUTCDate())}.${two(plain.getUTCMonth() + 1)}.${plain.getUTCFullYear()}`;
  }
  return String(plain);
}
