/**
 * A control that removes its own part of the page (closing a message) would drop the focus to
 * <body>: it goes to the next control after that part instead (in a tab list, its selected
 * tab), or to the one before it when nothing follows.
 */
const FOCUSABLE =
  "button:not([disabled]), [href], input:not([disabled]):not([type='hidden']), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex='-1'])";

function usable(el: HTMLElement): boolean {
  // Tabster's focus guards around tab lists are not controls.
  return !el.hasAttribute("data-tabster-dummy") && el.tabIndex >= 0 && el.offsetParent !== null;
}

/** In a tab list the selected tab stands for the list (arrows move within it). */
function inTabList(el: HTMLElement): HTMLElement {
  const list = el.closest("[role='tablist']");
  return list?.querySelector<HTMLElement>("[role='tab'][aria-selected='true']") ?? el;
}

function nextControl(part: HTMLElement): HTMLElement | null {
  const all = [...part.ownerDocument.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !part.contains(el) && usable(el)
  );
  const after = all.find(
    (el) => part.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING
  );
  const before = all
    .filter((el) => part.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)
    .pop();
  const target = after ?? before;
  return target ? inTabList(target) : null;
}

/** Removes a part of the page (`remove`) and moves the focus to the control after it. */
export function focusAfterRemoval(part: HTMLElement | null, remove: () => void): void {
  const target = part ? nextControl(part) : null;
  remove();
  target?.focus();
}
