/** Range proxies of the fake, backed by SheetState. */
import { gateMembers } from "./api-sets";
import { FakeContextCore, FakeObject, jsonBytes } from "./context";
import type { BookState, Box, Cell, SheetState } from "./state";
import { FakeOfficeError, a1, contains, intersects, MAX_COLS, MAX_ROWS } from "./state";
import { typedValue } from "../../../src/adapters/officejs/typed-text";
import { cellValue } from "./formulas";

let seq = 0;
const nextSeq = () => ++seq;

/**
 * What Excel makes of a value written to `values`: text is parsed as if typed, by the rules of
 * src/adapters/officejs/typed-text.ts (tested on their own against a table of cases), so text
 * the adapter forgot to protect comes back changed.
 */
export function interpret(value: unknown): Cell | undefined | "unchanged" {
  if (value === null || value === undefined) return "unchanged";
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  const text = String(value);
  if (text === "") return undefined;
  const typed = typedValue(text)?.value;
  if (typed === undefined || typed === "doubt") return { kind: "text", value: text };
  return typed;
}

/** What Range.values returns for a cell: PEDMON formulas through the real functions (formulas.ts). */
export function shown(
  cell: Cell | undefined,
  book?: BookState,
  sheet = ""
): string | number | boolean {
  if (!cell) return "";
  if (cell.kind !== "formula") return cell.value;
  return book ? cellValue(book, sheet, cell) : "#NAME?";
}

export class FakeRange extends FakeObject {
  constructor(
    core: FakeContextCore,
    readonly book: BookState,
    readonly sheetName: string,
    private readonly where: (sheet: SheetState) => Box | null,
    nullable = false
  ) {
    super(core);
    if (nullable) core.onSynced(() => this.loaded.set("isNullObject", this.box() === null));
    gateMembers(this, "Range", core);
  }

  sheet(): SheetState {
    return this.book.get(this.sheetName);
  }

  box(): Box | null {
    return this.where(this.sheet());
  }

  private must(): Box {
    const box = this.box();
    if (!box) throw new FakeOfficeError("ItemNotFound", "null range");
    return box;
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }

  protected override snapshot(name: string): unknown {
    const box = this.box();
    if (!box) return undefined;
    switch (name) {
      case "values": {
        const sheet = this.sheet();
        const values = [];
        for (let r = 0; r < box.rows; r++) {
          const row = [];
          for (let c = 0; c < box.cols; c++)
            row.push(shown(sheet.cell(box.row + r, box.col + c), this.book, sheet.name));
          values.push(row);
        }
        this.core.received(jsonBytes(values));
        return values;
      }
      case "numberFormat": {
        const sheet = this.sheet();
        const formats = Array.from({ length: box.rows }, (_, r) =>
          Array.from(
            { length: box.cols },
            (_, c) => sheet.formatAt(box.row + r, box.col + c, "numberFormat") ?? "General"
          )
        );
        this.core.received(jsonBytes(formats));
        return formats;
      }
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.col;
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.cols;
      case "address":
        return `${this.sheetName}!${a1(box)}`;
      default:
        return super.snapshot(name);
    }
  }

