/**
 * «Книги ОО на новый период» in the pane: the open municipality workbook read through the
 * port, last period's files opened like «Файлы ОО», the app step's workbooks rendered — each
 * school's own teachers carried over, nothing of another school.
 */
import { readWorkbook } from "../../../src/app/read-workbook";
import { defaultPeople, writeMunicipalReport } from "../../../src/app/report";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import { FULL_PROFILE } from "../../../src/core/indicators";
import type { SchoolData } from "../../../src/core/model";
import { PASSPORT, TEACHERS } from "../../../src/core/schema";
import { dayOf } from "../../../src/core/time/day";
import type { SheetModel } from "../../../src/port/sheet-model";
import { PaneError } from "../../../src/taskpane/failure";
import {
  prefilledFiles,
  type PrefilledFiles,
  type PrefilledMade,
} from "../../../src/taskpane/steps/prefilled";
import { MemoryWorkbook } from "../app/memory-workbook";

const TODAY = dayOf(2026, 12, 5);
const generated = generateMunicipality({ schools: 3, seed: 11 });
const schools: SchoolData[] = [];
const progress = { report: () => undefined, cancelled: false };

beforeAll(async () => {
  for (const g of generated) {
    const read = await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName);
    schools.push(...read.schools);
  }
});

async function municipalityBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  await writeMunicipalReport(
    book,
    { schools, issues: [] },
    {
      profile: FULL_PROFILE,
      people: defaultPeople(),
    }
  );
  return book;
}

/** Last period's school files: bytes [i] open as the i-th generated school's workbook. */
const previousInputs = generated.map((g, i) => ({
  name: g.fileName,
  bytes: async () => new Uint8Array([0x50, 0x4b, 3, 4, i]),
}));
const openPrevious = async (bytes: Uint8Array) =>
  new MemoryWorkbook(filledSchoolSheets(generated[bytes[4]]));

function recordingMaker() {
  const made: SheetModel[][] = [];
  const make = async (sheets: readonly SheetModel[]) => {
    made.push([...sheets]);
    return new Uint8Array([made.length]);
  };
  return { made, make };
}

function madeOf(result: PrefilledFiles): PrefilledMade {
  if (result.kind !== "made") throw new Error(`refused: ${result.reason}`);
  return result;
}

const filledRows = (sheet: SheetModel) =>
  sheet.cells.slice(1).filter((r) => r.some((c) => c !== null && c !== "")).length;

describe("Книги ОО на новый период (pane step)", () => {
  it("makes one workbook per school with its own teachers carried over", async () => {
    const book = await municipalityBook();
    const { made, make } = recordingMaker();
    const result = madeOf(
      await prefilledFiles(book, previousInputs, openPrevious, make, progress, TODAY)
    );
    const codes = schools.map((s) => s.passport.schoolCode!);
    expect(result.files.map((f) => f.name)).toEqual(codes.map((c) => `${c}.xlsx`));
    expect(made).toHaveLength(codes.length);
    made.forEach((sheets, i) => {
      const teachers = sheets.find((s) => s.name === TEACHERS.name)!;
      expect(filledRows(teachers)).toBe(schools[i].workers.length);
      const tabs = new Set(teachers.cells.slice(1).map((r) => r[0]));
      for (const w of schools[i].workers) expect(tabs.has(w.tabNumber)).toBe(true);
      const passport = sheets.find((s) => s.name === PASSPORT.name)!;
      expect(passport.cells.flat()).toContain(codes[i]);
    });
    expect(
      result.books[0].line.startsWith(
        `${codes[0]}.xlsx: перенесено педагогов — ${schools[0].workers.length}`
      )
    ).toBe(true);
    expect(result.period).toMatch(/^\d\d\.\d\d\.\d{4}–\d\d\.\d\d\.\d{4}$/);
    expect(result.warnings).toEqual([]);
    expect(result.attention).toBe(false);
  });

  it("names a school whose last-period code is near a listed one, as the command line does", async () => {
    const codes = schools.map((s) => s.passport.schoolCode!);
    const near = codes[2].replace(/-0+(\d)/, "-$1");
    expect(near).not.toBe(codes[2]);
    const renamed = { ...generated[2], passport: { ...generated[2].passport, schoolCode: near } };
    const open = async (bytes: Uint8Array) =>
      new MemoryWorkbook(filledSchoolSheets(bytes[4] === 2 ? renamed : generated[bytes[4]]));
    const { make } = recordingMaker();
    const result = madeOf(
      await prefilledFiles(await municipalityBook(), previousInputs, open, make, progress, TODAY)
    );
    expect(result.books[2].line).toBe(
      `${codes[2]}.xlsx: лист «Педагоги» пуст — в прошлом периоде кода ${codes[2]} нет, есть похожий «${near}» (${generated[2].fileName}); проверьте код`
    );
    expect(result.warnings).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Внимание: в «${generated[2].fileName}» прошлого периода код ОО «${near}» — похоже на ${codes[2]} из листа «Список ОО».*нажмите «Книги ОО на новый период» снова\\.$`
        )
      ),
    ]);
    expect(result.attention).toBe(true);
  });

  const broken = { name: "старый.xlsx", bytes: async () => new Uint8Array([1, 2, 3]) };

  it("names a last-period file it could not read", async () => {
    const { make } = recordingMaker();
    const result = madeOf(
      await prefilledFiles(
        await municipalityBook(),
        [broken, ...previousInputs],
        openPrevious,
        make,
        progress,
        TODAY
      )
    );
    expect(result.warnings[0]).toMatch(
      /^Прошлый период: Файл «старый\.xlsx» не является книгой Excel/
    );
  });

  it("makes nothing when nothing of last period is usable, and says why (the command line's exit 2)", async () => {
    const { made, make } = recordingMaker();
    const result = await prefilledFiles(
      await municipalityBook(),
      [broken],
      openPrevious,
      make,
      progress,
      TODAY
    );
    expect(result).toEqual({
      kind: "refused",
      reason: expect.stringMatching(
        /^Нет данных прошлого периода \(до \d\d\.\d\d\.\d{4}\): «старый\.xlsx» — не прочитан как книга Excel\.$/
      ),
    });
    expect(made).toHaveLength(0);
  });

  it("without last period's files, the passports only", async () => {
    const { made, make } = recordingMaker();
    const result = madeOf(
      await prefilledFiles(await municipalityBook(), [], openPrevious, make, progress, TODAY)
    );
    expect(result.files).toHaveLength(schools.length);
    expect(made.every((s) => filledRows(s.find((x) => x.name === TEACHERS.name)!) === 0)).toBe(
      true
    );
  });

  it("refuses a workbook that is not a municipality one, in Russian", async () => {
    const { make } = recordingMaker();
    await expect(
      prefilledFiles(new MemoryWorkbook(), [], openPrevious, make, progress, TODAY)
    ).rejects.toThrow(PaneError);
    await expect(
      prefilledFiles(new MemoryWorkbook(), [], openPrevious, make, progress, TODAY)
    ).rejects.toThrow(/не книга муниципалитета/);
  });
});
