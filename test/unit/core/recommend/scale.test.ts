/**
 * Issue 11: at 1,500 school files of ordinary data the report crashed with
 * `RangeError: Maximum call stack size exceeded`: ~150,000 individual
 * recommendations were spread into one `push`.
 */
import { buildRecommendations } from "../../../../src/core/recommend";
import type { Worker } from "../../../../src/core/model";
import { PERIOD, school, settings } from "../fixtures/worker";

describe("buildRecommendations at regional scale", () => {
  it("returns 180,000 individual recommendations of 1,500 schools without overflowing the stack", () => {
    // Never diagnosed, no course, pedagogical education missing: three rules per worker.
    const due: Partial<Worker> = {
      courseDate: null,
      courseOrganisation: null,
      courseFromDiagnostics: false,
      diagnosticsDate: null,
      diagnosticsLevel: null,
      iomDeveloped: false,
      pedagogicalEducation: false,
    };
    const staff = Array.from({ length: 40 }, () => due);
    const schools = Array.from({ length: 1500 }, (_, i) => school(`ОО-${i + 1}`, staff));
    const out = buildRecommendations({
      schools,
      results: [],
      settings: settings(),
      period: PERIOD,
    });
    expect(out.filter((r) => r.addressee === "Педагог")).toHaveLength(1500 * 40 * 3);
  });
});
