/**
 * Issue 12: the largest argument any `Сводка` formula passes to a custom function at
 * 1,500 schools (~60,000 rows), measured as the JSON Excel would pass (a range as a
 * 2-D array, dates as serials, empty cells ""), against Excel's ~5 MB cap. Beside it,
 * what the old design (INDICATOR over all of `Сводные данные`) would pass, and the time
 * to build and write the hidden tally sheet.
 */
import { XlsxBookWriter } from "../../src/adapters/xlsx-writer/xlsx-book-writer";
import { buildReport, consolidatedRange } from "../../src/app/report";
import { FULL_PROFILE_ID, PROFILES, defaultSettings } from "../../src/core/indicators";
import { tallySheet } from "../../src/core/report";
import { OUTPUT_SHEETS } from "../../src/core/schema";
import { dayFromDate, serialFromDay } from "../../src/core/time/day";
import { ARGUMENT_CAP_BYTES, argumentBytes } from "../../src/functions/arg-size";
import type { OutCell, SheetModel } from "../../src/port/sheet-model";
import { medianMs, type BenchCase } from "../types";
import { syntheticSchools, syntheticWorkers } from "./indicators-data";

const SCHOOLS = 1500;
const ROWS = 60_000;

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The cells of a range reference as Excel hands them to a custom function. */
function argumentOf(sheet: SheetModel, ref: RegExpExecArray): unknown[][] {
  const [c0, r0, c1, r1] = [column(ref[2]), Number(ref[3]) - 1, column(ref[4]), Number(ref[5]) - 1];
  const out: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: unknown[] = [];
    for (let c = c0; c <= c1; c++) {
      const cell: OutCell | undefined = sheet.cells[r]?.[c];
      const v =
        cell !== null && typeof cell === "object" && !(cell instanceof Date) ? cell.result : cell;
      row.push(v instanceof Date ? serialFromDay(dayFromDate(v)) : (v ?? ""));
    }
    out.push(row);
  }
  return out;
}

const REF = /'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)/g;

function largestArgument(formulas: readonly string[], sheets: Map<string, SheetModel>): number {
  let largest = 0;
  const seen = new Map<string, number>();
  for (const f of formulas)
    for (const ref of f.matchAll(REF)) {
      const key = ref[0];
      let bytes = seen.get(key);
      if (bytes === undefined) {
        const sheet = sheets.get(ref[1].replace(/''/g, "'"));
        if (!sheet) throw new Error(`formula refers to a sheet the report does not write: ${key}`);
        bytes = argumentBytes(argumentOf(sheet, ref as RegExpExecArray));
        seen.set(key, bytes);
      }
      largest = Math.max(largest, bytes);
    }
  return largest;
}

export const summaryFormulasCase: BenchCase = {
  issue: 12,
  name: `Сводка formula arguments ${SCHOOLS} schools`,
  target: "largest argument ≤ 5 MB (ratio to the cap ≤ 1)",
  maxRatio: 1,
  async run() {
    const workers = syntheticWorkers(ROWS);
    workers.forEach((w, i) => (w.schoolCode = `ОО-${(i % SCHOOLS) + 1}`));
    const report = buildReport(syntheticSchools(workers), [], {
      settings: defaultSettings(),
      profile: PROFILES.find((p) => p.id === FULL_PROFILE_ID)!,
    });
    const sheets = new Map(report.sheets.map((s) => [s.model.name, s.model]));
    const formulas = sheets
      .get(OUTPUT_SHEETS.summary)!
      .cells.flat()
      .flatMap((c) => (c !== null && typeof c === "object" && "formula" in c ? [c.formula] : []));
    const largest = largestArgument(formulas, sheets);
    const old = largestArgument([consolidatedRange(report.consolidation)], sheets);
    const build = await medianMs(() => tallySheet(report.input));
    const model = tallySheet(report.input)!;
    const write = await medianMs(async () => {
      const book = XlsxBookWriter.create();
      await book.writeSheet({ name: OUTPUT_SHEETS.summary, cells: [["x"]] }); // a book needs a visible sheet
      await book.writeSheet(model);
      await book.toBuffer();
    });
    const mb = (n: number) => (n / 2 ** 20).toFixed(2);
    return {
      ratio: largest / ARGUMENT_CAP_BYTES,
      alsoMet: formulas.length > 0,
      detail:
        `${formulas.length} live formulas, largest argument ${largest} bytes (${mb(largest)} MB) ` +
        `of ${mb(ARGUMENT_CAP_BYTES)} MB; over 'Сводные данные' it would be ${mb(old)} MB; ` +
        `tally sheet ${model.cells.length - 1}×${model.cells[0].length}: build ${build.toFixed(0)} ms, ` +
        `write as xlsx ${write.toFixed(0)} ms; ${report.consolidation.included.length} schools, ${ROWS} rows`,
    };
  },
};