  get values(): unknown[][] {
    return this.prop("values");
  }
  set values(values: unknown[][]) {
    this.core.enqueue(() => {
      const box = this.must();
      if (values.length !== box.rows || values.some((row) => row.length !== box.cols)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `values ${values.length}×${values[0]?.length} for ${a1(box)}`
        );
      }
      const sheet = this.sheet();
      values.forEach((row, r) =>
        row.forEach((value, c) => {
          const cell = interpret(value);
          if (cell !== "unchanged") sheet.setCell(box.row + r, box.col + c, cell);
        })
      );
    }, jsonBytes(values));
  }

  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get address(): string {
    return this.prop("address");
  }

  get numberFormat(): unknown[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.core.enqueue(() => {
      const box = this.must();
      const sheet = this.sheet();
      if (formats.length === 1 && formats[0].length === 1) {
        sheet.setFormat(box, "numberFormat", formats[0][0], nextSeq()); // broadcast
        return;
      }
      if (formats.length !== box.rows)
        throw new FakeOfficeError("InvalidArgument", "numberFormat dimensions");
      formats.forEach((row, r) =>
        row.forEach((f, c) =>
          sheet.setFormat(
            { row: box.row + r, col: box.col + c, rows: 1, cols: 1 },
            "numberFormat",
            f,
            nextSeq()
          )
        )
      );
    }, jsonBytes(formats));
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.core.enqueue(() => {
      const box = this.must();
      this.sheet().hyperlinks.set(a1({ ...box, rows: 1, cols: 1 }), link);
    }, link);
  }

  readonly format = new FakeRangeFormat(this);
  readonly dataValidation = new FakeDataValidation(this);
  readonly conditionalFormats = new FakeConditionalFormats(this);

  /** Queues an operation on this range's box at sync time. */
  apply(run: (sheet: SheetState, box: Box) => void, bytes = 0): void {
    this.core.enqueue(() => run(this.sheet(), this.must()), bytes);
  }

  getEntireColumn(): FakeRange {
    return new FakeRange(this.core, this.book, this.sheetName, (sheet) => {
      const box = this.where(sheet);
      return box && { row: 0, col: box.col, rows: MAX_ROWS, cols: box.cols };
    });
  }

  merge(): void {
    this.apply((sheet, box) => {
      if (sheet.merges.some((m) => intersects(m, box)))
        throw new FakeOfficeError("InvalidOperation", "overlapping merge");
      sheet.merges.push(box);
    });
  }

  unmerge(): void {
    this.apply((sheet, box) => (sheet.merges = sheet.merges.filter((m) => !intersects(m, box))));
  }

  clear(applyTo = "All"): void {
    this.apply((sheet, box) => {
      if (applyTo !== "All")
        throw new FakeOfficeError("InvalidArgument", "the fake clears All only");
      if (box.rows === MAX_ROWS && box.cols === MAX_COLS) return sheet.clearAll();
      for (let r = box.row; r < box.row + box.rows && r < sheet.rows.length; r++) {
        for (let c = box.col; c < box.col + box.cols; c++) sheet.setCell(r, c, undefined);
      }
    });
  }

  select(): void {
    this.apply((sheet, box) => (this.book.selection = { sheet: sheet.name, address: a1(box) }));
  }

  getCellProperties(options: { format?: { fill?: { color?: boolean; pattern?: boolean } } }) {
    const result: { loaded: boolean; data?: unknown } = { loaded: false };
    this.apply((sheet, box) => {
      const rows = [];
      for (let r = 0; r < box.rows; r++) {
        const row = [];
        for (let c = 0; c < box.cols; c++) {
          const color = sheet.formatAt(box.row + r, box.col + c, "fill.color") as
            string | null | undefined;
          const fill: Record<string, string> = {};
          if (options.format?.fill?.color) fill.color = color ?? "#FFFFFF";
          if (options.format?.fill?.pattern) fill.pattern = color ? "Solid" : "None";
          row.push({ format: { fill } });
        }
        rows.push(row);
      }
      result.data = rows;
      result.loaded = true;
      this.core.received(jsonBytes(rows));
    });
    return {
      get value() {
        if (!result.loaded)
          throw new FakeOfficeError("PropertyNotLoaded", "ClientResult.value before sync");
        return result.data as Excel.CellProperties[][];
      },
    };
  }

  includes(row: number, col: number): boolean {
    const box = this.box();
    return box !== null && contains(box, row, col);
  }
}

class FakeFormatPart {
  constructor(
    protected readonly range: FakeRange,
    private readonly prefix: string
  ) {}

  protected setProp(name: string, value: unknown): void {
    this.range.apply(
      (sheet, box) => sheet.setFormat(box, `${this.prefix}${name}`, value, nextSeq()),
      jsonBytes(value)
    );
  }
}

