/**
 * Issue 12: both Node writers (ExcelJS adapter, new-workbook writer) put the calculation
 * block above `Сводные данные` with the table under it, and the tally sheet hidden.
 */
import { buildReport } from "../../../../src/app/report";
import { consolidate } from "../../../../src/core/consolidate";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../../../src/core/indicators";
import { CONSOLIDATED_TEACHERS, TALLIES } from "../../../../src/core/schema";
import { school } from "../../core/fixtures/worker";
import { WRITERS, writtenBy } from "./helpers";

const profile = PROFILES.find((p) => p.id === FULL_PROFILE_ID)!;

describe.each(WRITERS)("%s writes the report's function sheets", (_, create) => {
  it("the block above `Сводные данные`, its table under it, and the tally sheet hidden", async () => {
    const schools = [school("ОО-1", [{}, {}]), school("ОО-2", [{}])];
    expect(consolidate(schools, []).period).not.toBeNull();
    const report = buildReport(schools, [], { settings: defaultSettings(), profile });
    const models = report.sheets.filter((s) => s.kind !== "people").map((s) => s.model);
    const book = await writtenBy(create, ...models);
    const data = book.sheet(CONSOLIDATED_TEACHERS.name);
    expect(data.values.A1).toBe("Начало отчётного периода");
    expect(data.tables[0].ref).toBe("A5:AS8");
    const tally = book.sheet(TALLIES.name);
    expect(tally.state).toBe("hidden");
    expect([tally.values.A1, tally.values.A2, tally.values.A3]).toEqual([
      TALLIES.keyHeader,
      "ОО-1",
      "ОО-2",
    ]);
  });
});
