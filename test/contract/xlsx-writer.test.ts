/** The port contract for the new-workbook writer: the saved file read back from outside. */
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import { describeContract } from "./cases";
import { observeFile } from "./file-observed";

describeContract("XlsxBookWriter", {
  create: async () => XlsxBookWriter.create(),
  observe: async (port) => observeFile(await (port as XlsxBookWriter).toBuffer()),
  marks: false,
  writesFile: true,
});
