/**
 * The worked example of docs/architecture.md («Where things go → A new column»): the
 * schema entry between its markers, read from the page so the page stays true.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { FieldSpec } from "../../../../src/core/schema/types";

const DOC = join(__dirname, "../../../../docs/architecture.md");
const BLOCK = /<!-- new-column-example -->\s*```ts\n([\s\S]*?)```\s*<!-- \/new-column-example -->/;

export function newColumnExample(): FieldSpec {
  const found = BLOCK.exec(readFileSync(DOC, "utf8"));
  if (!found) throw new Error("docs/architecture.md: no new-column-example block");
  // The entry is a plain object literal (as written into TEACHER_FIELDS), trailing comma and all.
  const literal = found[1].trim().replace(/,$/, "");
  return new Function(`"use strict"; return (${literal});`)() as FieldSpec;
}
