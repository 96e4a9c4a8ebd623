/** Workbook, worksheet and collection proxies of the fake. */
import { FakeHost, bindHost, gateMembers } from "./api-sets";
import { FakeContextCore, FakeObject, Recorder } from "./context";
import { FakeRange } from "./range";
import { FakeFunctions } from "./workbook-functions";
import type { BookState, Box, ChartState, SheetState, TableState } from "./state";
import {
  FakeOfficeError,
  MAX_COLS,
  MAX_ROWS,
  SheetState as SheetStateClass,
  a1,
  intersects,
  parseAddress,
} from "./state";

export class FakeWorksheet extends FakeObject {
  constructor(
    core: FakeContextCore,
    readonly book: BookState,
    readonly sheetName: string,
    nullable = false
  ) {
    super(core);
    if (nullable) core.onSynced(() => this.loaded.set("isNullObject", !book.find(sheetName)));
    else this.loaded.set("name", sheetName);
    gateMembers(this, "Worksheet", core);
  }

  private state(): SheetState {
    return this.book.get(this.sheetName);
  }

  protected override snapshot(name: string): unknown {
    if (name === "isNullObject") return !this.book.find(this.sheetName);
    const sheet = this.book.find(this.sheetName);
    if (!sheet) return undefined;
    if (name === "name") return sheet.name;
    if (name === "position") return this.book.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    if (name === "tabColor") return sheet.tabColor;
    return super.snapshot(name);
  }

  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get name(): string {
    return this.prop("name");
  }
  get position(): number {
    return this.prop("position");
  }
  set tabColor(value: string) {
    this.core.enqueue(() => (this.state().tabColor = value));
  }
  set visibility(value: string) {
    this.core.enqueue(() => (this.state().visibility = value));
  }

  private range(where: (sheet: SheetState) => Box | null, nullable = false): FakeRange {
    return new FakeRange(this.core, this.book, this.sheetName, where, nullable);
  }

  getRange(address?: string): FakeRange {
    const box = address
      ? parseAddress(address)
      : { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS };
    return this.range(() => box);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    if (rows < 1 || cols < 1 || row < 0 || col < 0 || row + rows > MAX_ROWS) {
      throw new FakeOfficeError(
        "InvalidArgument",
        `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols})`
      );
    }
    return this.range(() => ({ row, col, rows, cols }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly)
      throw new FakeOfficeError("InvalidArgument", "the fake knows the values-only used range");
    return this.range((sheet) => sheet.usedBox(), true);
  }

  activate(): void {
    this.core.enqueue(() => (this.book.active = this.state().name));
  }

  delete(): void {
    this.core.enqueue(() => {
      const sheet = this.state();
      this.book.sheets = this.book.sheets.filter((s) => s !== sheet);
    });
  }

  readonly tables = new FakeTables(this.core, this.book, () => this.state());
  readonly charts = new FakeCharts(this.core, this.book, () => this.state());
  readonly notes = new FakeNotes(this.core, () => this.state());
  readonly comments = new FakeComments(this.core, () => this.state());

  readonly freezePanes = {
    freezeRows: (rows: number) =>
      this.core.enqueue(() => (this.state().freeze = { rows, cols: 0 })),
    freezeColumns: (cols: number) =>
      this.core.enqueue(() => (this.state().freeze = { rows: 0, cols })),
    freezeAt: (range: FakeRange) =>
      this.core.enqueue(() => {
        const box = range.box()!;
        this.state().freeze = { rows: box.row + box.rows, cols: box.col + box.cols };
      }),
    unfreeze: () => this.core.enqueue(() => (this.state().freeze = { rows: 0, cols: 0 })),
  };

  readonly pageLayout = (() => {
    const set = (key: string, value: unknown) =>
      this.core.enqueue(() => (this.state().pageLayout[key] = value), [value]);
    return {
      set orientation(value: string) {
        set("orientation", value);
      },
      set paperSize(value: string) {
        set("paperSize", value);
      },
      set zoom(value: unknown) {
        set("zoom", value);
      },
      set leftMargin(value: number) {
        set("leftMargin", value);
      },
      set rightMargin(value: number) {
        set("rightMargin", value);
      },
      set topMargin(value: number) {
        set("topMargin", value);
      },
      set bottomMargin(value: number) {
        set("bottomMargin", value);
      },
      set headerMargin(value: number) {
        set("headerMargin", value);
      },
      set footerMargin(value: number) {
        set("footerMargin", value);
      },
      set centerHorizontally(value: boolean) {
        set("centerHorizontally", value);
      },
      headersFooters: {
        defaultForAllPages: {
          set leftFooter(value: string) {
            set("leftFooter", value);
          },
          set centerFooter(value: string) {
            set("centerFooter", value);
          },
          set rightFooter(value: string) {
            set("rightFooter", value);
          },
        },
      },
      setPrintArea: (address: string) => set("printArea", address),
      setPrintTitleRows: (address: string) => set("printTitleRows", address),
      setPrintTitleColumns: (address: string) => set("printTitleColumns", address),
    };
  })();

  readonly horizontalPageBreaks = {
    add: (address: string) =>
      this.core.enqueue(() => {
        const layout = this.state().pageLayout;
        layout.rowBreaks = [...((layout.rowBreaks as string[] | undefined) ?? []), address];
      }, [address]),
  };
}

/** A worksheet's tables, or with `sheet` null the workbook's (context.workbook.tables). */
export class FakeTables extends FakeObject {
  private itemList: { name: string; delete(): void }[] = [];

