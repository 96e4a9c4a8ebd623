/**
 * Straight-line row code generated from the schema. A row is read, checked and
 * counted 100,000 times per run; a loop storing `row[key]` for each column is a
 * megamorphic keyed access per cell, and it made reading 100,000 teacher rows
 * 3.7× slower (bench "validate 100k rows", readTeacherTable 232 → 856 ms). So the
 * plumbing that touches every column (the Worker literal, the rule row, the engine's
 * getters, the date switch) is compiled from the schema's keys, once per module
 * load, into the code a person would write by hand: one monomorphic property access
 * per column (100,000 Workers: 27 ms generated, 26 ms hand-written). The text comes
 * only from the schema's own keys, each checked here to be a plain identifier;
 * nothing a workbook or a user types ever reaches it.
 */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `key` as a property name in generated code; the schema's keys are identifiers. */
export function prop(key: string): string {
  if (!IDENTIFIER.test(key)) throw new Error(`Schema: key «${key}» is not an identifier`);
  return key;
}

/**
 * Compiles `body` (which returns the row function) with `inputs` bound by name: a
 * factory run once per module load, never per sheet or row.
 */
export function compileRowCode<T>(inputs: Readonly<Record<string, unknown>>, body: string): T {
  const names = Object.keys(inputs).map(prop);
  // Generated from the schema's keys only (see above).
  // bounded: `names` are the few inputs the calling module passes by name, never data.
  const factory = new Function(...names, `"use strict";\n${body}`) as (...args: unknown[]) => T;
  // bounded: the same few inputs.
  return factory(...names.map((n) => inputs[n]));
}
