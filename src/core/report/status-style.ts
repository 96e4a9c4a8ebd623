/** Status colours: соответствие green, несоответствие red, нет данных grey, цель не задана none. */
import type { Status } from "../indicators/types";
import type { ConditionalTextRule, RangeRef } from "../../port/sheet-model";

export const STATUS_FILL: Readonly<Record<Status, { fill: string; fontColor: string } | null>> = {
  соответствие: { fill: "#C6EFCE", fontColor: "#006100" },
  несоответствие: { fill: "#FFC7CE", fontColor: "#9C0006" },
  "нет данных": { fill: "#E7E6E6", fontColor: "#3A3838" },
  "цель не задана": null,
};

/** Conditional formats colouring the status texts of a range. */
export function statusRules(range: RangeRef): ConditionalTextRule[] {
  return (Object.keys(STATUS_FILL) as Status[]).flatMap((status) => {
    const style = STATUS_FILL[status];
    return style ? [{ range, equals: status, fill: style.fill, fontColor: style.fontColor }] : [];
  });
}