  constructor(
    core: FakeContextCore,
    private readonly book: BookState,
    private readonly sheet: (() => SheetState) | null
  ) {
    super(core);
  }

  private listed(): TableState[] {
    return this.sheet ? this.sheet().tables : this.book.allTables();
  }

  protected override snapshot(name: string): unknown {
    if (name !== "items/name") return super.snapshot(name);
    this.itemList = this.listed().map((table) => this.proxy(() => table));
    return true;
  }

  get items() {
    this.prop("items/name");
    return this.itemList;
  }

  private proxy(table: () => TableState) {
    const core = this.core;
    const book = this.book;
    return {
      get name() {
        return table().name;
      },
      set name(value: string) {
        core.enqueue(() => {
          // Excel: a letter, "_" or "\" first, then letters, digits, "_", "." or "\"; no cell reference.
          if (
            !/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(value) ||
            /^([A-Za-z]{1,3}\d+|[RrCc]\d*|[Rr]\d+[Cc]\d+)$/.test(value)
          )
            throw new FakeOfficeError("InvalidArgument", `table name ${value} is not valid`);
          if (
            book
              .allTables()
              .some((t) => t !== table() && t.name.toLowerCase() === value.toLowerCase())
          ) {
            throw new FakeOfficeError("InvalidArgument", `table name ${value} taken`);
          }
          table().name = value;
        }, value);
      },
      set style(value: string) {
        core.enqueue(() => (table().style = value));
      },
      delete() {
        core.enqueue(() => {
          const state = book.sheets.find((s) => s.tables.includes(table()));
          if (state) state.tables = state.tables.filter((t) => t !== table());
        });
      },
    };
  }

  add(address: string | FakeRange, hasHeaders: boolean) {
    const holder: { table?: TableState } = {};
    this.core.enqueue(() => {
      const { sheet, box } = tableSource(this.book, address);
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "the fake expects header rows");
      if (sheet.tables.some((t) => intersects(t.box, box)))
        throw new FakeOfficeError("InvalidOperation", "tables overlap");
      if (sheet.merges.some((m) => intersects(m, box)))
        throw new FakeOfficeError("InvalidOperation", "table over merged cells");
      let n = this.book.allTables().length + 1;
      while (this.book.allTables().some((t) => t.name.toLowerCase() === `table${n}`)) n++;
      holder.table = { name: `Table${n}`, box, style: "TableStyleMedium2" };
      sheet.tables.push(holder.table);
    }, [typeof address === "string" ? address : null, hasHeaders]);
    return this.proxy(() => holder.table!);
  }
}

