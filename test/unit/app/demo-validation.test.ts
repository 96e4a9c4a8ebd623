import { filledSchoolSheets } from "../../../src/app/template";
import { validateWorkbook } from "../../../src/app/validate-workbook";
import { generateMunicipality } from "../../../src/core/demo";
import { MemoryWorkbook } from "./memory-workbook";

describe("the synthetic municipality through validation", () => {
  it.each([1, 2, 3])(
    "seed %i: the only errors are on the rows with planted faults, and each fault is found",
    async (seed) => {
      for (const school of generateMunicipality({ seed })) {
        const outcome = await validateWorkbook(new MemoryWorkbook(filledSchoolSheets(school)), {
          mark: false,
        });
        const errorCells = new Set(
          outcome.issues.filter((i) => i.severity === "error").map((i) => `${i.row}|${i.column}`)
        );
        const faultCells = school.faults.map((f) => `${f.dataRow + 2}|${f.column}`);
        for (const cell of faultCells) expect(errorCells).toContain(cell);
        const faultRows = new Set(school.faults.map((f) => f.dataRow + 2));
        const stray = outcome.issues.filter(
          (i) => i.severity === "error" && !faultRows.has(i.row ?? -1)
        );
        expect(stray).toEqual([]);
      }
    }
  );
});
