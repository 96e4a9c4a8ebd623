/**
 * What a workbook reader saw in a sheet beyond its values, turned into issues:
 * formulas saved without a value (a file written by a program without a
 * calculation engine, or by Excel with manual calculation) and values far
 * outside the table, which the reader leaves out instead of building a grid
 * of millions of empty cells. A required cell that is empty only because its
 * formula has no saved value keeps its code (`cell/required…`) but says so.
 */
import type { Issue } from "../model";
import { cellA1 } from "../text/a1";
import type { IssueCode } from "../validate/codes";
import { makeIssue } from "../validate/message";

export type CellNoteKind = "formula-without-value" | "outside-table";

export interface CellNote {
  kind: CellNoteKind;
  sheet: string;
  /** Sheet row, 1-based. */
  row: number;
  /** Column, 0-based. */
  col: number;
  /** The value left out (outside-table), as text. */
  value?: string;
  /** Further cells of this kind on the sheet not listed one by one. */
  more?: number;
}

const REQUIRED_CODES = new Set(["cell/required", "cell/required-when"]);
const RESAVE =
  "откройте файл в Excel и сохраните его: Excel пересчитает формулу и сохранит значение.";

const address = (note: CellNote): string => cellA1(note.row - 1, note.col);

function issue(note: CellNote, file: string, code: IssueCode, detail: string): Issue {
  const place = { sheet: note.sheet, row: note.row, column: null, columnIndex: note.col };
  return makeIssue(file === "" ? place : { file, ...place }, code, detail);
}

/**
 * Rewrites, in place, the issues of required cells whose formula has no saved
 * value; returns the warnings to add: each far cell by its address, and per
 * sheet one warning for the other formulas without a value.
 */
export function applyCellNotes(issues: Issue[], notes: readonly CellNote[], file: string): Issue[] {
  if (notes.length === 0) return [];
  const formulas = new Map<string, CellNote>();
  for (const n of notes)
    if (n.kind === "formula-without-value")
      formulas.set(`${n.sheet}\u0001${n.row}\u0001${n.col}`, n);
  const explained = new Set<CellNote>();
  for (const i of issues) {
    if (!REQUIRED_CODES.has(i.code) || i.row === null || i.columnIndex == null) continue;
    const note = formulas.get(`${i.sheet}\u0001${i.row}\u0001${i.columnIndex}`);
    if (!note) continue;
    explained.add(note);
    i.unsavedFormula = address(note);
    i.detail = RESAVE;
  }
  const out: Issue[] = [];
  const unexplained = new Map<string, CellNote[]>();
  for (const n of notes) {
    if (n.kind === "outside-table") {
      const more = n.more ? ` Таких значений на листе ещё ${n.more}.` : "";
      out.push(
        issue(
          n,
          file,
          "sheet/far-cell",
          `значение «${n.value ?? ""}» в ячейке ${address(n)} далеко за пределами таблицы и не прочитано; остальной лист прочитан. Если это не данные, удалите его, иначе перенесите в таблицу.${more}`
        )
      );
    } else if (!explained.has(n)) {
      const list = unexplained.get(n.sheet) ?? [];
      list.push(n);
      unexplained.set(n.sheet, list);
    }
  }
  for (const list of unexplained.values()) {
    const count = list.length + list.reduce((sum, n) => sum + (n.more ?? 0), 0);
    const cells = list.slice(0, 5).map(address).join(", ");
    const tail = count > 5 ? ` и ещё ${count - 5}` : "";
    out.push(
      issue(
        list[0],
        file,
        "cell/formula-without-value",
        `в ${count === 1 ? "ячейке" : "ячейках"} ${cells}${tail} формулы без сохранённого значения, программа видит их пустыми — ${RESAVE}`
      )
    );
  }
  return out;
}
