/** The port contract for the Office.js adapter, over the fake Excel (test/fakes/office). */
import { OfficeWorkbook } from "../../src/adapters/officejs/office-workbook";
import { FakeExcel } from "../fakes/office";
import { describeContract } from "./cases";
import { observeOffice } from "./office-observed";

const books = new WeakMap<OfficeWorkbook, FakeExcel>();

describeContract("OfficeWorkbook", {
  async create() {
    const excel = new FakeExcel();
    const workbook = new OfficeWorkbook(excel.run, {
      pause: () => Promise.resolve(),
      isSetSupported: excel.isSetSupported,
    });
    books.set(workbook, excel);
    return workbook;
  },
  observe: async (port) => observeOffice(books.get(port as OfficeWorkbook)!),
  marks: true,
  writesFile: false,
});
