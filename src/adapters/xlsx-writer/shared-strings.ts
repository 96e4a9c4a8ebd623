/**
 * The shared string table: each distinct text once, cells refer to it by
 * index. Report sheets repeat the same statuses, codes and names thousands
 * of times, so this keeps the package small; only distinct texts are held.
 */
import { tElement } from "./xml-text";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** What a sheet writer needs of a string table: the index of a text. */
export interface StringTable {
  id(text: string): number;
}

export class SharedStrings implements StringTable {
  private readonly index = new Map<string, number>();
  private uses = 0;

  id(text: string): number {
    this.uses += 1;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.index.size;
      this.index.set(text, id);
    }
    return id;
  }

  /** The part's text, one string item at a time. */
  *xml(): Generator<string> {
    yield `${HEAD} count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) yield `<si>${tElement(text)}</si>`;
    yield "</sst>";
  }
}
