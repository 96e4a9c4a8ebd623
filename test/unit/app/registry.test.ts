import {
  addOwnedSheet,
  emptyRegistry,
  ownsSheet,
  readRegistry,
  writeRegistry,
} from "../../../src/app/registry";
import { MemoryWorkbook } from "./memory-workbook";

describe("project registry", () => {
  it("is empty in a workbook the project never touched", async () => {
    expect(await readRegistry(MemoryWorkbook.fromGrids({ Лист1: [] }))).toEqual(emptyRegistry());
  });

  it("round-trips owned sheets and marks (with and without a previous fill)", async () => {
    const wb = new MemoryWorkbook();
    const registry = emptyRegistry();
    addOwnedSheet(registry, "Ошибки");
    addOwnedSheet(registry, "ошибки");
    registry.marks.set("Педагоги", [
      { row: 6, col: 3, previousFill: null },
      { row: 7, col: 0, previousFill: "#FFFF00" },
    ]);
    await writeRegistry(wb, registry);
    const back = await readRegistry(wb);
    expect(back).toEqual(registry);
    expect(back.sheets).toEqual(["Ошибки"]);
    expect(ownsSheet(back, "ОШИБКИ")).toBe(true);
    expect(ownsSheet(back, "Педагоги")).toBe(false);
  });
});
