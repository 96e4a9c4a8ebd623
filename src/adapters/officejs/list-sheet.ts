/**
 * Lists too long for an inline validation list (Excel keeps those as one comma-separated
 * string of at most 255 characters, with no commas inside values) live on the very hidden
 * sheet `_Списки`, one column per distinct list, reused when the same list comes again
 * (the same sheet name and layout as the ExcelJS adapter). Costs one or two syncs, and only
 * when a sheet has such a list; the writes go out with the caller's next sync.
 */
import type { SheetModel } from "../../port/sheet-model";
import { columnLetters, sheetReference } from "../../core/text/a1";
import { LIMITS } from "../../core/text/validation-limits";
import { toExcelValue } from "./cells";

export const LIST_SHEET = "_Списки";

/** Source for a list validation: the inline text, or a reference into `_Списки`. */
export type ListSources = ReadonlyMap<string, string>;

export function listKey(values: readonly string[]): string {
  return values.join("\u0001");
}

export function fitsInline(values: readonly string[]): boolean {
  return (
    !values.some((value) => value.includes(",")) && values.join(",").length <= LIMITS.inlineList
  );
}

export async function placeLongLists(
  context: Excel.RequestContext,
  model: SheetModel
): Promise<ListSources> {
  const lists = new Map<string, readonly string[]>();
  for (const { rule } of model.validations ?? []) {
    if (rule.kind === "list" && !fitsInline(rule.values))
      lists.set(listKey(rule.values), rule.values);
  }
  const sources = new Map<string, string>();
  if (lists.size === 0) return sources;

  const existing = context.workbook.worksheets.getItemOrNullObject(LIST_SHEET);
  existing.load("isNullObject");
  await context.sync();
  const sheet = existing.isNullObject ? context.workbook.worksheets.add(LIST_SHEET) : existing;
  sheet.visibility = "VeryHidden";
  const columns = existing.isNullObject ? [] : await listColumns(context, existing);
  let next = columns.reduce((max, c) => Math.max(max, c.col + 1), 0);
  for (const [key, values] of lists) {
    let col = columns.find((c) => c.key === key)?.col;
    if (col === undefined) {
      col = next++;
      sheet.getRangeByIndexes(0, col, values.length, 1).values = values.map((v) => [
        toExcelValue(v),
      ]);
    }
    const letters = columnLetters(col);
    sources.set(
      key,
      `=${sheetReference(LIST_SHEET, `$${letters}$1:$${letters}$${values.length}`)}`
    );
  }
  return sources;
}

async function listColumns(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet
): Promise<{ key: string; col: number }[]> {
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,columnIndex");
  await context.sync();
  return used.isNullObject ? [] : columnsOf(used.values, used.columnIndex);
}

function columnsOf(values: unknown[][], firstCol: number): { key: string; col: number }[] {
  const width = values[0]?.length ?? 0;
  const columns: { key: string; col: number }[] = [];
  for (let c = 0; c < width; c++) {
    const list = values
      .map((row) => row[c])
      .filter((v) => v !== "" && v !== null && v !== undefined);
    columns.push({ key: listKey(list.map(String)), col: firstCol + c });
  }
  return columns;
}