/**
 * Where `tables.add` puts a table: a Range object's own sheet, or the sheet named in the
 * address. An address without a sheet name is resolved by Excel against the active sheet
 * (TableCollection.add, both on the workbook and on a worksheet): the fake refuses it.
 */
function tableSource(book: BookState, address: string | FakeRange) {
  if (typeof address !== "string") return { sheet: address.sheet(), box: address.box()! };
  const bang = address.lastIndexOf("!");
  if (bang < 0)
    throw new FakeOfficeError(
      "InvalidArgument",
      `${address} has no sheet: Excel would use the active sheet`
    );
  const name = address
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheet: book.get(name), box: parseAddress(address) };
}

class FakeCharts extends FakeObject {
  private itemList: { name: string; delete(): void }[] = [];

  constructor(
    core: FakeContextCore,
    private readonly book: BookState,
    private readonly sheet: () => SheetState
  ) {
    super(core);
  }

  protected override snapshot(name: string): unknown {
    if (name !== "items/name") return super.snapshot(name);
    this.itemList = this.sheet().charts.map((chart) => ({
      name: `Chart ${chart.id}`,
      delete: () =>
        this.core.enqueue(
          () => (this.sheet().charts = this.sheet().charts.filter((c) => c !== chart))
        ),
    }));
    return true;
  }

  get items() {
    this.prop("items/name");
    return this.itemList;
  }

  add(type: string, source: FakeRange, seriesBy: string) {
    const core = this.core;
    const holder: { chart?: ChartState } = {};
    core.enqueue(() => {
      const box = source.box()!;
      holder.chart = {
        id: this.book.nextChartId++,
        type,
        source: box,
        seriesBy,
        title: "",
        series: [{ name: "", values: box, xValues: null }],
        legendVisible: true,
        position: null,
      };
      this.sheet().charts.push(holder.chart);
    });
    const later = (update: (chart: ChartState) => void, args?: unknown) =>
      core.enqueue(() => update(holder.chart!), args);
    const seriesProxy = (index: () => number) => ({
      set name(value: string) {
        later((chart) => (chart.series[index()].name = value), value);
      },
      setValues: (range: FakeRange) =>
        later((chart) => (chart.series[index()].values = range.box())),
      setXAxisValues: (range: FakeRange) =>
        later((chart) => (chart.series[index()].xValues = range.box())),
    });
    return {
      title: {
        set text(value: string) {
          later((chart) => (chart.title = value), value);
        },
      },
      legend: {
        set visible(value: boolean) {
          later((chart) => (chart.legendVisible = value));
        },
      },
      series: {
        getItemAt: (i: number) => seriesProxy(() => i),
        add: (name: string) => {
          let at = -1;
          later((chart) => (at = chart.series.push({ name, values: null, xValues: null }) - 1));
          return seriesProxy(() => at);
        },
      },
      setPosition: (start: string, end: string) =>
        later((chart) => (chart.position = [start, end])),
    };
  }
}

function cellKey(address: string | FakeRange): string {
  if (typeof address === "string") return a1(parseAddress(address));
  const box = address.box()!;
  return a1({ ...box, rows: 1, cols: 1 });
}

class FakeNotes {
  constructor(
    private readonly core: FakeContextCore,
    private readonly sheet: () => SheetState
  ) {}

  add(address: string | FakeRange, content: string): void {
    this.core.enqueue(() => {
      const key = cellKey(address);
      if (this.sheet().notes.has(key))
        throw new FakeOfficeError("InvalidOperation", `a note exists at ${key}`);
      this.sheet().notes.set(key, content);
    }, [typeof address === "string" ? address : null, content]);
  }

  getItemOrNullObject(key: string) {
    return new FakeNote(this.core, this.sheet, cellKey(key));
  }
}

