/**
 * The custom-indicator block for the `Настройки` template, as a piece of a
 * SheetModel with its own 0-based coordinates: a title, a one-line help, the
 * header, a working example row and input rows with dropdowns. The settings
 * sheet builder (or the app) places it with `placeBlock` to the right of every
 * other block, from the top, so no other block's columns run into it.
 */
import { CUSTOM_INDICATORS, CUSTOM_POPULATION, fieldByKey } from "../../schema";
import { DIRECTION } from "../../schema/values";
import { LIMITS, truncate } from "../../text/validation-limits";
import type {
  CellStyle,
  ColumnModel,
  OutCell,
  RangeRef,
  SheetModel,
  ValidationModel,
} from "../../../port/sheet-model";
import { HEADER_STYLE } from "../../report/kit";

export type SheetBlock = Required<
  Pick<SheetModel, "cells" | "styles" | "validations" | "tables" | "merges">
> & {
  /** Widths of the block's columns, from its first column. */
  columns: ColumnModel[];
  /** Row of the header inside the block. */
  headerRow: number;
};

export const CUSTOM_INPUT_ROWS = 50;

/** A valid definition shown as the example: people may keep, change or delete it. */
export const CUSTOM_EXAMPLE: Record<string, OutCell> = {
  code: "CONTEST_REG_PLUS",
  title: "Доля педагогов — участников конкурсов регионального уровня и выше",
  population: CUSTOM_POPULATION[1],
  numerator: "Уровень конкурса = Региональный; Всероссийский; Международный",
  denominator: null,
  target: null,
  direction: DIRECTION[0],
};

const HELP =
  "Условия — по заголовкам листа «Педагоги»: «Столбец = значение; значение», «Столбец ≠ значение», " +
  "«Столбец ≥ число», «Дата диагностики дефицитов в периоде», «Дата окончания ПК за 3 года», " +
  "«Столбец заполнено», «Молодой педагог», «Начинающий педагог», «Пенсионный возраст», «Действующая категория»; несколько условий — через «И», отрицание — «НЕ».";

export function customIndicatorsBlock(): SheetBlock {
  const fields = CUSTOM_INDICATORS.fields;
  const headerRow = 2;
  const cols = fields.length;
  const input = (key: string): RangeRef => ({
    row: headerRow + 1,
    col: fields.findIndex((f) => f.key === key),
    rows: CUSTOM_INPUT_ROWS,
    cols: 1,
  });
  const prompt = (key: string) => ({
    title: truncate(fieldByKey(CUSTOM_INDICATORS, key).header, LIMITS.promptTitle),
    message: truncate(fieldByKey(CUSTOM_INDICATORS, key).help, LIMITS.prompt),
  });
  const validations: ValidationModel[] = [
    {
      range: input("population"),
      rule: { kind: "list", values: CUSTOM_POPULATION },
      allowBlank: true,
      prompt: prompt("population"),
    },
    {
      range: input("direction"),
      rule: { kind: "list", values: DIRECTION },
      allowBlank: true,
      prompt: prompt("direction"),
    },
    {
      range: input("target"),
      rule: { kind: "decimal", min: 0 },
      allowBlank: true,
      prompt: prompt("target"),
    },
    {
      range: input("numerator"),
      rule: { kind: "textLength", max: 500 },
      allowBlank: true,
      prompt: prompt("numerator"),
    },
  ];
  const styles: { range: RangeRef; style: CellStyle }[] = [
    { range: { row: 0, col: 0, rows: 1, cols: 1 }, style: { bold: true, fontSize: 12 } },
    {
      range: { row: 1, col: 0, rows: 1, cols },
      style: { italic: true, wrap: true, vAlign: "top" },
    },
    { range: { row: headerRow, col: 0, rows: 1, cols }, style: HEADER_STYLE },
  ];
  return {
    cells: [
      ["Пользовательские показатели"],
      [HELP],
      fields.map((f) => f.header),
      fields.map((f) => CUSTOM_EXAMPLE[f.key] ?? null),
    ],
    headerRow,
    columns: fields.map((f) => ({ width: f.width ?? 14 })),
    styles,
    merges: [{ row: 1, col: 0, rows: 1, cols }],
    validations,
    tables: [
      {
        name: CUSTOM_INDICATORS.tableName ?? "ПользовательскиеПоказатели",
        range: { row: headerRow, col: 0, rows: 2, cols },
        style: "TableStyleLight9",
      },
    ],
  };
}

/** The block moved to (row, col) of a sheet: what to merge into a SheetModel. */
export function placeBlock(block: SheetBlock, row: number, col: number): SheetBlock {
  const move = (r: RangeRef): RangeRef => ({ ...r, row: r.row + row, col: r.col + col });
  const cells: OutCell[][] = [];
  block.cells.forEach((line, r) => {
    cells[r + row] = [...Array<OutCell>(col).fill(null), ...line];
  });
  for (let r = 0; r < row; r++) cells[r] = [];
  return {
    cells,
    headerRow: block.headerRow + row,
    columns: [...Array<ColumnModel>(col).fill({}), ...block.columns],
    styles: block.styles.map((s) => ({ ...s, range: move(s.range) })),
    merges: block.merges.map(move),
    validations: block.validations.map((v) => ({ ...v, range: move(v.range) })),
    tables: block.tables.map((t) => ({ ...t, range: move(t.range) })),
  };
}
