/**
 * Per-school counting of the slots. Every slot is a population and at most one
 * atom (program.ts makes a conjunction one atom), and every row is in exactly one
 * population class (an external part-timer, a non-pedagogical or a pedagogical
 * worker). So a slot's count is a sum, over the classes its population takes in,
 * of the rows of that class with the slot's atom bit set, and a row only has to
 * add its atom mask to its class's per-bit counters. Testing each slot per row
 * was a fifth of the pass.
 *
 * The counters are bit-sliced: plane i holds bit i of 32 counters at once, so
 * adding a 32-bit mask is a ripple of AND / XOR over the planes with no branch
 * per bit; every 255 rows (8 planes) they are emptied into ordinary counts.
 */
import { POPULATION_BIT } from "./compile";
import type { Slot } from "./compile";

const PLANES = 8;
const FLUSH_EVERY = (1 << PLANES) - 1;

/** The population flags of each class, as populationMask gives them. */
const CLASS_FLAGS = [
  POPULATION_BIT.ANY | POPULATION_BIT.EXTERNAL,
  POPULATION_BIT.ANY | POPULATION_BIT.ALL,
  POPULATION_BIT.ANY | POPULATION_BIT.ALL | POPULATION_BIT.PED,
];
const CLASSES = CLASS_FLAGS.length;

/** Class of a row by its population flags (populationMask). */
export const CLASS_OF: Int8Array = new Int8Array(16).fill(-1);
CLASS_FLAGS.forEach((flags, c) => (CLASS_OF[flags] = c));

export class SlotTally {
  private readonly planes: Int32Array;
  private readonly bits: Float64Array;
  private readonly rows = new Float64Array(CLASSES);
  private pending = 0;

  constructor(private readonly words: number) {
    this.planes = new Int32Array(CLASSES * words * PLANES);
    this.bits = new Float64Array(CLASSES * words * 32);
  }

  /** One row of class `c` (CLASS_OF) with its atom mask. */
  add(c: number, mask: Int32Array): void {
    const planes = this.planes;
    for (let j = 0; j < this.words; j++) {
      let carry = mask[j];
      const base = (c * this.words + j) * PLANES;
      for (let i = 0; i < PLANES && carry !== 0; i++) {
        const next = planes[base + i] & carry;
        planes[base + i] ^= carry;
        carry = next;
      }
    }
    this.rows[c]++;
    if (++this.pending === FLUSH_EVERY) this.flush();
  }

  private flush(): void {
    const planes = this.planes;
    for (let p = 0; p < planes.length; p++) {
      let v = planes[p];
      const weight = 1 << (p % PLANES);
      const base = Math.floor(p / PLANES) * 32;
      while (v !== 0) {
        const low = v & -v;
        this.bits[base + 31 - Math.clz32(low)] += weight;
        v ^= low;
      }
      planes[p] = 0;
    }
    this.pending = 0;
  }

  /** Rows matched by the slot: its population's classes, its atom's bit (or every row). */
  count(slot: Slot, atom: number): number {
    this.flush();
    let sum = 0;
    for (let c = 0; c < CLASSES; c++) {
      if ((CLASS_FLAGS[c] & slot.bit) === 0) continue;
      sum += atom < 0 ? this.rows[c] : this.bits[(c * this.words + (atom >> 5)) * 32 + (atom & 31)];
    }
    return sum;
  }
}
