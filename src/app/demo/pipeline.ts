/**
 * The demo as a pipeline of steps over one state: generate a synthetic
 * municipality, pass each school through a real workbook and validation,
 * make the previous period, propose a few draft measures, and build the whole
 * report (every output sheet) with the same steps `pedmonitor report` uses.
 * Adding an output is one step in DEMO_STEPS.
 */
import { countOf, NOUN } from "../../core/text/plural";
import type { Consolidation } from "../../core/consolidate";
import { proposeMeasures, readMeasures, type EarlierPeriod, type Measure } from "../../core/cycle";
import { generateMunicipality, type DemoSchool } from "../../core/demo";
import { CATALOG_CODES, FULL_PROFILE, defaultSettings, type Settings } from "../../core/indicators";
import type { Grid, SchoolData } from "../../core/model";
import { MEASURES } from "../../core/schema";
import type { SheetModel } from "../../port/sheet-model";
import type { WorkbookPort } from "../../port/workbook-port";
import { buildReport, earlierPeriods, previousPeriod, type Report } from "../report";
import { filledSchoolSheets } from "../template";
import { readWorkbook } from "../read-workbook";
import { previousYearSchools } from "./previous-period";
import { appendAll } from "../../core/arrays";

export interface DemoDeps {
  /** A workbook holding these sheets as a school would send it (the CLI: saved to .xlsx and reopened). */
  schoolWorkbook(sheets: SheetModel[]): Promise<WorkbookPort>;
  progress(text: string): void;
}

export interface DemoState {
  schoolCount: number;
  seed: number;
  generated: DemoSchool[];
  /** Each school as read back from its workbook. */
  schools: SchoolData[];
  settings: Settings;
  /** The previous period's values ("CODE|scope"), from the synthetic previous year. */
  previous: Map<string, number> | undefined;
  /** The two synthetic earlier years, oldest first: `Динамика` over three periods. */
  earlier: EarlierPeriod[];
  /** `Меры` as the demo proposes it: header and draft rows. */
  measuresGrid: Grid | undefined;
  measures: Measure[];
  report: Report | null;
  consolidation: Consolidation | null;
  /** Every sheet of the report, in workbook order. */
  sheets: SheetModel[];
}

export type DemoStep = (state: DemoState, deps: DemoDeps) => Promise<void> | void;

/** Draft measures shown in the demo: every municipal one and the first few for schools. */
const DEMO_SCHOOL_MEASURES = 5;

const generate: DemoStep = (state) => {
  state.generated = generateMunicipality({ schools: state.schoolCount, seed: state.seed });
};

const readSchools: DemoStep = async (state, deps) => {
  for (const [i, school] of state.generated.entries()) {
    const port = await deps.schoolWorkbook(filledSchoolSheets(school));
    // The report needs the workers, so the school is read whole (validated on the way).
    const read = await readWorkbook(port, school.fileName);
    appendAll(state.schools, read.schools);
    const rows = read.schools.reduce((sum, s) => sum + s.workers.length, 0);
    deps.progress(`ОО ${i + 1} из ${state.generated.length}: ${school.fileName}, ${countOf(rows, NOUN.row)}`);
  }
};

const previousYear: DemoStep = (state, deps) => {
  const last = previousYearSchools(state.schools);
  const prev = previousPeriod(last, state.settings);
  state.earlier = earlierPeriods(
    state.schools,
    [
      { source: "позапрошлый год (синтетический)", schools: previousYearSchools(last) },
      { source: "прошлый год (синтетический)", schools: last },
    ],
    state.settings
  );
  state.previous = prev.values;
  deps.progress(`Прошлый период (синтетический): ${countOf(prev.schools, NOUN.school)}, ${countOf(prev.rows, NOUN.row)}`);
};

function report(state: DemoState): Report {
  return buildReport(state.schools, [], {
    settings: state.settings,
    previous: state.previous,
    earlier: state.earlier,
    profile: FULL_PROFILE,
    measures: state.measures,
    measuresGrid: state.measuresGrid,
  });
}

const draftMeasures: DemoStep = (state) => {
  const first = report(state);
  const titles = new Map(first.catalog.map((e) => [e.code, e.title]));
  const level = MEASURES.fields.findIndex((f) => f.key === "level");
  const drafts = proposeMeasures(first.recommendations, [], { titles, catalog: first.catalog });
  const municipal = drafts.filter((row) => row[level] === "муниципальный");
  const schools = drafts.filter((row) => row[level] !== "муниципальный").slice(0, DEMO_SCHOOL_MEASURES);
  const grid: Grid = [MEASURES.fields.map((f) => f.header), ...([...municipal, ...schools] as Grid)];
  state.measuresGrid = grid;
  state.measures = readMeasures(grid, { indicatorCodes: CATALOG_CODES }).measures;
};

const buildWholeReport: DemoStep = (state) => {
  state.report = report(state);
  state.consolidation = state.report.consolidation;
  state.sheets = state.report.sheets.map((s) => s.model);
};

export const DEMO_STEPS: readonly DemoStep[] = [generate, readSchools, previousYear, draftMeasures, buildWholeReport];

export async function runDemo(
  options: { schools: number; seed: number },
  deps: DemoDeps,
  steps: readonly DemoStep[] = DEMO_STEPS
): Promise<DemoState> {
  const state: DemoState = {
    schoolCount: options.schools,
    seed: options.seed,
    generated: [],
    schools: [],
    settings: defaultSettings(),
    previous: undefined,
    earlier: [],
    measuresGrid: undefined,
    measures: [],
    report: null,
    consolidation: null,
    sheets: [],
  };
  for (const step of steps) await step(state, deps);
  return state;
}
