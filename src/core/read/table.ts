/**
 * One pass over a table sheet: header found, columns mapped, every field's parser
 * compiled once, then each non-empty row parsed into a reused array of values,
 * checked for required and unique fields, and handed to the caller, which builds
 * its domain object and runs the row rules.
 */
import type { CellValue, Grid, Issue } from "../model";
import { SOURCE_FIELDS } from "../schema/municipality";
import type { FieldSpec, TableSheetSpec } from "../schema/types";
import { CompiledColumns, shortcutValue } from "../validate/cell/column";
import { Invalid } from "../validate/cell/invalid";
import type { IssueCode } from "../validate/codes";
import { cellAsSeen, makeIssue, shownValue, type Params } from "../validate/message";
import { compileRequired, requiredFault, type RequiredCheck } from "../validate/required";
import { FirstRows } from "./first-rows";
import { findHeaderRow, mapColumns, type ColumnMap } from "./header";

export interface TableContext {
  sheet: string;
  file: string;
}

export interface TableReaderOptions {
  /**
   * false when nobody reads the parsed values of unique text fields but the required
   * and unique checks (validation alone): a whole number 0 ≤ n < 10^9 in such a cell
   * (a numeric `Табельный номер`) is then kept as the number, not its text, and the
   * unique check reads it as that text. Saves a fresh string per row. Default true.
   */
  textOfWholeNumbers?: boolean;
}

/** A number whose text String(n) the unique index can key without making it. */
function isNumeral(cell: number): boolean {
  return Number.isInteger(cell) && cell >= 0 && cell < 1e9;
}

/** The row being read; reused from row to row, so copy what you keep. */
export interface RowState {
  /** real sheet row, 1-based */
  row: number;
  cells: readonly CellValue[];
  /** parsed value per field (schema order): null when empty or unusable */
  values: unknown[];
  /** 1 where the cell was unusable */
  bad: Uint8Array;
  /** how many cells of the row are unusable (0: `bad` is all zeros) */
  badCount: number;
  hasErrors: boolean;
}

const EMPTY_ROW: CellValue[] = [];
const QUIET_WHEN_MISSING = new Set(SOURCE_FIELDS.map((f) => f.key));

function isRequiredColumn(field: FieldSpec): boolean {
  return field.required || field.requiredWhen !== undefined;
}

export class TableReader {
  readonly issues: Issue[] = [];
  readonly fields: readonly FieldSpec[];
  /** 0-based header row, -1 when not found */
  readonly headerIndex: number;
  /** a required column is missing: every row is left out */
  readonly broken: boolean;
  rowsRead = 0;
  private readonly columns: ColumnMap | null;
  private readonly compiled: CompiledColumns;
  /** 1 for a field whose empty cell is an error by itself (`required`) */
  private readonly requiredAlways: Uint8Array;
  /** the `requiredWhen` checks: they depend on other cells, so run on every row */
  private readonly requiredWhen: RequiredCheck[];
  private readonly required: RequiredCheck[];
  private readonly unique: number[];
  /** 1 for a unique text field whose whole-number cells stay numbers (see TableReaderOptions) */
  private readonly numerals: Uint8Array;
  private readonly scope: number;
  /** per scope (school code), per unique field: value → first row */
  private readonly seen = new Map<string, FirstRows[]>();
  private lastScope: string | null = null;
  private lastSeen: FirstRows[] = [];
  private readonly state: RowState;

