/** The workbook's fingerprint that marks kept results stale (src/taskpane/state/fingerprint.ts). */
import { FakeExcel } from "../../fakes/office";
import { FINGERPRINT_CELLS, workbookFingerprint } from "../../../src/taskpane/state/fingerprint";

describe("workbookFingerprint", () => {
  it("changes with a value, a sheet's extent, a new or renamed sheet; not by itself", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Педагоги", [
      ["ФИО", "Стаж"],
      ["Иванова", 12],
    ]);
    const first = await workbookFingerprint(excel.run);
    expect(await workbookFingerprint(excel.run)).toBe(first);
    excel.sheet("Педагоги").setCell(1, 1, { kind: "number", value: 13 });
    const edited = await workbookFingerprint(excel.run);
    expect(edited).not.toBe(first);
    excel.sheet("Педагоги").setCell(5, 0, { kind: "text", value: "Петров" });
    const longer = await workbookFingerprint(excel.run);
    expect(longer).not.toBe(edited);
    excel.addSheet("Заметки");
    const added = await workbookFingerprint(excel.run);
    expect(added).not.toBe(longer);
    excel.sheet("Заметки").name = "Заметки 2";
    expect(await workbookFingerprint(excel.run)).not.toBe(added);
  });

  it("reads values of small sheets only, in at most three syncs", async () => {
    const excel = new FakeExcel();
    const rows = Math.ceil(FINGERPRINT_CELLS / 10) + 10;
    excel.addSheet(
      "Сводные данные",
      Array.from({ length: rows }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c))
    );
    excel.addSheet("Настройки", [["Цель", 0.5]]);
    excel.recorder.reset();
    const first = await workbookFingerprint(excel.run);
    expect(excel.recorder.syncCount).toBeLessThanOrEqual(3);
    expect(excel.recorder.maxResponseBytes()).toBeLessThan(10_000);
    excel.sheet("Настройки").setCell(0, 1, { kind: "number", value: 0.6 });
    expect(await workbookFingerprint(excel.run)).not.toBe(first);
  });
});
