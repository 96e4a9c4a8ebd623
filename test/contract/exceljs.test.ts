/** The port contract for the ExcelJS adapter: the saved file read back from outside. */
import { ExcelJsWorkbook } from "../../src/adapters/exceljs/exceljs-workbook";
import { describeContract } from "./cases";
import { observeFile } from "./file-observed";

describeContract("ExcelJsWorkbook", {
  create: async () => ExcelJsWorkbook.create(),
  observe: async (port) => observeFile(await (port as ExcelJsWorkbook).toBuffer()),
  marks: true,
  writesFile: true,
});
