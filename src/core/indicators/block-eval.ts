/**
 * One block of rows through the kind tables (block-kernel.ts): every atom's bitset
 * over the block, `bits[atom * BLOCK_WORDS + w]` holding rows 32w .. 32w + 31. Each
 * test is one tight loop over its column with its constants in registers, built
 * branch-free (`+(test) << r`: random values would mispredict every other branch)
 * into a local word; `all` / `any` / `not` are word-wise AND / OR / NOT.
 * The loops repeat one shape on purpose: a shared loop taking the test as a function
 * would make that call site megamorphic, a call per cell instead of a compare.
 */
import type { Worker } from "../model";
import { FIELD_IDS } from "./field-access";
import { BLOCK_WORDS, type BlockKernel } from "./block-kernel";
import { ALL, evaluateAtom, filled, NOT, type RowProgram } from "./program";

/**
 * The atom bitsets of a block of `n` rows: their fields in `cols` (loadColumns, and
 * loadRareColumns / loadFlagColumns when the kernel says so), their Да and Нет flags
 * in `yesWords` / `noWords` (noFlags when the kernel says so), the rows
 * themselves in `rows` (for the interpreter); `bounds` are the school's. Bits of rows
 * n and beyond are meaningless (a `not` sets them): the tally masks them off.
 */
export function evaluateBlock(
  k: BlockKernel,
  program: RowProgram,
  cols: unknown[][],
  yesWords: Int32Array,
  noWords: Int32Array,
  rows: Worker[],
  n: number,
  bounds: Float64Array,
  bits: Int32Array
): void {
  bits.fill(0);
  const words = (n + 31) >> 5;
  flagBits(k, yesWords, noWords, words, n, bits);
  testBlock(k, cols, words, n, bounds, bits);
  rowShaped(k, cols, words, n, bounds, bits);
  const { fields, values, sets, ops } = program;
  for (let i = 0; i < k.other.length; i++) {
    const a = k.other[i];
    const f = fields[a];
    const col = f >= 0 ? cols[f] : null;
    for (let r = 0; r < n; r++)
      if (evaluateAtom(ops[a], a, col ? col[r] : null, rows[r], values, sets, bounds))
        bits[a * BLOCK_WORDS + (r >> 5)] |= 1 << (r & 31);
  }
  composites(k, words, bits);
}

/** Да / Нет on a flag: its bit of each row's yesFlags or noFlags word, 32 rows to a word. */
function flagBits(
  k: BlockKernel,
  yesWords: Int32Array,
  noWords: Int32Array,
  words: number,
  n: number,
  bits: Int32Array
): void {
  for (let i = 0; i < k.flagAtom.length; i++) {
    const f = k.flagBit[i];
    const from = k.flagNo[i] === 1 ? noWords : yesWords;
    const base = k.flagAtom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) m |= ((from[r] >>> f) & 1) << (r & 31);
      bits[base + w] = m;
    }
  }
}

/** The value tests, each entry one loop over its column. */
function testBlock(
  k: BlockKernel,
  cols: unknown[][],
  words: number,
  n: number,
  bounds: Float64Array,
  bits: Int32Array
): void {
  const { no, equal: eq, present: pr, clear: cl, range: rg, below: lo, yes } = k;
  for (let i = 0; i < yes.atom.length; i++) {
    const col = cols[yes.field[i]];
    const base = yes.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) m |= +(col[r] === true) << (r & 31);
      bits[base + w] |= m;
    }
  }
  for (let i = 0; i < no.atom.length; i++) {
    const col = cols[no.field[i]];
    const base = no.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) m |= +(col[r] === false) << (r & 31);
      bits[base + w] |= m;
    }
  }
  for (let i = 0; i < eq.atom.length; i++) {
    const col = cols[eq.field[i]];
    const value = eq.value[i];
    const base = eq.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        m |= +(typeof v === "string" && v === value) << (r & 31);
      }
      bits[base + w] |= m;
    }
  }
  for (let i = 0; i < pr.atom.length; i++) {
    const col = cols[pr.field[i]];
    const base = pr.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        m |= +(v !== null && v !== undefined) << (r & 31);
      }
      bits[base + w] |= m;
    }
  }
  // After `present`: a listed value clears the bit its presence set.
  for (let i = 0; i < cl.atom.length; i++) {
    const col = cols[cl.field[i]];
    const value = cl.value[i];
    const base = cl.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        m |= +(typeof v === "string" && v === value) << (r & 31);
      }
      bits[base + w] &= ~m;
    }
  }
  for (let i = 0; i < rg.atom.length; i++) {
    const col = cols[rg.field[i]];
    const a = rg.atom[i];
    const lowest = bounds[2 * a];
    const highest = bounds[2 * a + 1];
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        const x = typeof v === "number" ? v : NaN;
        m |= (+(x >= lowest) & +(x <= highest)) << (r & 31);
      }
      bits[a * BLOCK_WORDS + w] |= m;
    }
  }
  for (let i = 0; i < lo.atom.length; i++) {
    const col = cols[lo.field[i]];
    const a = lo.atom[i];
    const highest = bounds[2 * a + 1];
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        const x = typeof v === "number" ? v : NaN;
        m |= +(x < highest) << (r & 31);
      }
      bits[a * BLOCK_WORDS + w] |= m;
    }
  }
}

