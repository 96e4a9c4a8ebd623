/**
 * A ribbon button opens its step and runs it: the screen hands over what each request does
 * («run» is its main button; others, e.g. «clear», are its other buttons).
 */
import * as React from "react";
import { usePaneStore, useStoreVersion } from "../state/context";
import type { PartId } from "../state/steps";

export function useRunRequest(part: PartId, actions: Record<string, () => unknown>): void {
  const store = usePaneStore();
  const version = useStoreVersion(store);
  const ref = React.useRef(actions);
  ref.current = actions;
  React.useEffect(() => {
    const action = store.takeRun(part);
    if (action !== null) void ref.current[action]?.();
  }, [store, part, version]);
}
