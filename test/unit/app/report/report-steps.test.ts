/**
 * The report's application steps over an in-memory workbook: sources opened
 * one by one (unreadable ones named and skipped), the report written
 * idempotently, people's sheets created once and never written over, a
 * person's sheet with a project name left alone, and the diff of a second run.
 */
import { ExcelJsWorkbook } from "../../../../src/adapters/exceljs/exceljs-workbook";
import {
  buildReport,
  openSources,
  readPeopleSheets,
  settingsSheetWithCustom,
  writeReport,
  type SourceInput,
} from "../../../../src/app/report";
import { filledSchoolSheets } from "../../../../src/app/template";
import { readCustomIndicators } from "../../../../src/core/cycle";
import { generateMunicipality } from "../../../../src/core/demo";
import {
  FULL_PROFILE_ID,
  PROFILES,
  defaultOfficialDetails,
  defaultSettings,
  readSettings,
} from "../../../../src/core/indicators";
import { MEASURES, OFFICIAL_DETAILS, OUTPUT_SHEETS, TARGETS } from "../../../../src/core/schema";
import { findOfficialBlock } from "../../../../src/core/indicators/settings";
import type { CellValue } from "../../../../src/core/model";
import { MemoryWorkbook } from "../memory-workbook";
import { renderIssue } from "../../../../src/core/validate/message";

const profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;
const schools = generateMunicipality({ schools: 3, seed: 4 });

const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Inputs whose "bytes" are a zip header and a school's file name; the opener stands in for the adapter. */
async function sources(count = 3) {
  const inputs = schools.slice(0, count).map((s) => ({
    name: s.fileName,
    bytes: new Uint8Array([...ZIP, ...new TextEncoder().encode(s.fileName)]),
  }));
  inputs.push({ name: "bad.xlsx", bytes: new Uint8Array([...ZIP, 1, 2, 3]) });
  const byName = new Map(schools.map((s) => [s.fileName, s]));
  return openSources(inputs, async (bytes) => {
    const school = byName.get(new TextDecoder().decode(bytes.slice(ZIP.length)));
    if (!school) throw new Error("zip: end of central directory not found");
    return new MemoryWorkbook(filledSchoolSheets(school));
  });
}

describe("openSources", () => {
  it("reads every workbook and names each unreadable file, going on", async () => {
    const read = await (async () => {
      const inputs: SourceInput[] = [
        { name: "bad.xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1]) },
        { name: "old.xlsx", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0]) },
        { name: "text.xlsx", bytes: async () => new TextEncoder().encode("hello") },
      ];
      const book = await ExcelJsWorkbook.create();
      for (const sheet of filledSchoolSheets(schools[0])) await book.writeSheet(sheet);
      inputs.push({ name: schools[0].fileName, bytes: await book.toBuffer() });
      return openSources(inputs, (b) => ExcelJsWorkbook.load(b, { readOnly: true }));
    })();
    expect(read.read.map((r) => r.name)).toEqual([schools[0].fileName]);
    expect(read.schools).toHaveLength(1);
    expect(read.skipped).toEqual(["bad.xlsx", "old.xlsx", "text.xlsx"]);
    expect(read.issues.map((i) => [i.file, i.severity])).toEqual([
      ["bad.xlsx", "error"],
      ["old.xlsx", "error"],
      ["text.xlsx", "error"],
    ]);
    expect(renderIssue(read.issues[0])).toContain("повреждён");
    expect(renderIssue(read.issues[1])).toContain(".xls");
    expect(renderIssue(read.issues[2])).toContain("не является книгой Excel");
  });
});

describe("writeReport", () => {
  it("writes every sheet once, in order; a second run replaces the project's sheets and keeps people's", async () => {
    const opened = await sources();
    const report = buildReport(opened.schools, opened.issues, {
      settings: defaultSettings(),
      profile,
    });
    const book = new MemoryWorkbook();
    const first = await writeReport(book, report);
    expect(first.diff).toBeNull();
    const visible = (await book.sheetNames()).filter((n) => !n.startsWith("_"));
    expect(visible).toEqual(report.sheets.map((s) => s.model.name));

    book.setCell(MEASURES.name, 1, 0, "Мера, которую ввёл человек");
    book.setCell(TARGETS.name, 0, 0, "Заголовок, исправленный человеком");
    const second = await writeReport(
      book,
      buildReport((await sources(2)).schools, [], { settings: defaultSettings(), profile })
    );
    expect(second.kept).toEqual([TARGETS.name, MEASURES.name, "Правила рекомендаций", "Список ОО"]);
    expect((await book.readSheet(MEASURES.name))[1][0]).toBe("Мера, которую ввёл человек");
    expect((await book.readSheet(TARGETS.name))[0][0]).toBe("Заголовок, исправленный человеком");
    expect(second.diff?.removed).toEqual([schools[2].code]);
    expect((await book.sheetNames()).filter((n) => !n.startsWith("_"))).toEqual(visible);
  });

  it("never writes over a person's sheet that has a project sheet's name", async () => {
    const book = MemoryWorkbook.fromGrids({ [OUTPUT_SHEETS.summary]: [["моя сводка"]] });
    const opened = await sources(1);
    const result = await writeReport(
      book,
      buildReport(opened.schools, [], { settings: defaultSettings(), profile })
    );
    expect(result.skipped).toEqual([OUTPUT_SHEETS.summary]);
    expect(await book.readSheet(OUTPUT_SHEETS.summary)).toEqual([["моя сводка"]]);
  });
});

