/** Where a municipality step takes its schools from: the collected files or this workbook. */
import { countOf, NOUN } from "../../core/text/plural";
import { Caption1 } from "@fluentui/react-components";
import { collectionTotals } from "../../app/report/preview";
import type { CollectResult } from "../steps/collect";

export function Source({ collected }: { collected: CollectResult | null }) {
  const text =
    collected && collected.schools.length > 0
      ? `Данные: собранные файлы ОО (${countOf(collected.read.length, NOUN.file)}), ${countOf(collectionTotals(collected.schools).schools, NOUN.school)}.`
      : "Данные: листы свода этой книги (файлы ОО не собраны).";
  return <Caption1>{text}</Caption1>;
}
