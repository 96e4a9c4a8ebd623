/**
 * The column loaders write each field at a hand-written index: they must agree
 * with FIELD_IDS (the getters' order), every field loaded by exactly one of them.
 */
import {
  FIELD_IDS,
  GET,
  loadColumns,
  loadFlagColumns,
  loadRareColumns,
} from "../../../../src/core/indicators/field-access";
import type { Worker } from "../../../../src/core/model";

describe("engine column loaders", () => {
  it("put every field at its FIELD_IDS index, each by one loader", () => {
    // A marker per field: a misplaced store shows up as another field's name.
    const w = Object.fromEntries(FIELD_IDS.map((f) => [f, `«${f}»`])) as unknown as Worker;
    const writes = new Map<number, number>();
    for (const load of [loadColumns, loadRareColumns, loadFlagColumns]) {
      const cols: unknown[][] = FIELD_IDS.map(() => [undefined]);
      load(w, cols, 0);
      cols.forEach((col, id) => {
        if (col[0] === undefined) return;
        expect(col[0]).toBe(GET[FIELD_IDS[id]](w));
        writes.set(id, (writes.get(id) ?? 0) + 1);
      });
    }
    expect([...writes.keys()].sort((a, b) => a - b)).toEqual(FIELD_IDS.map((_, id) => id));
    expect([...writes.values()].every((n) => n === 1)).toBe(true);
  });
});
