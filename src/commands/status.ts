/**
 * Messages and requests from the ribbon to the task pane. The commands and the task pane are
 * separate bundles in one shared-runtime page: they share the window, not module state.
 * The last message and a pending step request are kept on the window too, so a pane that
 * mounts after the command (its first opening, or Office.onReady still pending) gets them.
 */
import type { PartId } from "../taskpane/state/steps";

export interface CommandStatus {
  text: string;
  kind: "success" | "error" | "info";
}

/** «Open this step and run it» (action: the screen's button; «run» is its main one). */
export interface StepRequest {
  part: PartId;
  action?: string;
}

const EVENT = "pedmonitor:status";
const LAST = "pedmonitorLastStatus";
const STEP_EVENT = "pedmonitor:step";
const PENDING = "pedmonitorPendingStep";

type StatusWindow = Window & { [LAST]?: CommandStatus; [PENDING]?: StepRequest | null };

export function announce(status: CommandStatus): void {
  if (typeof window === "undefined") return;
  (window as StatusWindow)[LAST] = status;
  window.dispatchEvent(new CustomEvent<CommandStatus>(EVENT, { detail: status }));
}

/** The ribbon's last message, if any (read once when the pane mounts). */
export function lastStatus(): CommandStatus | null {
  if (typeof window === "undefined") return null;
  return (window as StatusWindow)[LAST] ?? null;
}

export function onStatus(listener: (status: CommandStatus) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<CommandStatus>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}

/** Asks the pane to open a step and run it; kept until the pane takes it. */
export function requestStep(request: StepRequest): void {
  if (typeof window === "undefined") return;
  (window as StatusWindow)[PENDING] = request;
  // The ribbon's older message would contradict the step's new result.
  (window as StatusWindow)[LAST] = undefined;
  window.dispatchEvent(new CustomEvent<StepRequest>(STEP_EVENT, { detail: request }));
}

/** The pending request, once (the pane takes it). */
export function takeStepRequest(): StepRequest | null {
  if (typeof window === "undefined") return null;
  const w = window as StatusWindow;
  const request = w[PENDING] ?? null;
  w[PENDING] = null;
  return request;
}

export function onStepRequest(listener: (request: StepRequest) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<StepRequest>).detail);
  window.addEventListener(STEP_EVENT, handler);
  return () => window.removeEventListener(STEP_EVENT, handler);
}
