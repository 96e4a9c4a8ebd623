/**
 * The report written through the Office.js adapter (over the in-memory Excel fake): a second
 * run replaces the project's sheets and keeps what a person typed into «Меры» and «Настройки».
 */
import { OfficeWorkbook } from "../../../../src/adapters/officejs/office-workbook";
import { buildReport, openSources } from "../../../../src/app/report";
import { filledSchoolSheets } from "../../../../src/app/template";
import { generateMunicipality } from "../../../../src/core/demo";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../../../src/core/indicators";
import { MEASURES, TARGETS } from "../../../../src/core/schema";
import { writeReport } from "../../../../src/app/report";
import { FakeExcel } from "../../../fakes/office";
import { MemoryWorkbook } from "../memory-workbook";

const profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
const schools = generateMunicipality({ schools: 3, seed: 5 });
/** openSources checks the zip signature before opening. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

async function report(count: number) {
  const inputs = schools
    .slice(0, count)
    .map((s, i) => ({ name: s.fileName, bytes: new Uint8Array([...ZIP, i]) }));
  const opened = await openSources(
    inputs,
    async (bytes) => new MemoryWorkbook(filledSchoolSheets(schools[bytes[ZIP.length]]))
  );
  return buildReport(opened.schools, opened.issues, { settings: defaultSettings(), profile });
}

describe("writeReport through the Office.js adapter", () => {
  it("keeps a person's rows in «Меры» and edits in «Настройки» across a re-generation", async () => {
    const excel = new FakeExcel();
    const book = new OfficeWorkbook(excel.run, {
      pause: () => Promise.resolve(),
      isSetSupported: () => true,
    });
    const first = await report(3);
    expect(first.consolidation.included).toHaveLength(3);
    await writeReport(book, first);
    excel.sheet(MEASURES.name).setCell(1, 0, { kind: "text", value: "Мера, которую ввёл человек" });
    excel.sheet(TARGETS.name).setCell(0, 0, { kind: "text", value: "Свой заголовок" });

    const second = await writeReport(book, await report(2));
    expect(second.kept).toEqual(expect.arrayContaining([MEASURES.name, TARGETS.name]));
    expect((await book.readSheet(MEASURES.name))[1][0]).toBe("Мера, которую ввёл человек");
    expect((await book.readSheet(TARGETS.name))[0][0]).toBe("Свой заголовок");
    expect(second.diff?.removed).toEqual([schools[2].code]);
  });
});
