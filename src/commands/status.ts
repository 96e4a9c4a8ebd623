/**
 * Status messages from the ribbon to the task pane. The commands and the task pane are
 * separate bundles in one shared-runtime page: they share the window, not module state.
 * The last message is kept on the window too, so a pane that mounts after the command (its
 * first opening, or Office.onReady still pending) shows it.
 */
export interface CommandStatus {
  text: string;
  kind: "success" | "error" | "info";
}

const EVENT = "pedmonitor:status";
const LAST = "pedmonitorLastStatus";

type StatusWindow = Window & { [LAST]?: CommandStatus };

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
