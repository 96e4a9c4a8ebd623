/** Every benchmark case; each issue's owner adds its file here. */
import type { BenchCase } from "../types";

export const cases: BenchCase[] = [];
