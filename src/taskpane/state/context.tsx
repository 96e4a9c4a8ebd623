/** The pane's store and navigation for the components below App (none in a screen's unit test). */
import * as React from "react";
import { PaneStore } from "./pane-store";
import { memoryStore } from "./settings-store";
import type { PartId } from "./steps";

export interface PaneApi {
  store: PaneStore;
  /** Opens a part of a step (its role too). */
  goTo(id: PartId): void;
}

export const PaneContext = React.createContext<PaneApi | null>(null);

export function usePane(): PaneApi | null {
  return React.useContext(PaneContext);
}

/** The pane's store, or (in a screen's unit test, without App) one of its own, in memory. */
export function usePaneStore(): PaneStore {
  const pane = usePane();
  const [own] = React.useState(() => new PaneStore(memoryStore()));
  return pane?.store ?? own;
}

/** Re-renders when the store changes. */
export function useStoreVersion(store: PaneStore): number {
  return React.useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
