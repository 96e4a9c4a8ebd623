/** The check's sentences both fronts inside Excel (pane and ribbon) show. */
import { PASSPORT, TEACHERS } from "../core/schema";
import { countOf, type Forms } from "../core/text/plural";
import type { ClearedMarks } from "./validate-workbook";

export const BLANK_TITLE = "В этой книге нечего проверять: в ней нет листов книги ОО.";
export const BLANK_HINT = `Создайте шаблон на шаге «Шаблон» (листы «${PASSPORT.name}» и «${TEACHERS.name}»), заполните его и нажмите «Проверить». Книга не изменена.`;

const CELL: Forms = ["ячейка", "ячейки", "ячеек"];

/** «Снять отметки» in one sentence: what was removed, and that no value changed. */
const CLEARED_LEAD = "Отметки проверки сняты:";

/** Whether a clearedText says that cells were unmarked (else the workbook was not changed). */
export function clearedAny(text: string): boolean {
  return text.startsWith(CLEARED_LEAD);
}

export function clearedText(cleared: ClearedMarks): string {
  const gone =
    cleared.missing.length === 0
      ? ""
      : ` На ${cleared.missing.length === 1 ? "листе" : "листах"} ${quoted(cleared.missing)} отметки не сняты: ${cleared.missing.length === 1 ? "этого листа" : "этих листов"} больше нет в книге (удалён или переименован); на переименованном листе уберите заливку и примечания вручную.`;
  if (cleared.cells === 0)
    return gone ? gone.trim() : "Отметок проверки в книге нет: снимать нечего.";
  const sheets = cleared.sheets.length === 1 ? "листе" : "листах";
  return `${CLEARED_LEAD} ${countOf(cleared.cells, CELL)} на ${sheets} ${quoted(cleared.sheets)}. Значения не изменены.${gone}`;
}

function quoted(names: readonly string[]): string {
  return names.map((s) => `«${s}»`).join(", ");
}
