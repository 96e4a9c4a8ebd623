/**
 * Escape, once for the whole pane: the innermost open prompt or cancellable job registered
 * last gets it (a stack), so Escape closes a prompt or cancels reading, whichever is on top.
 */
import * as React from "react";

const handlers: { current: () => void }[] = [];
let listening = false;

function onKey(event: KeyboardEvent): void {
  if (event.key !== "Escape" || handlers.length === 0) return;
  event.preventDefault();
  handlers[handlers.length - 1].current();
}

export function useEscape(active: boolean, handler: () => void): void {
  const ref = React.useRef(handler);
  ref.current = handler;
  React.useEffect(() => {
    if (!active) return;
    if (!listening && typeof document !== "undefined") {
      document.addEventListener("keydown", onKey);
      listening = true;
    }
    const entry = { current: () => ref.current() };
    handlers.push(entry);
    return () => {
      const i = handlers.indexOf(entry);
      if (i >= 0) handlers.splice(i, 1);
    };
  }, [active]);
}
