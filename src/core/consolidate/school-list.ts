/**
 * `Список ОО` (the schools expected this round) read back from a person's grid and
 * made once when absent. The reader finds the `Код ОО` header in the first rows and
 * the other columns by their headers wherever she moved them; a row without a code
 * is skipped. Each school keeps its sheet row, so a repeated code can be named.
 */
import type { Grid } from "../model";
import { SCHOOL_LIST } from "../schema/municipality";
import { fold } from "../text/fold";
import type { SheetModel } from "../../port/sheet-model";
import type { ExpectedSchool } from "./collection";
import { columnOf, listValidations, tableSheet } from "../report/kit";

const HEADER_ROWS = 10;

const text = (v: unknown): string | null =>
  v === null || v === undefined || String(v).trim() === "" ? null : String(v).trim();

/** The schools of a grid with a `Код ОО` column (`Список ОО`, or `ОО`); null when it has no such column. */
export function readSchoolList(grid: Grid): ExpectedSchool[] | null {
  const [codeHeader, nameHeader, contactHeader, emailHeader] = SCHOOL_LIST.fields.map((f) =>
    fold(f.header)
  );
  for (let r = 0; r < Math.min(grid.length, HEADER_ROWS); r++) {
    const headers = grid[r].map((v) => (typeof v === "string" ? fold(v) : ""));
    const code = headers.indexOf(codeHeader);
    if (code < 0) continue;
    const [name, contact, email] = [nameHeader, contactHeader, emailHeader].map((h) =>
      headers.indexOf(h)
    );
    const at = (row: readonly unknown[], col: number): string | null =>
      col < 0 ? null : text(row[col]);
    const out: ExpectedSchool[] = [];
    for (let i = r + 1; i < grid.length; i++) {
      const row = grid[i];
      const c = text(row[code]);
      if (c === null) continue;
      out.push({
        code: c,
        name: at(row, name),
        contact: at(row, contact),
        email: at(row, email),
        row: i + 1,
      });
    }
    return out;
  }
  return null;
}

/** The hint above an empty list (`template municipality`). */
export const SCHOOL_LIST_HINT =
  "Впишите ОО, от которых ждёте файлы в этом сборе: код (как в паспорте ОО), наименование, контакт и e-mail. Если лист оставить пустым, первый отчёт заполнит его по присланным файлам; дальше лист ваш и не перезаписывается.";

/**
 * The sheet as made when absent: one row per school, Контакт and E-mail left to fill. With
 * `hint` (the empty list of `template municipality`), a line above the headers says what to type.
 */
export function schoolListSheet(
  schools: readonly ExpectedSchool[],
  options: { hint?: boolean } = {}
): SheetModel {
  const fields = SCHOOL_LIST.fields;
  const rows = schools.map((s) => [s.code, s.name, null, null]);
  return tableSheet({
    name: SCHOOL_LIST.name,
    tableName: SCHOOL_LIST.tableName ?? SCHOOL_LIST.name,
    headers: fields.map((f) => f.header),
    columns: fields.map(columnOf),
    rows,
    validations: listValidations(fields, 1, Math.max(1, rows.length)),
    ...(options.hint
      ? {
          preamble: {
            cells: [[SCHOOL_LIST_HINT]],
            styles: [{ range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { italic: true } }],
          },
        }
      : {}),
  });
}
