/**
 * `context.workbook.functions` of the fake (ExcelApi 1.2): the one worksheet function the
 * adapter calls, DATE, answered in the book's date system (1904: DATE(1904;1;1) is 0).
 */
import { FakeContextCore, FakeObject } from "./context";
import type { BookState } from "./state";

class FakeFunctionResult extends FakeObject {
  constructor(
    core: FakeContextCore,
    private readonly compute: () => number
  ) {
    super(core);
  }
  protected override snapshot(name: string): unknown {
    return name === "value" ? this.compute() : super.snapshot(name);
  }
  get value(): number {
    return this.prop("value");
  }
}

export class FakeFunctions {
  constructor(
    private readonly core: FakeContextCore,
    private readonly book: BookState
  ) {}

  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.core, () => {
      const serial1900 = (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
      return this.book.date1904 ? serial1900 - 1462 : serial1900;
    });
  }
}
