/**
 * Text of a string item — a shared string `<si>` or an inline `<is>` — as
 * ExcelJS gives it once joined: the `<t>` of the item, or its rich-text runs
 * `<r><t>` joined. Phonetic hints (`<rPh>`) are not text. `_xHHHH_` escapes
 * (Excel's way of storing control characters) are decoded as ExcelJS does.
 */

export const decodeEscapes = (text: string): string =>
  text.indexOf("_x") === -1
    ? text
    : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** Collects one item's text from scanner events inside it. */
export class StringItem {
  private plain: string | null = null;
  private runs: string[] | null = null;
  private current: string[] | null = null;
  private phonetic = 0;

  reset(): void {
    this.plain = null;
    this.runs = null;
    this.current = null;
    this.phonetic = 0;
  }

  open(name: string): void {
    if (name === "rPh") this.phonetic += 1;
    else if (name === "t" && this.phonetic === 0) this.current = [];
    else if (name === "r" && this.phonetic === 0) this.runs ??= [];
  }

  close(name: string, inRun: boolean): void {
    if (name === "rPh") this.phonetic -= 1;
    else if (name === "t" && this.current !== null) {
      const text = decodeEscapes(this.current.join(""));
      if (inRun && this.runs !== null) this.runs.push(text);
      else this.plain = text; // ExcelJS keeps the last plain <t>
      this.current = null;
    }
  }

  text(text: string): void {
    this.current?.push(text);
  }

  /** The joined text; runs win over a plain <t>, as in ExcelJS's rich text. */
  value(): string {
    return this.runs !== null ? this.runs.join("") : (this.plain ?? "");
  }
}
