/**
 * One step's life in a screen: idle → working (with progress and «Отмена») → done or error.
 * The job lives in the pane's store under its key (src/taskpane/state/pane-store.ts), so it
 * keeps running and keeps its result when the person switches steps, and the result comes back
 * after the pane is reopened. Outside the app (a screen's unit test) a store of its own.
 */
import * as React from "react";
import type { Progress } from "../../port/workbook-port";
import { usePaneStore, useStoreVersion } from "../state/context";
import { keepOf } from "../state/keep";
import type { Job, JobMeta, ProgressView } from "../state/pane-store";

export type { Job, ProgressView };

export interface JobControl<T> {
  job: Job<T>;
  meta: JobMeta;
  run(work: (progress: Progress) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useJob<T>(key?: string): JobControl<T> {
  const store = usePaneStore();
  const anonymous = React.useId();
  const id = key ?? anonymous;
  useStoreVersion(store);
  const run = React.useCallback(
    (work: (progress: Progress) => Promise<T>) => store.run(id, work, keepOf(id)),
    [store, id]
  );
  const cancel = React.useCallback(() => store.cancel(id), [store, id]);
  const reset = React.useCallback(() => store.reset(id), [store, id]);
  return { job: store.job<T>(id), meta: store.jobMeta(id), run, cancel, reset };
}
