/** Every benchmark case; each issue's owner adds its file here. */
import type { BenchCase } from "../types";
import { validateCase } from "./validate";
import { indicatorCases } from "./indicators";

export const cases: BenchCase[] = [validateCase, ...indicatorCases];
