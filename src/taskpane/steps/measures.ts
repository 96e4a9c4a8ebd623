/**
 * «Предложить меры»: draft rows of `Меры` from the report's indicator-level recommendations,
 * appended below what people typed (a row is never rewritten). `Меры` is created when absent.
 */
import { sameSheet } from "../../app/registry";
import { measuresSheet, proposeMeasures } from "../../core/cycle";
import { MEASURES } from "../../core/schema";
import { addYears } from "../../core/time/day";
import type { WorkbookPort } from "../../port/workbook-port";
import { municipalBasis, refuseSchoolBook, reportOf, type MunicipalInput } from "./municipal";

export interface MeasuresOutcome {
  /** Draft rows appended. */
  added: number;
  /** Measures that were already on the sheet. */
  existing: number;
  /** True when the sheet did not exist and was created now. */
  created: boolean;
}

export async function proposeMeasureDrafts(
  port: WorkbookPort,
  input: MunicipalInput
): Promise<MeasuresOutcome> {
  await refuseSchoolBook(port, "Меры не предложены");
  const basis = await municipalBasis(port, input);
  const report = reportOf(basis);
  const names = await port.sheetNames();
  const existingName = names.find((n) => sameSheet(n, MEASURES.name));
  const grid = existingName === undefined ? undefined : await port.readSheet(existingName);
  const period = report.consolidation.period;
  const drafts = proposeMeasures(report.recommendations, basis.options.people.measures, {
    titles: new Map(report.catalog.map((e) => [e.code, e.title])),
    catalog: report.catalog,
    due: period ? addYears(period.end, 1) : undefined,
    grid,
  });
  if (existingName === undefined) {
    await port.writeSheet(
      measuresSheet(undefined, {
        indicatorCodes: report.catalog.map((e) => e.code),
        schoolCodes: report.consolidation.included.map((s) => s.passport.schoolCode ?? s.file),
      })
    );
  }
  if (drafts.length > 0) await port.appendRows(existingName ?? MEASURES.name, drafts);
  return {
    added: drafts.length,
    existing: basis.options.people.measures.length,
    created: existingName === undefined,
  };
}
