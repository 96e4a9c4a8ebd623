/**
 * The pane's «Эффективность» step reads earlier periods; every later step on the same school
 * files uses them (issue 13 review: rewriting «Сводка» after «Эффективность» dropped the
 * dynamics, and «Справка в Word» never had them), as `pedmonitor report --previous` does.
 */
import { readWorkbook } from "../../../src/app/read-workbook";
import { earlierPeriods, type OpenedSources } from "../../../src/app/report";
import { filledSchoolSheets } from "../../../src/app/template";
import { generateMunicipality } from "../../../src/core/demo";
import type { SchoolData } from "../../../src/core/model";
import { municipalBasis, rememberEarlier, reportOf } from "../../../src/taskpane/steps/municipal";
import { MemoryWorkbook } from "../app/memory-workbook";
import { previousYear } from "../../e2e/report/fixtures";

async function read(list: ReturnType<typeof generateMunicipality>): Promise<SchoolData[]> {
  const out: SchoolData[] = [];
  for (const g of list) {
    const r = await readWorkbook(new MemoryWorkbook(filledSchoolSheets(g)), g.fileName);
    out.push(...r.schools);
  }
  return out;
}

const opened = (schools: SchoolData[]): OpenedSources => ({
  schools,
  issues: [],
  read: [],
  skipped: [],
});

describe("earlier periods remembered by the pane", () => {
  it("are used by the report of the same schools, and forgotten for other schools", async () => {
    const now = generateMunicipality({ schools: 3, seed: 7 });
    const current = opened(await read(now));
    const y1 = await read(now.map(previousYear));
    const port = new MemoryWorkbook([]);
    const first = await municipalBasis(port, { sources: current, profileId: "full" });
    const earlier = earlierPeriods(
      current.schools,
      [{ source: "y1", schools: y1 }],
      first.options.people.settings
    );
    rememberEarlier(current, earlier);

    const again = await municipalBasis(port, { sources: current, profileId: "full" });
    const report = reportOf(again);
    expect(again.options.earlier).toHaveLength(1);
    expect(report.history?.periods).toHaveLength(2);
    expect(report.results.some((r) => r.trend !== null)).toBe(true);

    const other = opened([...current.schools]);
    const fresh = await municipalBasis(port, { sources: other, profileId: "full" });
    expect(fresh.options.earlier).toEqual([]);
  });
});