const SEX = FIELD_IDS.indexOf("sex");
const DIAGNOSTICS = FIELD_IDS.indexOf("diagnosticsDate");
const COURSE = FIELD_IDS.indexOf("courseDate");

/** The catalog's atoms that read a row beyond a value: filled, pension age, two dates. */
function rowShaped(
  k: BlockKernel,
  cols: unknown[][],
  words: number,
  n: number,
  bounds: Float64Array,
  bits: Int32Array
): void {
  const { filled: fl, pension: pe, diagBefore } = k;
  for (let i = 0; i < fl.atom.length; i++) {
    const col = cols[fl.field[i]];
    const flip = fl.value[i] === true ? -1 : 0;
    const base = fl.atom[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) m |= +filled(col[r]) << (r & 31);
      bits[base + w] |= m ^ flip;
    }
  }
  const sex = cols[SEX];
  for (let i = 0; i < pe.atom.length; i++) {
    const col = cols[pe.field[i]];
    const a = pe.atom[i];
    const male = bounds[2 * a];
    const female = bounds[2 * a + 1];
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const v = col[r];
        const x = typeof v === "number" ? v : NaN;
        const s = sex[r];
        m |= ((+(s === "М") & +(x <= male)) | (+(s === "Ж") & +(x <= female))) << (r & 31);
      }
      bits[a * BLOCK_WORDS + w] |= m;
    }
  }
  const diagnostics = cols[DIAGNOSTICS];
  const course = cols[COURSE];
  for (let i = 0; i < diagBefore.length; i++) {
    const base = diagBefore[i] * BLOCK_WORDS;
    for (let w = 0; w < words; w++) {
      let m = 0;
      const end = Math.min(n, 32 * w + 32);
      for (let r = 32 * w; r < end; r++) {
        const d = diagnostics[r];
        const c = course[r];
        m |= +(typeof d === "number" && typeof c === "number" && d < c) << (r & 31);
      }
      bits[base + w] |= m;
    }
  }
}

/** `all` / `any` / `not`, in atom order so that nested parts are ready: 32 rows per operation. */
function composites(k: BlockKernel, words: number, bits: Int32Array): void {
  const { composite, compositeOp, subFrom, subs } = k;
  for (let c = 0; c < composite.length; c++) {
    const base = composite[c] * BLOCK_WORDS;
    const op = compositeOp[c];
    for (let w = 0; w < words; w++) {
      let m: number;
      if (op === NOT) m = ~bits[subs[subFrom[c]] * BLOCK_WORDS + w];
      else if (op === ALL) {
        m = -1;
        for (let i = subFrom[c]; i < subFrom[c + 1]; i++) m &= bits[subs[i] * BLOCK_WORDS + w];
      } else {
        m = 0;
        for (let i = subFrom[c]; i < subFrom[c + 1]; i++) m |= bits[subs[i] * BLOCK_WORDS + w];
      }
      bits[base + w] = m;
    }
  }
}
