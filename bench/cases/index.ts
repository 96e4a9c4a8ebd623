/** Every benchmark case; each issue's owner adds its file here. */
import type { BenchCase } from "../types";
import { validateCase } from "./validate";
import { indicatorCases } from "./indicators";
import { reportCase } from "./report";
import { reportWriteCase } from "./report-write";
import { summaryFormulasCase } from "./summary-formulas";
import { reportExistingCase } from "./report-existing";
import { scaleCase } from "./scale";
import { paneReadCase } from "./pane-read";

export const cases: BenchCase[] = [
  validateCase,
  ...indicatorCases,
  reportCase,
  reportWriteCase,
  reportExistingCase,
  summaryFormulasCase,
  scaleCase,
  paneReadCase,
];