class FakeFill extends FakeFormatPart {
  set color(value: string) {
    this.setProp("color", value);
  }
  clear(): void {
    this.setProp("color", null);
  }
}

class FakeFont extends FakeFormatPart {
  set bold(value: boolean) {
    this.setProp("bold", value);
  }
  set italic(value: boolean) {
    this.setProp("italic", value);
  }
  set size(value: number) {
    this.setProp("size", value);
  }
  set color(value: string) {
    this.setProp("color", value);
  }
}

class FakeBorders {
  constructor(private readonly range: FakeRange) {}
  getItem(edge: string) {
    const range = this.range;
    return {
      set style(value: string) {
        range.apply((sheet, box) => sheet.setFormat(box, `border.${edge}`, value, nextSeq()));
      },
    };
  }
}

export class FakeRangeFormat extends FakeFormatPart {
  readonly fill = new FakeFill(this.range, "fill.");
  readonly font = new FakeFont(this.range, "font.");
  readonly borders = new FakeBorders(this.range);

  constructor(range: FakeRange) {
    super(range, "");
  }
  set wrapText(value: boolean) {
    this.setProp("wrapText", value);
  }
  set horizontalAlignment(value: string) {
    this.setProp("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.setProp("verticalAlignment", value);
  }
  set rowHeight(points: number) {
    this.range.apply((sheet, box) => {
      for (let r = box.row; r < box.row + box.rows; r++) sheet.rowHeights.set(r, points);
    });
  }
  set columnWidth(points: number) {
    this.range.apply((sheet, box) => {
      for (let c = box.col; c < box.col + box.cols; c++) sheet.columnWidths.set(c, points);
    });
  }
}

class FakeDataValidation {
  constructor(private readonly range: FakeRange) {}

  private set(
    update: (v: {
      rule?: unknown;
      ignoreBlanks?: boolean;
      prompt?: unknown;
      errorAlert?: unknown;
    }) => void,
    value: unknown
  ) {
    this.range.apply((sheet, box) => {
      let state = sheet.validations.find(
        (v) =>
          v.box.row === box.row &&
          v.box.col === box.col &&
          v.box.rows === box.rows &&
          v.box.cols === box.cols
      );
      if (!state) {
        if (sheet.validations.some((v) => intersects(v.box, box))) {
          throw new FakeOfficeError("InvalidOperation", "validation overlaps another one");
        }
        state = { box };
        sheet.validations.push(state);
      }
      update(state);
    }, jsonBytes(value));
  }

  set rule(rule: Excel.DataValidationRule) {
    this.set((v) => (v.rule = rule), rule);
  }
  set ignoreBlanks(value: boolean) {
    this.set((v) => (v.ignoreBlanks = value), value);
  }
  set prompt(value: Excel.DataValidationPrompt) {
    this.set((v) => (v.prompt = value), value);
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this.set((v) => (v.errorAlert = value), value);
  }
  clear(): void {
    this.range.apply(
      (sheet, box) => (sheet.validations = sheet.validations.filter((v) => !intersects(v.box, box)))
    );
  }
}

class FakeConditionalFormats {
  constructor(private readonly range: FakeRange) {}

  add(type: string) {
    const holder: { state?: import("./state").ConditionalFormatState } = {};
    this.range.apply((sheet, box) => {
      holder.state = { box, type };
      sheet.conditionalFormats.push(holder.state);
    });
    const range = this.range;
    const later = (update: (s: import("./state").ConditionalFormatState) => void, value: unknown) =>
      range.apply(() => update(holder.state!), jsonBytes(value));
    const cellValue = {
      set rule(rule: unknown) {
        later((s) => (s.rule = rule), rule);
      },
      format: {
        fill: {
          set color(value: string) {
            later((s) => (s.fill = value), value);
          },
        },
        font: {
          set color(value: string) {
            later((s) => (s.fontColor = value), value);
          },
        },
      },
    };
    return { cellValue, textComparison: cellValue };
  }

  clearAll(): void {
    this.range.apply((sheet, box) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !intersects(f.box, box));
    });
  }
}