class FakeNote extends FakeObject {
  constructor(
    core: FakeContextCore,
    private readonly sheet: () => SheetState,
    private readonly key: string
  ) {
    super(core);
    core.onSynced(() => this.loaded.set("isNullObject", !sheet().notes.has(key)));
  }
  protected override snapshot(name: string): unknown {
    if (name === "content") return this.sheet().notes.get(this.key);
    return super.snapshot(name);
  }
  get isNullObject(): boolean {
    return this.prop("isNullObject");
  }
  get content(): string {
    return this.prop("content");
  }
  set content(value: string) {
    this.core.enqueue(() => this.sheet().notes.set(this.key, value), value);
  }
  delete(): void {
    this.core.enqueue(() => this.sheet().notes.delete(this.key));
  }
}

class FakeComments extends FakeObject {
  private itemList: FakeComment[] = [];

  constructor(
    core: FakeContextCore,
    private readonly sheet: () => SheetState
  ) {
    super(core);
  }

  protected override snapshot(name: string): unknown {
    if (name !== "items/content") return super.snapshot(name);
    this.itemList = [...this.sheet().comments.entries()].map(
      ([key, content]) => new FakeComment(this.core, this.sheet, key, content)
    );
    return true;
  }

  get items(): FakeComment[] {
    this.prop("items/content");
    return this.itemList;
  }

  add(address: string | FakeRange, content: string): void {
    this.core.enqueue(() => {
      const key = cellKey(address);
      if (this.sheet().comments.has(key))
        throw new FakeOfficeError("InvalidOperation", `a comment exists at ${key}`);
      this.sheet().comments.set(key, content);
    }, [typeof address === "string" ? address : null, content]);
  }
}

class FakeComment {
  constructor(
    private readonly core: FakeContextCore,
    private readonly sheet: () => SheetState,
    private readonly key: string,
    private text: string
  ) {}
  get content(): string {
    return this.text;
  }
  set content(value: string) {
    this.text = value;
    this.core.enqueue(() => this.sheet().comments.set(this.key, value), value);
  }
  delete(): void {
    this.core.enqueue(() => this.sheet().comments.delete(this.key));
  }
  getLocation() {
    const name = this.sheet().name;
    const key = this.key;
    const core = this.core;
    return {
      address: "",
      load() {
        core.enqueue(() => (this.address = `${name}!${key}`));
        return this;
      },
    };
  }
}

class FakeWorksheets extends FakeObject {
  private itemList: FakeWorksheet[] = [];

  constructor(
    core: FakeContextCore,
    private readonly book: BookState
  ) {
    super(core);
  }

  protected override snapshot(name: string): unknown {
    if (name !== "items/name") return super.snapshot(name);
    this.itemList = this.book.sheets.map(
      (sheet) => new FakeWorksheet(this.core, this.book, sheet.name)
    );
    return true;
  }

  get items(): FakeWorksheet[] {
    this.prop("items/name");
    return this.itemList;
  }

  getItem(name: string): FakeWorksheet {
    this.core.enqueue(() => this.book.get(name)); // fails the batch when missing, as Excel does
    return new FakeWorksheet(this.core, this.book, name);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.core, this.book, name, true);
  }

  add(name: string): FakeWorksheet {
    this.core.enqueue(() => {
      if (this.book.find(name)) throw new FakeOfficeError("ItemAlreadyExists", `worksheet ${name}`);
      this.book.sheets.push(new SheetStateClass(name));
    });
    return new FakeWorksheet(this.core, this.book, name);
  }
}

/** One Excel.run: a context over the shared book, reporting to the shared recorder. */
export class FakeRequestContext extends FakeContextCore {
  readonly workbook: { worksheets: FakeWorksheets; tables: FakeTables; functions: FakeFunctions };

  constructor(book: BookState, recorder: Recorder, host?: FakeHost) {
    super(recorder);
    if (host) bindHost(this, host);
    this.workbook = {
      worksheets: new FakeWorksheets(this, book),
      tables: new FakeTables(this, book, null),
      functions: new FakeFunctions(this, book),
    };
  }
}
