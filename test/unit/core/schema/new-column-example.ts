/**
 * The worked example of docs/architecture.md («Where things go → A new column»): the
 * schema entry between its markers, read from the page so the page stays true.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { FieldSpec } from "../../../../src/core/schema/types";

const DOC = join(__dirname, "../../../../docs/architecture.md");
const BLOCK = /<!-- new-column-example -->\s*```ts\n([\s\S]*?)```\s*<!-- \/new-column-example -->/;

/** The entry as the page writes it: a plain object literal, trailing comma and all. */
export function newColumnExampleSource(): string {
  const found = BLOCK.exec(readFileSync(DOC, "utf8"));
  if (!found) throw new Error("docs/architecture.md: no new-column-example block");
  return found[1].trim();
}

export function newColumnExample(): FieldSpec {
  const literal = newColumnExampleSource().replace(/,$/, "");
  return new Function(`"use strict"; return (${literal});`)() as FieldSpec;
}
