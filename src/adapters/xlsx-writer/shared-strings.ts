/**
 * The shared string table: each distinct text once, cells refer to it by
 * index. Report sheets repeat the same statuses, codes and names thousands
 * of times, so this keeps the package small; only distinct texts are held.
 */
import { tElement } from "./xml-text";

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

export class SharedStrings {
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

  /** The part's text in pieces of about `pieceSize` characters. */
  *xml(pieceSize = 1 << 20): Generator<string> {
    let piece = `${HEAD} count="${this.uses}" uniqueCount="${this.index.size}">`;
    for (const text of this.index.keys()) {
      piece += `<si>${tElement(text)}</si>`;
      if (piece.length >= pieceSize) {
        yield piece;
        piece = "";
      }
    }
    yield `${piece}</sst>`;
  }
}
