/**
 * Per-school counting of the slots. Every slot is a population and at most one
 * atom (program.ts makes a conjunction one atom), and every row is in exactly one
 * population class (an external part-timer, a non-pedagogical or a pedagogical
 * worker). So a slot's count is a sum, over the classes its population takes in,
 * of the rows of that class with the slot's atom set. Per block the engine keeps
 * a bitset of each class's rows (block-kernel.ts's layout), and an atom's count in
 * a class is the popcount of (atom bits & class bits): 32 rows per operation.
 */
import { POPULATION_BIT } from "./compile";
import type { Slot } from "./compile";
import { BLOCK_WORDS } from "./block-kernel";

/** The population flags of each class, as populationMask gives them. */
const CLASS_FLAGS = [
  POPULATION_BIT.ANY | POPULATION_BIT.EXTERNAL,
  POPULATION_BIT.ANY | POPULATION_BIT.ALL,
  POPULATION_BIT.ANY | POPULATION_BIT.ALL | POPULATION_BIT.PED,
];
export const CLASSES = CLASS_FLAGS.length;

/** Class of a row by its population flags (populationMask). */
export const CLASS_OF: Int8Array = new Int8Array(16).fill(-1);
CLASS_FLAGS.forEach((flags, c) => (CLASS_OF[flags] = c));

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

export class BlockTally {
  /** Rows of class c with atom a: counts[c * atoms + a]. */
  private readonly counts: Float64Array;
  private readonly rows = new Float64Array(CLASSES);

  /** `counted`: the atoms some slot counts (each once). */
  constructor(
    private readonly atoms: number,
    private readonly counted: Int32Array
  ) {
    this.counts = new Float64Array(CLASSES * atoms);
  }

  /** A block's atom bitsets and class bitsets (classBits[c * BLOCK_WORDS + w]). */
  add(bits: Int32Array, classBits: Int32Array, words: number): void {
    const counted = this.counted;
    for (let c = 0; c < CLASSES; c++) {
      const cb = c * BLOCK_WORDS;
      let rows = 0;
      for (let w = 0; w < words; w++) rows += popcount(classBits[cb + w]);
      this.rows[c] += rows;
      if (rows === 0) continue;
      const base = c * this.atoms;
      for (let i = 0; i < counted.length; i++) {
        const a = counted[i];
        let sum = 0;
        for (let w = 0; w < words; w++)
          sum += popcount(bits[a * BLOCK_WORDS + w] & classBits[cb + w]);
        this.counts[base + a] += sum;
      }
    }
  }

  /** Rows matched by the slot: its population's classes, its atom's bit (or every row). */
  count(slot: Slot, atom: number): number {
    let sum = 0;
    for (let c = 0; c < CLASSES; c++) {
      if ((CLASS_FLAGS[c] & slot.bit) === 0) continue;
      sum += atom < 0 ? this.rows[c] : this.counts[c * this.atoms + atom];
    }
    return sum;
  }
}
