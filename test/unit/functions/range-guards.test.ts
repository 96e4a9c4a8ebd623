/**
 * INDICATOR never gives a figure that silently differs from the report's: a consolidated
 * range cut below its block (СводныеДанные[#Все]) or short of a column the indicator reads is
 * refused with #VALUE! and a message saying what to select; and a code no range given can
 * compute is sent to a sheet that really holds it, never back in a circle.
 */
import { buildReport, openSources, type Report } from "../../../src/app/report";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import {
  CATALOG,
  FULL_PROFILE_ID,
  PROFILES,
  basisOf,
  defaultSettings,
  type Settings,
} from "../../../src/core/indicators";
import { entryWorkerFields } from "../../../src/core/indicators/compile";
import { catalogEntry } from "../../../src/core/indicators/catalog";
import { tallyShape } from "../../../src/core/indicators/partials";
import { CONSOLIDATED_TEACHERS, TALLIES } from "../../../src/core/schema";
import type { SheetModel } from "../../../src/port/sheet-model";
import { FunctionInputError } from "../../../src/functions/errors";
import { indicatorValue } from "../../../src/functions/indicator-calls";
import { clearTableCache } from "../../../src/functions/table-cache";
import { MemoryWorkbook } from "../app/memory-workbook";
import { excelGrid, PERIOD, serial, teachersRange } from "./excel-range";

const demo = generateMunicipality({ schools: 4, seed: 5 });
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const settings: Settings = { ...defaultSettings(), youngAgeLimit: 30, beginnerExperience: 5 };
const SETTINGS_RANGE = [
  ["Параметр", "Значение"],
  ["Возраст молодого педагога, лет (включительно)", 30],
  ["Стаж начинающего педагога, лет (меньше)", 5],
];

async function demoReport(profileId: string): Promise<Report> {
  const profile = PROFILES.find((p) => p.id === profileId)!;
  const inputs = demo.map((s, i) => ({ name: s.fileName, bytes: new Uint8Array([...ZIP, i]) }));
  const opened = await openSources(
    inputs,
    async (bytes) => new MemoryWorkbook(filledSchoolSheets(demo[bytes[ZIP.length]]))
  );
  return buildReport(opened.schools, opened.issues, { settings, profile });
}

const sheet = (report: Report, name: string): SheetModel =>
  report.sheets.find((s) => s.model.name === name)!.model;
const total = (report: Report, code: string) =>
  report.json.indicators.find((x) => x.code === code && x.scope === "total")!.value ?? "";

/** The #VALUE! message of a call, or "" when it computed. */
function refusal(call: () => unknown): string {
  try {
    call();
    return "";
  } catch (error) {
    expect(error).toBeInstanceOf(FunctionInputError);
    return (error as Error).message;
  }
}

let report: Report;
let data: (string | number | boolean)[][];
let top: number;
beforeAll(async () => {
  clearTableCache();
  report = await demoReport(FULL_PROFILE_ID);
  const model = sheet(report, CONSOLIDATED_TEACHERS.name);
  data = excelGrid(model.cells);
  top = model.headerRow!;
});

describe("`Сводные данные` without the block above the table (СводныеДанные[#Все])", () => {
  it("is refused for codes that need the period and for those that do not, saying to start at A1", () => {
    const table = data.slice(top);
    expect(top).toBeGreaterThan(0);
    for (const code of ["EXP_U3", "PART_TIME", "DIAG"]) {
      const message = refusal(() => indicatorValue(code, table, null, null, null));
      expect(message).toMatch(/с ячейки A1/);
      expect(message).toContain(`'Сводные данные'!A1:AS5000`);
      expect(message).toMatch(/период.*«Настройки»/);
    }
  });

  it("computes the report's figure when the period and `Настройки` are passed instead", () => {
    const table = data.slice(top);
    for (const code of ["EXP_U3", "PART_TIME"])
      expect(indicatorValue(code, table, null, PERIOD, SETTINGS_RANGE)).toBe(total(report, code));
    // …and from A1 with nothing else, as before.
    expect(indicatorValue("EXP_U3", data, null, null, null)).toBe(total(report, "EXP_U3"));
  });

  it("a school's own `Педагоги` (no «Код ОО») still computes without its passport when the code needs no period", () => {
    const t = teachersRange([{ "Экспертная деятельность": "Да" }, {}]);
    expect(indicatorValue("EXPERT", t, null, null, null)).toBe(50);
    const passport = [
      ["Начало отчётного периода", serial(2024, 9, 1)],
      ["Конец отчётного периода", serial(2025, 8, 31)],
    ];
    expect(typeof indicatorValue("DIAG", t, null, passport, null)).toBe("number");
  });
});

