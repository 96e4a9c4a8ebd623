/**
 * The browser tests' page: the fake Office surface first, then the real task pane entry
 * (src/taskpane/index.tsx). `window.pedmonitorTest` lets a test play the person typing into
 * Excel (fill the school template) and look into the workbook afterwards.
 */
import { OfficeWorkbook } from "../../../src/adapters/officejs/office-workbook";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import { MEASURES } from "../../../src/core/schema";
import { installOffice } from "./office-globals";

const query = new URLSearchParams(location.search);
const fake = installOffice(query.get("theme") === "dark", query.get("platform") ?? undefined);

function rowsOf(name: string): unknown[][] {
  const sheet = fake.book.find(name);
  if (!sheet) return [];
  return sheet.rows.map((row) =>
    (row ?? []).map((cell) => (cell && "value" in cell ? cell.value : cell ? "=" : null))
  );
}

const pedmonitorTest = {
  /** Writes a filled school (demo data with its deliberate faults) over the template's sheets. */
  async fillSchool(seed: number) {
    const school = generateMunicipality({ schools: 1, seed })[0];
    const book = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    for (const sheet of filledSchoolSheets(school)) await book.writeSheet(sheet);
    return school.code;
  },
  /** A sheet as a person typed it: plain values, no formats. */
  async typeSheet(name: string, cells: (string | number | null)[][]) {
    const book = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    await book.writeSheet({ name, cells });
  },
  /** `Меры` kept from the previous period: a sheet people own, with its header typed in. */
  async typeMeasuresSheet() {
    await pedmonitorTest.typeSheet(MEASURES.name, [MEASURES.fields.map((f) => f.header)]);
  },
  /** The person renames a sheet in Excel (a tab double-click). */
  renameSheet(from: string, to: string) {
    fake.book.get(from).name = to;
  },
  sheetNames: () => fake.book.sheets.map((s) => s.name),
  /** The whole workbook behind the fake (cells, formats, tables, notes…) as one string. */
  state: () =>
    JSON.stringify(fake.book, (_key, value: unknown) =>
      value instanceof Map ? [...(value as Map<unknown, unknown>).entries()] : value
    ),
  visibleSheetNames: () =>
    fake.book.sheets.filter((s) => s.visibility === "Visible").map((s) => s.name),
  selection: () => fake.book.selection,
  active: () => fake.book.active,
  rows: rowsOf,
  syncs: () => fake.recorder.syncCount,
  /** How many workbooks the pane opened with Excel.createWorkbook. */
  opened: () => fake.opened.length,
};
(window as unknown as Record<string, unknown>).pedmonitorTest = pedmonitorTest;

import("../../../src/taskpane/index");
