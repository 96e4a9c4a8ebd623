/** The workbook behind the fake: real grids of cells and the sheet features, no Office.js. */

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export type Cell =
  | { kind: "number"; value: number }
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; value: string }
  | { kind: "formula"; formula: string };

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string
  ) {
    super(`${code}: ${message}`);
  }
}

export function contains(box: Box, row: number, col: number): boolean {
  return row >= box.row && row < box.row + box.rows && col >= box.col && col < box.col + box.cols;
}

export function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function letters(col: number): string {
  let out = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

export function a1(box: Box): string {
  const first = `${letters(box.col)}${box.row + 1}`;
  if (box.rows === 1 && box.cols === 1) return first;
  return `${first}:${letters(box.col + box.cols - 1)}${box.row + box.rows}`;
}

/** "B2", "A1:C10", "$A$1:$B$2", "2:3" (rows) or "C:C" (columns), optionally after "Sheet!". */
export function parseAddress(address: string): Box {
  const local = address.replace(/^.*!/, "").replace(/\$/g, "");
  const [from, to = from] = local.split(":");
  const part = (text: string) => {
    const match = /^([A-Z]*)(\d*)$/i.exec(text);
    if (!match) throw new FakeOfficeError("InvalidArgument", `address ${address}`);
    return {
      col: match[1] ? columnIndex(match[1]) : null,
      row: match[2] ? Number(match[2]) - 1 : null,
    };
  };
  const a = part(from);
  const b = part(to);
  const row = a.row ?? 0;
  const col = a.col ?? 0;
  const lastRow = b.row ?? MAX_ROWS - 1;
  const lastCol = b.col ?? MAX_COLS - 1;
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

/** A format property set on a box; later layers win (seq). Single cells are kept in a map. */
interface Layer {
  box: Box;
  prop: string;
  value: unknown;
  seq: number;
}

export interface TableState {
  name: string;
  box: Box;
  style: string;
}

export interface SeriesState {
  name: string;
  values: Box | null;
  xValues: Box | null;
}

export interface ChartState {
  id: number;
  type: string;
  source: Box;
  seriesBy: string;
  title: string;
  series: SeriesState[];
  legendVisible: boolean;
  position: [string, string] | null;
}

export interface ValidationState {
  box: Box;
  rule?: Excel.DataValidationRule;
  ignoreBlanks?: boolean;
  prompt?: Excel.DataValidationPrompt;
  errorAlert?: Excel.DataValidationErrorAlert;
}

export interface ConditionalFormatState {
  box: Box;
  type: string;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
}

export class SheetState {
  visibility = "Visible";
  tabColor = "";
  rows: (Cell | undefined)[][] = [];
  layers: Layer[] = [];
  cellFormats = new Map<string, Map<string, { value: unknown; seq: number }>>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: Box[] = [];
  tables: TableState[] = [];
  charts: ChartState[] = [];
  validations: ValidationState[] = [];
  conditionalFormats: ConditionalFormatState[] = [];
  hyperlinks = new Map<string, Excel.RangeHyperlink>();
  notes = new Map<string, string>();
  comments = new Map<string, string>();
  freeze = { rows: 0, cols: 0 };
  pageLayout: Record<string, unknown> = {};

  constructor(public name: string) {}

  cell(row: number, col: number): Cell | undefined {
    return this.rows[row]?.[col];
  }

  setCell(row: number, col: number, cell: Cell | undefined): void {
    if (!cell && !this.rows[row]) return;
    (this.rows[row] ??= [])[col] = cell;
  }

  /** A1 to the last non-empty cell, or null for an empty sheet (getUsedRange(valuesOnly)). */
  usedBox(): Box | null {
    let lastRow = -1;
    let lastCol = -1;
    let firstRow = Infinity;
    let firstCol = Infinity;
    this.rows.forEach((row, r) => {
      row?.forEach((cell, c) => {
        if (!cell) return;
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
        firstRow = Math.min(firstRow, r);
        firstCol = Math.min(firstCol, c);
      });
    });
    if (lastRow < 0) return null;
    return {
      row: firstRow,
      col: firstCol,
      rows: lastRow - firstRow + 1,
      cols: lastCol - firstCol + 1,
    };
  }

  setFormat(box: Box, prop: string, value: unknown, seq: number): void {
    if (box.rows === 1 && box.cols === 1) {
      const key = `${box.row}:${box.col}`;
      const props = this.cellFormats.get(key) ?? new Map();
      props.set(prop, { value, seq });
      this.cellFormats.set(key, props);
    } else {
      this.layers.push({ box, prop, value, seq });
    }
  }

  formatAt(row: number, col: number, prop: string): unknown {
    let best: { value: unknown; seq: number } | undefined = this.cellFormats
      .get(`${row}:${col}`)
      ?.get(prop);
    for (const layer of this.layers) {
      if (layer.prop === prop && contains(layer.box, row, col) && (!best || layer.seq > best.seq))
        best = layer;
    }
    return best?.value;
  }

  clearAll(): void {
    this.rows = [];
    this.layers = [];
    this.cellFormats.clear();
    this.merges = [];
    this.hyperlinks.clear();
    this.notes.clear();
    this.comments.clear();
  }
}

export class BookState {
  sheets: SheetState[] = [];
  active: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  nextChartId = 1;
  /** The workbook's date system: serials count from 1904-01-01 instead of 1899-12-30. */
  date1904 = false;

  find(name: string): SheetState | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  get(name: string): SheetState {
    const sheet = this.find(name);
    if (!sheet) throw new FakeOfficeError("ItemNotFound", `worksheet ${name}`);
    return sheet;
  }

  allTables(): TableState[] {
    return this.sheets.flatMap((sheet) => sheet.tables);
  }
}
