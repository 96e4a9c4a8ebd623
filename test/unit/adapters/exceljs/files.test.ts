import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import { openWorkbookFile, saveWorkbookFile } from "../../../../src/adapters/exceljs/files";

describe("ExcelJS adapter: files", () => {
  it("saves into a folder that does not exist yet and opens the file again", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "pedmonitor-")), "нет", "папки", "книга.xlsx");
    const workbook = ExcelJsWorkbook.create();
    await workbook.writeSheet({ name: "Лист", cells: [["Да", 1]] });
    await saveWorkbookFile(workbook, path);
    expect(await (await openWorkbookFile(path)).readSheet("Лист")).toEqual([["Да", 1]]);
  });
});