describe("a range short of a column the indicator reads", () => {
  /** The sheet as `'Сводные данные'!A1:AO5000` hands it: 41 columns of 45. */
  const upToAO = () => data.map((row) => row.slice(0, 41));

  it("PK_REGISTRY over A1:AO names the missing column instead of giving 0", () => {
    expect(total(report, "PK_REGISTRY")).toBeGreaterThan(0);
    expect(refusal(() => indicatorValue("PK_REGISTRY", upToAO(), null, null, null))).toBe(
      "В диапазоне нет столбца «Программа ПК из федерального реестра», нужного показателю PK_REGISTRY: выделите таблицу целиком."
    );
    expect(indicatorValue("PK_REGISTRY", data, null, null, null)).toBe(
      total(report, "PK_REGISTRY")
    );
  });

  it("codes that read none of the cut columns still give the report's figure", () => {
    expect(indicatorValue("DIAG", upToAO(), null, null, null)).toBe(total(report, "DIAG"));
  });

  it("every column a workers code reads is required: without it, #VALUE! naming it", () => {
    const header = data[top].map(String);
    const byKey = new Map(CONSOLIDATED_TEACHERS.fields.map((f) => [f.key, f.header]));
    let checked = 0;
    for (const entry of CATALOG.filter((e) => basisOf(e.measure) === "workers")) {
      for (const field of entryWorkerFields(entry)) {
        const col = header.indexOf(byKey.get(field)!);
        expect(col).toBeGreaterThanOrEqual(0);
        const cut = data.map((row) => row.filter((_, c) => c !== col));
        expect(refusal(() => indicatorValue(entry.code, cut, null, null, null))).toContain(
          `«${byKey.get(field)}»`
        );
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(CATALOG.length);
  });

  it("the fields of an entry come from its populations, conditions and named predicates", () => {
    expect([...entryWorkerFields(catalogEntry("PK_REGISTRY")!)]).toContain("courseInRegistry");
    const young = catalogEntry("AGE_U35")!;
    expect([...entryWorkerFields(young)]).toEqual(
      expect.arrayContaining(["birthDate", "employment", "workerCategory"])
    );
  });
});

describe("codes no given range computes lead to a sheet that does", () => {
  const passportCode = CATALOG.find((e) => basisOf(e.measure) === "passport")!.code;
  const communitiesCode = CATALOG.find((e) => tallyShape(e.measure.kind) === null)!.code;

  it("a passport code over `Сводные данные` points to the tally sheet of a full-profile report, which computes it", () => {
    const message = refusal(() => indicatorValue(passportCode, data, null, null, null));
    expect(message).toContain(`«${TALLIES.name}»`);
    expect(message).toContain("«Полный каталог»");
    expect(message).not.toMatch(/смотрите его на листе «Сводка»/);
    const tally = excelGrid(sheet(report, TALLIES.name).cells);
    expect(indicatorValue(passportCode, tally, null, null, null)).toBe(total(report, passportCode));
  });

  it("the tally sheet of a report whose profile lacks a code does not send back to `Сводные данные` for a passport code", async () => {
    const small = PROFILES.find((p) => p.id !== FULL_PROFILE_ID && !p.codes.includes(passportCode));
    if (!small) throw new Error(`every profile lists ${passportCode}: pick another passport code`);
    clearTableCache();
    const other = await demoReport(small.id);
    const tally = excelGrid(sheet(other, TALLIES.name).cells);
    const message = refusal(() => indicatorValue(passportCode, tally, null, null, null));
    expect(message).toContain("не входит в профиль");
    expect(message).not.toContain("Передайте «Сводные данные»");
    expect(message).not.toContain("по листу «Сводные данные»");
    expect(message).toContain("«Полный каталог»");
  });

  it("a communities code names the report sheets that hold it", () => {
    const tally = excelGrid(sheet(report, TALLIES.name).cells);
    for (const message of [
      refusal(() => indicatorValue(communitiesCode, tally, null, null, null)),
      refusal(() => indicatorValue(communitiesCode, data, null, null, null)),
    ]) {
      expect(message).toContain("«Показатели по ОО»");
      expect(message).not.toMatch(/смотрите его на листе «Сводка»/);
    }
  });
});