  constructor(
    private readonly grid: Grid,
    readonly spec: TableSheetSpec,
    private readonly ctx: TableContext,
    options: TableReaderOptions = {}
  ) {
    this.fields = spec.fields;
    this.compiled = new CompiledColumns(this.fields);
    this.required = compileRequired(this.fields);
    this.requiredAlways = Uint8Array.from(this.fields.map((f) => (f.required ? 1 : 0)));
    this.requiredWhen = this.required.filter((check) => check.when >= 0);
    this.unique = this.fields.flatMap((f, i) => (f.unique ? [i] : []));
    const numerals = options.textOfWholeNumbers === false;
    this.numerals = Uint8Array.from(
      this.fields.map((f) => (numerals && f.unique && f.type === "text" ? 1 : 0))
    );
    this.scope = this.fields.findIndex((f) => f.key === "schoolCode" && !f.unique);
    this.headerIndex = findHeaderRow(grid, spec.keyHeader);
    this.columns = this.headerIndex < 0 ? null : mapColumns(grid[this.headerIndex], this.fields);
    this.broken = this.columns === null ? true : this.checkColumns(this.columns);
    const n = this.fields.length;
    this.state = {
      row: 0,
      cells: EMPTY_ROW,
      values: new Array<unknown>(n).fill(null),
      bad: new Uint8Array(n),
      badCount: 0,
      hasErrors: false,
    };
    if (this.columns === null) {
      this.sheetIssue(
        "sheet/header-not-found",
        "в первых 10 строках нет заголовка «{key}». Добавьте строку заголовков таблицы, как в шаблоне.",
        {
          key: spec.keyHeader,
        }
      );
    }
  }

  fieldIndex(key: string): number {
    return this.fields.findIndex((f) => f.key === key);
  }

  /** Sheet column of a field, -1 when absent. */
  columnOf(field: number): number {
    return this.columns === null || field < 0 ? -1 : this.columns.columnOf[field];
  }

  sheetIssue(
    code: IssueCode,
    template: string,
    params?: Params,
    column: string | null = null
  ): void {
    const place = { file: this.ctx.file, sheet: this.ctx.sheet, row: null, column };
    this.issues.push(makeIssue(place, code, template, params));
  }

  /** A fault of the current row, at a field's cell (field -1: the whole row). */
  report(state: RowState, code: IssueCode, field: number, template: string, params?: Params): void {
    const column = this.columnOf(field);
    const place = {
      file: this.ctx.file,
      sheet: this.ctx.sheet,
      row: state.row,
      column: field < 0 ? null : this.fields[field].header,
      columnIndex: column < 0 ? null : column,
      raw:
        field < 0
          ? undefined
          : column < 0
            ? null
            : cellAsSeen(state.cells[column] ?? null, this.fields[field].type),
    };
    const issue = makeIssue(place, code, template, params);
    this.issues.push(issue);
    if (issue.severity === "error") state.hasErrors = true;
  }

  forEachRow(visit: (state: RowState) => void): void {
    if (this.columns === null) return;
    const { grid, state, compiled } = this;
    const empties = compiled.empties;
    const shortcuts = compiled.shortcuts;
    const canonicals = compiled.canonicals;
    const columnOf = this.columns.columnOf;
    const requiredAlways = this.requiredAlways;
    const numerals = this.numerals;
    const n = this.fields.length;
    const values = state.values;
    const bad = state.bad;
    const faults: (Invalid | null)[] = new Array<Invalid | null>(n).fill(null);
    for (let r = this.headerIndex + 1; r < grid.length; r++) {
      const cells = Array.isArray(grid[r]) ? grid[r] : EMPTY_ROW;
      let filled = 0;
      let faulty = 0;
      let missing = 0;
      for (let f = 0; f < n; f++) {
        const c = columnOf[f];
        const cell = c < 0 ? null : cells[c];
        // Most cells of `Педагоги` are yes/no or list cells in the template's own spelling:
        // decided here, without the parser's dispatch and the checks below.
        if (shortcuts[f] !== 0) {
          const quick = shortcutValue(shortcuts[f], canonicals[f], cell);
          if (quick !== undefined) {
            values[f] = quick;
            filled++;
            continue;
          }
        }
        const value =
          cell === null || cell === undefined
            ? null
            : numerals[f] === 1 && typeof cell === "number" && isNumeral(cell)
              ? cell
              : compiled.parse(f, cell);
        if (value === null) {
          values[f] = empties[f];
          missing += requiredAlways[f];
        } else if (typeof value === "object" && value instanceof Invalid) {
          values[f] = null;
          bad[f] = 1;
          faults[f] = value;
          filled++;
          faulty++;
        } else {
          values[f] = value;
          filled++;
        }
      }
      if (filled === 0) continue;
      state.row = r + 1;
      state.cells = cells;
      state.hasErrors = this.broken;
      state.badCount = faulty;
      if (faulty > 0) this.reportFaults(state, faults);
      // An empty required cell reads as its emptyMeans value when it has one, so look at values too.
      if (missing > 0 || faulty > 0) this.checkRequired(state, this.required);
      else this.checkRequired(state, this.requiredWhen);
      if (this.unique.length > 0) this.checkUnique(state);
      this.rowsRead++;
      visit(state);
      if (faulty > 0) bad.fill(0);
    }
    for (const tables of this.seen.values()) for (const table of tables) table.release();
    this.seen.clear();
    this.lastScope = null;
    if (this.rowsRead === 0 && !this.spec.mayBeEmpty) {
      this.sheetIssue(
        "sheet/empty",
        "в таблице нет ни одной заполненной строки. Заполните таблицу под строкой заголовков."
      );
    }
  }

