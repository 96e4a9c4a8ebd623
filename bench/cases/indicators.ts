/**
 * Issue 4: the indicator engine and the custom functions.
 * (a) the target (issue 16: a peer defines it): whole catalog × all scopes vs HyperFormula evaluating COUNTIFS for the
 *     catalog's row counts (total scope only: a per-school set would take HF minutes;
 *     so the comparison is conservative against the engine);
 * (b) for information: whole catalog × all scopes vs one bare pass reading the fields
 *     the catalog reads;
 * (c) for information: one INDICATOR.DETAIL call per row-based catalog code over one
 *     50,000-row range vs one cold call on it.
 */
import { HyperFormula } from "hyperformula";
import { CATALOG } from "../../src/core/indicators/catalog";
import { defaultSettings } from "../../src/core/indicators/defaults";
import { computeIndicators } from "../../src/core/indicators/engine";
import { basisOf } from "../../src/core/indicators/measures";
import type { SchoolData, Worker } from "../../src/core/model";
import * as V from "../../src/core/schema/values";
import { addYears, serialFromDay } from "../../src/core/time/day";
import { latestBirthWithAge } from "../../src/core/indicators/school-context";
import { indicatorDetailFn } from "../../src/functions/functions";
import { clearTableCache } from "../../src/functions/table-cache";
import { medianMs, type BenchCase } from "../types";
import { excelRange, PERIOD, syntheticSchools, syntheticWorkers } from "./indicators-data";

const ROWS = 100_000;
let data: SchoolData[] | null = null;
const schools = () => (data ??= syntheticSchools(syntheticWorkers(ROWS)));
const mb = () => Math.round(process.memoryUsage().rss / 2 ** 20);

function engine(): ReturnType<typeof computeIndicators> {
  return computeIndicators(schools(), defaultSettings());
}

/** HF sheet: the rows without errors, 10 columns the formulas read. */
function hfRows(workers: Worker[]): (string | number | null)[][] {
  const yn = (b: boolean | null) => (b ? "Да" : "Нет");
  const day = (d: number | null) => (d === null ? null : serialFromDay(d));
  return workers
    .filter((w) => !w.hasErrors)
    .map((w) => [
      w.employment,
      w.workerCategory,
      day(w.diagnosticsDate),
      w.diagnosticsLevel,
      day(w.courseDate),
      w.courseOrganisation,
      yn(w.expertActivity),
      yn(w.mentor),
      w.burnout,
      day(w.birthDate),
    ]);
}

/** COUNTIFS equivalent to the catalog's numerators and denominators over those columns (total scope). */
function hfFormulas(n: number): { name: string; formula: string }[] {
  const col = (c: string) => `Data!${c}1:${c}${n}`;
  const all = `${col("A")},"<>${V.EXTERNAL_PART_TIME}"`;
  const ped = `${all},${col("B")},"${V.PEDAGOGICAL_WORKER}"`;
  const [s, e] = [serialFromDay(PERIOD.start), serialFromDay(PERIOD.end)];
  const diag = `${col("C")},">=${s}",${col("C")},"<=${e}"`;
  const course = `${col("E")},">=${s}",${col("E")},"<=${e}"`;
  const young = serialFromDay(latestBirthWithAge(PERIOD.end, 36) + 1);
  const k = (name: string, args: string) => ({ name, formula: `=COUNTIFS(${args})` });
  return [
    k("ALL", all),
    k("PED", ped),
    k("DIAG", `${all},${diag}`),
    k("DIAG_REG ЦНППМ", `${all},${diag},${col("D")},"ЦНППМ"`),
    k("DIAG_REG Рег", `${all},${diag},${col("D")},"Региональный"`),
    k("PK_REG", `${ped},${course},${col("F")},"Региональная"`),
    k("PK_REMOTE", `${ped},${course},${col("F")},"Сторонняя дистанционно"`),
    k("PK_COURSE", `${ped},${course}`),
    k(
      "PK_3Y",
      `${all},${col("E")},">=${serialFromDay(addYears(PERIOD.end, -3))}",${col("E")},"<=${e}"`
    ),
    k("EXPERT", `${ped},${col("G")},"Да"`),
    k("MENTORS", `${ped},${col("H")},"Да"`),
    k("BURNOUT_DIAG", `${all},${col("I")},"<>Не проводилась"`),
    k("BURNOUT_HIGH", `${all},${col("I")},"Высокий"`),
    k("AGE_U35", `${ped},${col("J")},">=${young}"`),
  ];
}

