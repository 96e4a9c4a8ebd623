import { makeTemplate } from "../../../src/app/make-template";
import { readRegistry, REGISTRY_SHEET } from "../../../src/app/registry";
import { COMMUNITIES, INSTRUCTION_SHEET, PASSPORT, TEACHERS } from "../../../src/core/schema";
import { MemoryWorkbook } from "./memory-workbook";

const SCHOOL_SHEETS = [INSTRUCTION_SHEET, PASSPORT.name, TEACHERS.name, COMMUNITIES.name];

describe("makeTemplate", () => {
  it("writes the school sheets and records them in the very hidden registry", async () => {
    const wb = MemoryWorkbook.fromGrids({ Лист1: [["своё"]] });
    const result = await makeTemplate(wb, "school", { replace: false });
    expect(result).toEqual({ created: SCHOOL_SHEETS, conflicts: [] });
    expect(await wb.sheetNames()).toEqual(["Лист1", ...SCHOOL_SHEETS, REGISTRY_SHEET]);
    expect(wb.model(REGISTRY_SHEET).visibility).toBe("veryHidden");
    expect((await readRegistry(wb)).sheets).toEqual(SCHOOL_SHEETS);
    expect(await wb.readSheet("Лист1")).toEqual([["своё"]]);
  });

  it("refuses and writes nothing when a sheet of the same name exists (any case)", async () => {
    const wb = MemoryWorkbook.fromGrids({ педагоги: [["Мои данные"]] });
    const result = await makeTemplate(wb, "school", { replace: false });
    expect(result).toEqual({ created: [], conflicts: ["педагоги"] });
    expect(wb.log.filter((l) => l.startsWith("write"))).toEqual([]);
    expect(await wb.readSheet("педагоги")).toEqual([["Мои данные"]]);
  });

  it("replaces the conflicting sheets when asked, and leaves the others alone", async () => {
    const wb = MemoryWorkbook.fromGrids({ Педагоги: [["Мои данные"]], Заметки: [["не трогать"]] });
    const result = await makeTemplate(wb, "school", { replace: true });
    expect(result.conflicts).toEqual(["Педагоги"]);
    expect(result.created).toEqual(SCHOOL_SHEETS);
    expect((await wb.readSheet(TEACHERS.name))[0]).toEqual(TEACHERS.fields.map((f) => f.header));
    expect(await wb.readSheet("Заметки")).toEqual([["не трогать"]]);
  });

  it("makes the municipality workbook", async () => {
    const wb = new MemoryWorkbook();
    const result = await makeTemplate(wb, "municipality", { replace: false });
    expect(result.created).toEqual([
      "ОО",
      "Сводные данные",
      "Сообщества и проекты",
      "Настройки",
      "Список ОО",
    ]);
  });
});
