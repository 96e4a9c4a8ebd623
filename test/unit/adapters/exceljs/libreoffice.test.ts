/**
 * Independent check: LibreOffice Calc opens what the adapter writes and
 * converts it back to .xlsx, keeping sheets, values, the table, the list
 * validation and the chart. Runs only where `soffice` is installed (CI installs it).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { inspectXlsx } from "../../../support/xlsx-inspect";
import { chartSheet } from "../../../contract/feature-model";

const SCRIPT = join(__dirname, "../../../../scripts/check-with-libreoffice.sh");
const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;
if (!hasSoffice) {
  console.warn(
    "LibreOffice check skipped: soffice is not on PATH (apt-get install libreoffice-calc-nogui)"
  );
}
const maybe = hasSoffice ? it : it.skip;

describe("ExcelJS adapter: LibreOffice opens the workbook", () => {
  maybe(
    "converts a workbook with a table, validation, notes, links and a chart",
    async () => {
      const workbook = ExcelJsWorkbook.create();
      await workbook.writeSheet({
        name: "Педагоги",
        headerRow: 0,
        cells: [
          ["Табельный номер", "Должность", "Дата рождения"],
          ["0001", "Учитель", new Date(Date.UTC(1980, 4, 17))],
          ["=0002", "Педагог-психолог", null],
        ],
        columns: [{ width: 16 }, { width: 24 }, { width: 14, numberFormat: "ДД.ММ.ГГГГ" }],
        tables: [{ name: "Педагоги", range: { row: 0, col: 0, rows: 3, cols: 3 } }],
        validations: [
          {
            range: { row: 1, col: 1, rows: 100, cols: 1 },
            rule: { kind: "list", values: ["Учитель", "Педагог-психолог"] },
          },
        ],
        freeze: { rows: 1 },
        hyperlinks: [{ cell: { row: 0, col: 0 }, sheet: "Сводка", address: "A1" }],
      });
      await workbook.writeSheet(chartSheet);
      await workbook.markCells("Педагоги", [
        { row: 2, col: 0, message: "Табельный номер похож на формулу" },
      ]);
      const dir = mkdtempSync(join(tmpdir(), "pedmonitor-lo-"));
      const file = join(dir, "check.xlsx");
      writeFileSync(file, await workbook.toBuffer());
      const outDir = join(dir, "out");
      const output = execFileSync("bash", [SCRIPT, file, "xlsx"], {
        env: { ...process.env, LO_OUTDIR: outDir, LO_PROFILE: join(dir, "profile") },
        encoding: "utf8",
      });
      expect(output).toContain("ok: LibreOffice converted");
      const back = await inspectXlsx(readFileSync(join(outDir, "check.xlsx")));
      expect(back.sheets.map((s) => s.name)).toEqual(["Педагоги", "Сводка"]);
      const teachers = back.sheet("Педагоги");
      expect(teachers.values.A3).toBe("=0002");
      expect(teachers.formulas.A3).toBeUndefined();
      expect(teachers.tables[0]?.headers).toEqual([
        "Табельный номер",
        "Должность",
        "Дата рождения",
      ]);
      expect(teachers.validations[0]).toMatchObject({ type: "list", sqref: "B2:B101" });
      expect(back.sheet("Сводка").charts.length).toBe(2);
      expect(back.sheet("Сводка").values.B4).toBe(40);
    },
    180_000
  );
});
