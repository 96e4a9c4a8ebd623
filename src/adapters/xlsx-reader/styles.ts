/**
 * Which cell styles (cellXfs) show numbers as dates. This mirrors ExcelJS
 * exactly (utils.isDateFmt over the style's format code, the built-in codes
 * from its defaultnumformats table), because a number is a Date in the grid
 * exactly when ExcelJS would have made it one.
 */
import { decodeUtf8, scanXml, type XmlAttrs } from "./xml";

/** Built-in format ids whose ExcelJS code is a date or time (14–22 dates, 45–47 times). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** ExcelJS utils.isDateFmt: drop [..] and "..", then any of y m d h M s b means a date. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** dateStyles[s] is true when style index s formats numbers as dates. */
export function readDateStyles(bytes: Uint8Array | null): boolean[] {
  if (bytes === null) return [];
  const custom = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  scanXml(decodeUtf8(bytes), {
    open(name: string, attrs: XmlAttrs) {
      if (name === "numFmt") {
        // ExcelJS drops the backslash escapes before testing the code.
        custom.set(
          parseInt(attrs.numFmtId, 10),
          (attrs.formatCode ?? "").replace(/[\\](.)/g, "$1")
        );
      } else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) formatIds.push(parseInt(attrs.numFmtId, 10));
    },
    close(name: string) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return formatIds.map((id) => {
    if (!id) return false; // 0 (General) or missing
    const code = custom.get(id);
    return code ? isDateFormat(code) : BUILT_IN_DATES.has(id);
  });
}