const vsHyperFormula: BenchCase = {
  issue: 4,
  name: "indicator catalog vs HyperFormula COUNTIFS",
  target: "≥ 50× faster than HyperFormula",
  minRatio: 50,
  async run() {
    const ours = await medianMs(engine, 5);
    const rows = hfRows(schools().flatMap((s) => s.workers));
    const formulas = hfFormulas(rows.length);
    const t0 = performance.now();
    const hf = HyperFormula.buildFromSheets(
      { Data: rows, Calc: formulas.map((f) => [f.formula]) },
      { licenseKey: "gpl-v3", maxRows: 1_048_576 }
    );
    const calc = hf.getSheetId("Calc") as number;
    const values = formulas.map((_, r) => hf.getCellValue({ sheet: calc, row: r, col: 0 }));
    const theirs = performance.now() - t0;
    const peak = mb();
    hf.destroy();
    const total = engine().results.filter((r) => r.scope === "total");
    const check = [
      ["ALL", "DIAG", "denominator"],
      ["DIAG", "DIAG", "numerator"],
      ["PK_3Y", "PK_3Y", "numerator"],
      ["AGE_U35", "AGE_U35", "numerator"],
    ] as const;
    for (const [name, code, field] of check) {
      const hfValue = values[formulas.findIndex((f) => f.name === name)];
      const mine = total.find((r) => r.code === code)?.[field];
      if (hfValue !== mine)
        throw new Error(
          `HyperFormula ${name} = ${String(hfValue)}, engine ${code}.${field} = ${mine}`
        );
    }
    return {
      ratio: theirs / ours,
      detail: `${ROWS} rows, ${schools().length} schools; engine: ${CATALOG.length} indicators × ${schools().length + 1} scopes in ${ours.toFixed(1)} ms; HyperFormula: ${formulas.length} COUNTIFS (total scope) load+evaluate ${theirs.toFixed(0)} ms, rss ${peak} MB`,
    };
  },
};

/** Reads every field the catalog's conditions read, once per row. */
function barePass(list: readonly SchoolData[]): number {
  let acc = 0;
  for (const s of list) {
    for (const w of s.workers) {
      if (w.hasErrors) continue;
      acc +=
        w.employment.length +
        (w.workerCategory?.length ?? 0) +
        (w.diagnosticsDate ?? 0) +
        (w.diagnosticsLevel?.length ?? 0);
      acc +=
        (w.courseDate ?? 0) +
        (w.courseOrganisation?.length ?? 0) +
        (w.attestationDate ?? 0) +
        (w.birthDate ?? 0);
      acc +=
        (w.pedExperience ?? 0) +
        (w.sex?.length ?? 0) +
        (w.contestLevel?.length ?? 0) +
        (w.educationLevel?.length ?? 0);
      acc +=
        (w.skillAssessment?.length ?? 0) +
        (w.burnout?.length ?? 0) +
        (w.qualificationCategory?.length ?? 0);
      acc +=
        +(w.iomDeveloped === true) +
        +w.courseFromDiagnostics +
        +w.courseInRegistry +
        +(w.expertActivity === true);
      acc +=
        +(w.retrainingSent === true) +
        +(w.retrainingCompleted === true) +
        +w.retrainingInRegion +
        +(w.pedagogicalEducation === true);
      acc +=
        +(w.mentee === true) +
        +(w.youngSupportProjects === true) +
        +(w.mentor === true) +
        +(w.networkCommunities === true);
      acc +=
        +(w.methodicalAssociation === true) +
        +(w.educationMatchesProfile === true) +
        +(w.tutorOrSupervisor === true);
    }
  }
  return acc;
}

const vsBarePass: BenchCase = {
  issue: 4,
  name: "indicator catalog vs one bare pass",
  async run() {
    const list = schools();
    let sink = 0;
    for (let i = 0; i < 3; i++) {
      sink += barePass(list);
      engine();
    }
    const bare = await medianMs(() => (sink += barePass(list)), 9);
    const ours = await medianMs(engine, 9);
    return {
      ratio: ours / bare,
      detail: `${ROWS} rows; bare pass over the ${29} fields the catalog reads ${bare.toFixed(1)} ms; engine (${CATALOG.length} indicators × ${list.length + 1} scopes) ${ours.toFixed(1)} ms${sink === 42 ? "" : ""}`,
    };
  },
};

const FUNCTION_ROWS = 50_000;

const functionCalls: BenchCase = {
  issue: 4,
  name: "indicator custom functions: one call per code vs one call",
  async run() {
    // Excel marshals a fresh copy of the range for every call (fresh strings too): so do we,
    // outside the timed part, so that the cache must recognise the content, not the object.
    const json = JSON.stringify(excelRange(syntheticWorkers(FUNCTION_ROWS, 11)));
    const fresh = () => JSON.parse(json) as (string | number)[][];
    const period = [[serialFromDay(PERIOD.start), serialFromDay(PERIOD.end)]];
    const codes = CATALOG.filter((e) => basisOf(e.measure) === "workers").map((e) => e.code);
    const timed = (code: string, range: (string | number)[][]) => {
      const t0 = performance.now();
      indicatorDetailFn(code, range, undefined, period);
      return performance.now() - t0;
    };
    const ones: number[] = [];
    const alls: number[] = [];
    for (let run = 0; run < 3; run++) {
      clearTableCache();
      ones.push(timed("DIAG", fresh()));
      clearTableCache();
      let sum = 0;
      for (const code of codes) sum += timed(code, fresh());
      alls.push(sum);
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1];
    const one = median(ones);
    const all = median(alls);
    const range = { 0: { length: JSON.parse(json)[0].length } };
    return {
      ratio: all / one,
      detail: `${FUNCTION_ROWS}-row range × ${range[0].length} columns; one cold call ${one.toFixed(0)} ms; ${codes.length} calls (every row-based code) ${all.toFixed(0)} ms`,
    };
  },
};

export const indicatorCases: BenchCase[] = [vsHyperFormula, vsBarePass, functionCalls];
