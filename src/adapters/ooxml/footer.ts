import type { HeaderFooterModel } from "../../port/sheet-model";

/** A header or footer in Excel's one-string form: &L left, &C centre, &R right. */
export function footerText(footer: HeaderFooterModel): string {
  return (
    (footer.left ? `&L${footer.left}` : "") +
    (footer.center ? `&C${footer.center}` : "") +
    (footer.right ? `&R${footer.right}` : "")
  );
}
