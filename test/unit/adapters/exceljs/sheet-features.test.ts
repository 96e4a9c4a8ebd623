/**
 * What the port contract (test/contract) does not see of the two writers of new files:
 * links need no external relationship, the file opens on a visible sheet, a replaced sheet
 * leaves no print names behind, and a missing sheet is named in Russian.
 */
import type { SheetModel } from "../../../../src/port/sheet-model";
import { FEATURE_SHEETS, everything } from "../../../contract/feature-model";
import { reopened, saved, WRITERS, writtenBy } from "./helpers";

describe.each(WRITERS)("%s: sheet features beyond the contract", (_writer, create) => {
  it("links inside the workbook without an external relationship", async () => {
    const file = await writtenBy(create, everything);
    const rels =
      (await file.zip.file("xl/worksheets/_rels/sheet1.xml.rels")?.async("string")) ?? "";
    expect(rels).not.toContain("hyperlink");
    expect(file.sheet(everything.name).hyperlinks.map((h) => h.location)).toEqual([
      "'Сводка'!A1",
      "'Сводка'!B2",
    ]);
  });

  it("opens on the first visible sheet", async () => {
    const file = await writtenBy(create, ...FEATURE_SHEETS);
    const workbookXml = (await file.zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(workbookXml).toMatch(/activeTab="1"/);
  });
});

describe.each(WRITERS)("%s: sheets", (_writer, create) => {
  it("replaces a sheet in place, dropping its print names with its old content", async () => {
    const workbook = create();
    const replaced: SheetModel = { name: everything.name, cells: [["новое"]] };
    for (const sheet of [{ name: "Первый", cells: [["1"]] }, everything, replaced])
      await workbook.writeSheet(sheet);
    const loaded = await reopened(workbook);
    expect((await loaded.sheetNames()).slice(0, 2)).toEqual(["Первый", everything.name]);
    const file = await saved(loaded);
    expect(file.definedNames.filter((d) => d.value.includes(everything.name))).toEqual([]);
  });

  it("deletes sheets and reports a missing sheet in Russian", async () => {
    const workbook = create();
    await workbook.writeSheet({ name: "А", cells: [["1"]] });
    await workbook.writeSheet({ name: "Б", cells: [["2"]] });
    await workbook.deleteSheet("А");
    expect(await workbook.sheetNames()).toEqual(["Б"]);
    await expect(workbook.readSheet("А")).rejects.toThrow("В книге нет листа «А»");
  });
});
