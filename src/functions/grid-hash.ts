/**
 * Recognising a range seen before. Excel hands every call a fresh copy of the
 * range, so identity cannot tell 40 formulas over the same 50,000 rows apart:
 * content can. hashGrid is a full content hash (two 32-bit FNV-style lanes, for
 * small ranges such as `Настройки`); big ranges are found by fingerprint and
 * confirmed by sameGrid, which is several times cheaper than hashing every character.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

export function hashGrid(grid: readonly (readonly unknown[])[]): string {
  let a = 0x811c9dc5 | 0;
  let b = 0x01000193 ^ grid.length;
  const mix = (x: number) => {
    a = Math.imul(a ^ x, 16777619);
    b = Math.imul(b ^ x, 0x5bd1e995);
    b ^= b >>> 15;
  };
  let cols = 0;
  for (const row of grid) {
    if (row.length > cols) cols = row.length;
    mix(0x1e); // row separator
    for (const v of row) {
      if (typeof v === "number") {
        f64[0] = v;
        mix(1);
        mix(u32[0]);
        mix(u32[1]);
      } else if (typeof v === "string") {
        mix(2 ^ (v.length << 3));
        for (let i = 0; i < v.length; i++) mix(v.charCodeAt(i));
      } else if (typeof v === "boolean") mix(v ? 3 : 4);
      else if (v instanceof Date) {
        f64[0] = v.getTime();
        mix(5);
        mix(u32[0]);
        mix(u32[1]);
      } else mix(6);
    }
  }
  return `${grid.length}x${cols}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

/** A small least-recently-used map. */
export class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A fingerprint that reads only the shape and a sample of rows (every 64th,
 * the first and the last 8): cheap enough for every call. It only picks a
 * candidate; sameGrid then compares every cell, so a cached result is never
 * served for a range that differs anywhere.
 */
export function fingerprint(grid: readonly (readonly unknown[])[]): string {
  const n = grid.length;
  const sample: (readonly unknown[])[] = [];
  for (let r = 0; r < n; r++) if (r < 8 || r >= n - 8 || r % 64 === 0) sample.push(grid[r]);
  return `${n}:${hashGrid(sample)}`;
}

/** Cell-by-cell equality (strings by content): a full check that stops at the first difference. */
export function sameGrid(
  a: readonly (readonly unknown[])[],
  b: readonly (readonly unknown[])[]
): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r];
    const y = b[r];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) {
      const u = x[c];
      const v = y[c];
      if (u !== v && !(u instanceof Date && v instanceof Date && u.getTime() === v.getTime()))
        return false;
    }
  }
  return true;
}
