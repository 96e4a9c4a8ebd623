import { MAX_PAYLOAD_BYTES } from "../../../../src/adapters/officejs/chunks";
import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { packSteps, type StructureStep } from "../../../../src/adapters/officejs/structure-steps";
import type { SheetModel } from "../../../../src/port/sheet-model";
import { FakeExcel } from "../../../fakes/office";
import { FakeRequestContext } from "../../../fakes/office/worksheet";

function setup() {
  const excel = new FakeExcel();
  const workbook = new OfficeWorkbook(excel.run, {
    pause: () => Promise.resolve(),
    isSetSupported: () => true,
  });
  return { excel, workbook };
}

/** «Показатели по ОО» at 1,500 schools: 31 indicators, each cell coloured by its status. */
function bySchoolLike(schools: number, codes: number): SheetModel {
  const cells = [["ОО", ...Array.from({ length: codes }, (_, j) => `К${j}`)]];
  const styles: NonNullable<SheetModel["styles"]> = [];
  for (let i = 0; i < schools; i++) {
    cells.push([`ОО-${i}`, ...Array.from({ length: codes }, (_, j) => String((i * j) % 100))]);
    for (let j = 0; j < codes; j++) {
      styles.push({
        range: { row: i + 1, col: j + 1, rows: 1, cols: 1 },
        style: { fill: "#C6EFCE", fontColor: "#006100" },
      });
    }
  }
  return { name: "Показатели по ОО", cells, styles, headerRow: 0 };
}

describe("request size: actions and structure count, not only values", () => {
  it("the fake charges a formatting command its action, path and arguments", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Лист");
    const context = new FakeRequestContext(excel.book, excel.recorder);
    const sheet = context.workbook.worksheets.getItem("Лист");
    for (let r = 0; r < 1000; r++)
      sheet.getRangeByIndexes(r, 0, 1, 1).format.fill.color = "#FFC7CE";
    await context.sync();
    // 1,000 × (range path + action + fill path + "#FFC7CE"): about 340 KB, no values at all
    expect(excel.recorder.maxRequestBytes()).toBeGreaterThan(300_000);
  });

  it("keeps every request of a sheet with 46,500 styled cells within the limit", async () => {
    const { excel, workbook } = setup();
    await workbook.writeSheet(bySchoolLike(1500, 31));
    expect(excel.recorder.maxRequestBytes()).toBeLessThanOrEqual(MAX_PAYLOAD_BYTES);
    const sheet = excel.sheet("Показатели по ОО");
    expect(sheet.formatAt(1500, 31, "fill.color")).toBe("#C6EFCE");
    expect(sheet.formatAt(1500, 31, "font.color")).toBe("#006100");
    expect(excel.recorder.syncCount).toBeLessThanOrEqual(12);
  });
});

describe("packSteps", () => {
  const steps = (sizes: number[]): StructureStep[] =>
    sizes.map((bytes) => ({ bytes, run: () => undefined }));
  const sizes = (packs: StructureStep[][]) => packs.map((p) => p.map((s) => s.bytes));

  it("keeps order; the first pack within its own budget, later ones within the chunk budget", () => {
    expect(sizes(packSteps(steps([3, 3, 3, 8, 2, 9]), 5, 10))).toEqual([[3], [3, 3], [8, 2], [9]]);
  });

  it("gives a step larger than any budget a pack of its own; nothing rides with the values then", () => {
    expect(sizes(packSteps(steps([12, 1]), 5, 10))).toEqual([[], [12], [1]]);
  });

  it("sends everything with the values when it fits", () => {
    expect(sizes(packSteps(steps([1, 2]), 5, 10))).toEqual([[1, 2]]);
  });
});
