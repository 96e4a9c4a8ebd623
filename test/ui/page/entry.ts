/**
 * The browser tests' page: the fake Office surface first, then the real task pane entry
 * (src/taskpane/index.tsx). `window.pedmonitorTest` lets a test play the person typing into
 * Excel (fill the school template) and look into the workbook afterwards.
 */
import { OfficeWorkbook } from "../../../src/adapters/officejs/office-workbook";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import { MEASURES } from "../../../src/core/schema";
import { FakeSettings } from "../../fakes/office";
import { installOffice, SETTINGS_STORAGE } from "./office-globals";

const query = new URLSearchParams(location.search);
/** What the pane had read out: Fluent's announcer uses document.ariaNotify where it exists. */
const announced: string[] = [];
const doc = document as Document & { ariaNotify?: (message: string, options?: unknown) => void };
const nativeNotify = doc.ariaNotify;
doc.ariaNotify = (message, options) => {
  announced.push(message);
  nativeNotify?.call(document, message, options);
};

const { fake } = installOffice(query.get("theme") === "dark", query.get("platform") ?? undefined);

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
  /**
   * The person closes the pane and opens it again: the workbook stays, the pane starts afresh
   * and reads the document's settings as saved (a new settings object over the same store).
   */
  async reopenPane() {
    const office = (globalThis as unknown as { Office: { context: { document: object } } }).Office;
    office.context.document = {
      settings: new FakeSettings({
        load: () => sessionStorage.getItem(SETTINGS_STORAGE),
        save: (text) => sessionStorage.setItem(SETTINGS_STORAGE, text),
      }),
    };
    const { mountPane } = await import("../../../src/taskpane/mount");
    mountPane(document.getElementById("container")!);
  },
  /** Everything announced to screen readers so far. */
  announced: () => [...announced],
  /** What the pane saved in the document's settings (JSON), or null. */
  savedSettings: () => sessionStorage.getItem(SETTINGS_STORAGE),
  /** A ribbon button pressed: src/commands' runCommand, as commands.ts associates it. */
  async ribbon(name: string) {
    const { ribbonPane } = await import("../../../src/commands/ribbon-panes");
    const { RIBBON_STEPS } = await import("../../../src/commands/ribbon-steps");
    const { runCommand } = await import("../../../src/commands/run-command");
    const book = new OfficeWorkbook(fake.run, { isSetSupported: fake.isSetSupported });
    let completed = false;
    const event = { completed: () => (completed = true) } as unknown as Office.AddinCommands.Event;
    await runCommand(event, RIBBON_STEPS[name], book, undefined, () => ribbonPane(name, book));
    return completed;
  },
  /** A ribbon message, as a command without the pane leaves it. */
  async ribbonMessage(text: string, kind: "success" | "error" | "info") {
    const { announce } = await import("../../../src/commands/status");
    announce({ text, kind });
  },
};
(window as unknown as Record<string, unknown>).pedmonitorTest = pedmonitorTest;

import("../../../src/taskpane/index");