describe("people's sheets", () => {
  it("Настройки made by the report reads back as the defaults, with the custom block's example", async () => {
    const sheet = settingsSheetWithCustom();
    const grid = new MemoryWorkbook([sheet]);
    const cells = await grid.readSheet(TARGETS.name);
    expect(readSettings(cells).issues).toEqual([]);
    expect(readSettings(cells).settings.targets.get("DIAG")?.target).toBe(
      defaultSettings().targets.get("DIAG")?.target
    );
    expect(readCustomIndicators(cells).definitions.map((d) => d.code)).toEqual([
      "CONTEST_REG_PLUS",
    ]);
    const people = await readPeopleSheets(grid);
    expect(people.present).toEqual({ settings: true, measures: false, rules: false });
    expect(people.custom).toHaveLength(1);
  });

  it("custom indicators of Настройки are computed and reported", async () => {
    const people = await readPeopleSheets(new MemoryWorkbook([settingsSheetWithCustom()]));
    const opened = await sources(2);
    const report = buildReport(opened.schools, [], {
      settings: people.settings,
      custom: people.custom,
      profile,
    });
    expect(report.json.indicators.filter((i) => i.code === "CONTEST_REG_PLUS")).toHaveLength(3);
  });
});

describe("an old Настройки without «Реквизиты документов»", () => {
  /** `Настройки` as the report made it before the block existed, with a target a person set. */
  function oldSettingsBook(): MemoryWorkbook {
    const grid = (settingsSheetWithCustom().cells as CellValue[][]).map((r) => [...r]);
    const [row, col] = findOfficialBlock(grid)!;
    for (let r = row; r <= row + OFFICIAL_DETAILS.rows.length; r++) {
      grid[r][col] = null;
      grid[r][col + 1] = null;
    }
    const diag = grid.findIndex((r) => r[0] === "DIAG");
    grid[diag][3] = 42;
    return MemoryWorkbook.fromGrids({ [TARGETS.name]: grid });
  }

  it("gets the block appended below her rows by the report, her values kept, once only", async () => {
    const book = oldSettingsBook();
    const before = await book.readSheet(TARGETS.name);
    const opened = await sources(1);
    const report = () => buildReport(opened.schools, [], { settings: defaultSettings(), profile });
    const first = await writeReport(book, report());
    expect(first.kept).toContain(TARGETS.name);
    expect(first.completed).toEqual([TARGETS.name]);
    expect(first.notes).toEqual([]);
    const after = await book.readSheet(TARGETS.name);
    before.forEach((line, r) =>
      line.forEach((v, c) => expect({ r, c, v: after[r]?.[c] ?? null }).toEqual({ r, c, v }))
    );
    const read = readSettings(after);
    expect(read.issues).toEqual([]);
    expect(read.settings.targets.get("DIAG")?.target).toBe(42);
    expect(read.settings.official).toEqual(defaultOfficialDetails());
    const second = await writeReport(book, report());
    expect(second.completed).toEqual([]);
    expect((await book.readSheet(TARGETS.name)).length).toBe(after.length);
  });

  it("says in Russian what to do where the writer cannot append to a person's sheet", async () => {
    const book = oldSettingsBook();
    book.appendRows = async () => {
      throw new Error("лист человека");
    };
    const opened = await sources(1);
    const result = await writeReport(
      book,
      buildReport(opened.schools, [], { settings: defaultSettings(), profile })
    );
    expect(result.completed).toEqual([]);
    expect(result.notes).toHaveLength(1);
    expect(result.notes[0]).toMatch(/нет блока «Реквизиты документов».*значения по умолчанию/);
  });
});

describe("the expected schools of `Сбор данных`", () => {
  it("make `Список ОО`, when absent, in code order, not in the tracker's call order", async () => {
    const opened = await sources(2);
    const codes = schools.slice(0, 2).map((s) => s.code);
    const book = new MemoryWorkbook();
    const report = buildReport(opened.schools, [], {
      settings: defaultSettings(),
      profile,
      schoolList: ["ОО-99", ...codes.slice().reverse()].map((code) => ({ code, name: null })),
    });
    // «Не сдан» first in the tracker: ОО-99 heads the call list.
    expect(report.json.collection[0].code).toBe("ОО-99");
    await writeReport(book, report);
    const list = (await book.readSheet("Список ОО")).slice(1).map((r) => r[0]);
    expect(list).toEqual(
      [...codes, "ОО-99"].sort((a, b) =>
        String(a).localeCompare(String(b), "ru", { numeric: true })
      )
    );
  });

  it("come from her `Список ОО` (a school she added, not sent, is «Не сдан»), not from `ОО`", async () => {
    const opened = await sources(2);
    const book = new MemoryWorkbook();
    await writeReport(
      book,
      buildReport(opened.schools, [], { settings: defaultSettings(), profile })
    );
    const list = await book.readSheet("Список ОО");
    expect(list.slice(1).map((r) => r[0])).toEqual(schools.slice(0, 2).map((s) => s.code));
    book.setCell("Список ОО", 3, 0, "ОО-99");
    book.setCell("Список ОО", 3, 2, "Сидоров, 8-900");
    const people = await readPeopleSheets(book);
    expect(people.schoolList?.map((s) => s.code)).toEqual([
      ...schools.slice(0, 2).map((s) => s.code),
      "ОО-99",
    ]);
    const again = buildReport(opened.schools, [], {
      settings: defaultSettings(),
      profile,
      schoolList: people.schoolList,
    });
    expect(again.json.collection[0]).toMatchObject({ code: "ОО-99", status: "Не сдан" });
    const second = await writeReport(book, again);
    expect(second.kept).toContain("Список ОО");
    expect((await book.readSheet("Список ОО"))[3].slice(0, 3)).toEqual([
      "ОО-99",
      null,
      "Сидоров, 8-900",
    ]);
  });
});
