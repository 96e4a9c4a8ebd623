/**
 * Status messages from the ribbon to the task pane. The commands and the task pane are
 * separate bundles in one shared-runtime page: they share the window, not module state.
 */
export interface CommandStatus {
  text: string;
  kind: "success" | "error" | "info";
}

const EVENT = "pedmonitor:status";

export function announce(status: CommandStatus): void {
  if (typeof window === "undefined") return;
  window.dispatchEvent(new CustomEvent<CommandStatus>(EVENT, { detail: status }));
}

export function onStatus(listener: (status: CommandStatus) => void): () => void {
  const handler = (event: Event) => listener((event as CustomEvent<CommandStatus>).detail);
  window.addEventListener(EVENT, handler);
  return () => window.removeEventListener(EVENT, handler);
}