  private reportFaults(state: RowState, faults: (Invalid | null)[]): void {
    for (let f = 0; f < faults.length; f++) {
      const fault = faults[f];
      if (!state.bad[f] || fault === null) continue;
      this.report(state, fault.code, f, fault.template, fault.params);
    }
  }

  private checkRequired(state: RowState, checks: readonly RequiredCheck[]): void {
    const columnOf = this.columns!.columnOf;
    for (let i = 0; i < checks.length; i++) {
      const check = checks[i];
      if (columnOf[check.field] < 0) continue;
      const fault = requiredFault(check, state.values, state.bad);
      if (fault !== null) this.report(state, fault.code, check.field, fault.template, fault.params);
    }
  }

  private checkUnique(state: RowState): void {
    const scope = this.scope < 0 ? "" : String(state.values[this.scope] ?? "");
    let seen = this.lastSeen;
    if (scope !== this.lastScope) {
      seen = this.seen.get(scope) ?? this.unique.map(() => new FirstRows());
      this.seen.set(scope, seen);
      this.lastScope = scope;
      this.lastSeen = seen;
    }
    for (let u = 0; u < this.unique.length; u++) {
      const f = this.unique[u];
      const value = state.values[f];
      if (value === null || state.bad[f]) continue;
      const first =
        typeof value === "number" && this.numerals[f] === 1
          ? seen[u].firstRowOfNumeral(value, state.row)
          : seen[u].firstRow(value, state.row);
      if (first !== 0) {
        this.report(
          state,
          "row/unique",
          f,
          "уже есть в строке {first}. Значение в этом столбце не должно повторяться: исправьте его.",
          { first }
        );
      }
    }
  }

  /** Issues about the columns; true when a required one is missing. */
  private checkColumns(columns: ColumnMap): boolean {
    const headerRow = this.headerIndex + 1;
    let broken = false;
    this.fields.forEach((field, i) => {
      if (columns.columnOf[i] >= 0) return;
      if (isRequiredColumn(field)) {
        broken = true;
        this.sheetIssue(
          "fields/missing",
          "нет обязательного столбца. Добавьте столбец «{header}» в строку заголовков (строка {row}); пока его нет, строки листа не входят в показатели.",
          {
            header: field.header,
            row: headerRow,
          },
          field.header
        );
      } else if (!QUIET_WHEN_MISSING.has(field.key)) {
        this.sheetIssue(
          "field/missing-optional",
          "нет столбца; его ячейки считаются пустыми. Добавьте столбец «{header}», если сведения есть.",
          {
            header: field.header,
          },
          field.header
        );
      }
    });
    for (const extra of columns.extras)
      this.headerIssue(
        "field/extra",
        extra,
        "столбец не из шаблона: он сохранён, но не проверяется и не входит в показатели. Проверьте заголовок, если это опечатка."
      );
    for (const dup of columns.duplicates)
      this.headerIssue(
        "field/duplicate",
        dup,
        "такой заголовок уже есть левее; читается первый столбец. Удалите или переименуйте повтор."
      );
    return broken;
  }

  private headerIssue(
    code: IssueCode,
    column: { index: number; header: string },
    template: string
  ): void {
    const place = {
      file: this.ctx.file,
      sheet: this.ctx.sheet,
      row: this.headerIndex + 1,
      column: shownValue(column.header),
      columnIndex: column.index,
    };
    this.issues.push(makeIssue(place, code, template));
  }
}
