/**
 * One step's life in a screen: idle → working (with progress and «Отмена») → done or error.
 * The Progress handed to the step reads the cancel flag live, so a loop over files stops at the
 * next file; the screen shows what the step reported (done/total and a label).
 */
import * as React from "react";
import type { Progress } from "../../port/workbook-port";
import { describeError, type Failure } from "../failure";

export interface ProgressView {
  done: number;
  total: number;
  label: string;
}

export type Job<T> =
  | { kind: "idle" }
  | { kind: "working"; progress: ProgressView | null; cancelling: boolean }
  | { kind: "done"; result: T }
  | { kind: "error"; failure: Failure };

export interface JobControl<T> {
  job: Job<T>;
  run(work: (progress: Progress) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useJob<T>(): JobControl<T> {
  const [job, setJob] = React.useState<Job<T>>({ kind: "idle" });
  const cancelled = React.useRef(false);
  const run = React.useCallback(async (work: (progress: Progress) => Promise<T>) => {
    cancelled.current = false;
    setJob({ kind: "working", progress: null, cancelling: false });
    const progress: Progress = {
      report: (done, total, label) =>
        setJob((j) => (j.kind === "working" ? { ...j, progress: { done, total, label } } : j)),
      get cancelled() {
        return cancelled.current;
      },
    };
    try {
      const result = await work(progress);
      setJob({ kind: "done", result });
    } catch (error) {
      setJob({ kind: "error", failure: describeError(error) });
    }
  }, []);
  const cancel = React.useCallback(() => {
    cancelled.current = true;
    setJob((j) => (j.kind === "working" ? { ...j, cancelling: true } : j));
  }, []);
  const reset = React.useCallback(() => setJob({ kind: "idle" }), []);
  return { job, run, cancel, reset };
}
