/**
 * Earlier periods as the add-in gets them (issue 13 point 2): workbooks chosen together are
 * grouped by their period, checked against the current schools, and ordered oldest first.
 */
import { previousYearSchools } from "../../../../src/app/demo/previous-period";
import { demoSchoolSheets } from "../../../../src/app/demo/school-sheets";
import { readWorkbook } from "../../../../src/app/read-workbook";
import { buildReport, earlierPeriods, sourcesByPeriod } from "../../../../src/app/report";
import { EarlierPeriodRefused } from "../../../../src/core/cycle";
import { generateMunicipality } from "../../../../src/core/demo";
import { FULL_PROFILE, defaultSettings } from "../../../../src/core/indicators";
import type { SchoolData } from "../../../../src/core/model";
import { MemoryWorkbook } from "../memory-workbook";

let current: SchoolData[];

beforeAll(async () => {
  current = [];
  for (const school of generateMunicipality({ schools: 3, seed: 11 })) {
    const book = await readWorkbook(new MemoryWorkbook(demoSchoolSheets(school)), school.fileName);
    for (const s of book.schools) current.push(s);
  }
});

const renamed = (list: SchoolData[], prefix: string) =>
  list.map((s, i) => ({ ...s, file: `${prefix}-${i + 1}.xlsx` }));

describe("sourcesByPeriod and earlierPeriods", () => {
  it("groups files chosen together by period and orders the periods oldest first", () => {
    const y1 = renamed(previousYearSchools(current), "y1");
    const y2 = renamed(previousYearSchools(previousYearSchools(current)), "y2");
    const mixed = [y1[0], y2[0], y1[1], y2[1], y1[2], y2[2]];
    const sources = sourcesByPeriod(mixed);
    expect(sources.map((s) => s.source)).toEqual([
      "y1-1.xlsx, y1-2.xlsx, y1-3.xlsx",
      "y2-1.xlsx, y2-2.xlsx, y2-3.xlsx",
    ]);
    const earlier = earlierPeriods(current, sources, defaultSettings());
    expect(earlier.map((e) => e.source.slice(0, 2))).toEqual(["y2", "y1"]);
    const report = buildReport(current, [], {
      settings: defaultSettings(),
      profile: FULL_PROFILE,
      earlier,
    });
    // The most recent earlier period is the previous one.
    const diag = report.effectiveness.indicators.find(
      (c) => c.code === "DIAG" && c.scope === "total"
    )!;
    expect(diag.previous).toBe(earlier[1].values.get("DIAG|total"));
    expect(report.history!.periods).toHaveLength(3);
    expect(report.sheets.map((s) => s.model.name)).toContain("Динамика");
  });

  it("refuses this period's own files, naming a few of them", () => {
    const many = Array.from({ length: 7 }, (_v, i) => ({
      ...current[i % 3],
      file: `ОО-${i}.xlsx`,
    }));
    let refused: unknown;
    try {
      earlierPeriods(current, sourcesByPeriod(many), defaultSettings());
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(EarlierPeriodRefused);
    expect((refused as Error).message).toMatch(
      /^ОО-0\.xlsx, ОО-1\.xlsx, ОО-2\.xlsx и ещё 4 файла: период .* тот же, что у текущих данных/
    );
  });

  it("refuses another municipality's schools", () => {
    const foreign = previousYearSchools(current).map((s, i) => ({
      ...s,
      file: "Соседи.xlsx",
      passport: { ...s.passport, schoolCode: `СОС-${i}` },
    }));
    expect(() => earlierPeriods(current, sourcesByPeriod(foreign), defaultSettings())).toThrow(
      /^Соседи\.xlsx: ни один Код ОО .* другой муниципалитет/
    );
  });

  it("keeps a school's trend when last period's code used Latin look-alike letters", () => {
    const code = current[0].passport.schoolCode!;
    const latin = code.replace(/О/g, "O");
    expect(latin).not.toBe(code);
    const before = previousYearSchools(current).map((s, i) =>
      i === 0
        ? {
            ...s,
            passport: { ...s.passport, schoolCode: latin },
            workers: s.workers.map((w) => ({ ...w, schoolCode: latin })),
          }
        : s
    );
    const [earlier] = earlierPeriods(current, sourcesByPeriod(before), defaultSettings());
    expect(earlier.values.has(`DIAG|${code}`)).toBe(true);
    expect(earlier.values.has(`DIAG|${latin}`)).toBe(false);
  });
});
