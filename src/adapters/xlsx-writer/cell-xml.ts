/**
 * One cell as XML. Text (even "") is always a shared string (t="s"), never a formula,
 * even when it starts with =, +, - or @; a formula's cached result keeps its
 * type; custom functions (which exist only inside Excel with the add-in) are
 * written as their result.
 */
import { serialFromDate } from "../../core/time/day";
import type { OutCell } from "../../port/sheet-model";
import type { StringTable } from "./shared-strings";
import { xmlText } from "./xml-text";

/**
 * The cell's XML, or "" when there is nothing to write. `s` is the style attribute or "".
 * bounded: recursion one level deep, a custom-function cell's result is a plain value.
 */
export function cellXml(
  ref: string,
  s: string,
  cell: OutCell | undefined,
  strings: StringTable
): string {
  if (cell === null || cell === undefined) return s ? `<c r="${ref}"${s}/>` : "";
  if (typeof cell === "string") {
    return `<c r="${ref}"${s} t="s"><v>${strings.id(cell)}</v></c>`;
  }
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) return s ? `<c r="${ref}"${s}/>` : "";
    return `<c r="${ref}"${s}><v>${cell}</v></c>`;
  }
  if (typeof cell === "boolean") return `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return s ? `<c r="${ref}"${s}/>` : "";
    return `<c r="${ref}"${s}><v>${serialFromDate(cell)}</v></c>`;
  }
  if (cell.custom) return cellXml(ref, s, cell.result, strings);
  const f = `<f>${xmlText(cell.formula.replace(/^=/, ""))}</f>`;
  const result = cell.result;
  if (result === null || (typeof result === "number" && !Number.isFinite(result))) {
    return `<c r="${ref}"${s}>${f}</c>`;
  }
  if (typeof result === "string")
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(result)}</v></c>`;
  if (typeof result === "boolean")
    return `<c r="${ref}"${s} t="b">${f}<v>${result ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${result}</v></c>`;
}
