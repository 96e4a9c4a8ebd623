/** The pane's store and navigation for the components below App (none in a screen's unit test). */
import * as React from "react";
import type { PaneStore } from "./pane-store";
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

/** Re-renders when the store changes. */
export function useStoreVersion(store: PaneStore): number {
  return React.useSyncExternalStore(store.subscribe, store.snapshot, store.snapshot);
}
