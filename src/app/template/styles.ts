/** Shared looks of the project's sheets: one place, so every sheet reads the same. */
import type { CellStyle } from "../../port/sheet-model";

export const DATE_FORMAT = "dd.mm.yyyy";
export const INTEGER_FORMAT = "0";

export const TITLE: CellStyle = { bold: true, fontSize: 14 };
export const SUBTITLE: CellStyle = { italic: true, wrap: true, vAlign: "top" };
export const HEADER: CellStyle = {
  bold: true,
  wrap: true,
  vAlign: "center",
  hAlign: "center",
  fill: "#DDEBF7",
  border: true,
};
export const SECTION: CellStyle = { bold: true, fontSize: 12, fill: "#F2F2F2" };
export const WRAPPED: CellStyle = { wrap: true, vAlign: "top" };
export const REQUIRED_LABEL: CellStyle = { bold: true };
export const TABLE_STYLE = "TableStyleLight9";
/** A cell a pre-filled workbook leaves for the school to answer anew («обновите»): light yellow. */
export const RENEW: CellStyle = { fill: "#FFF2CC" };
