/**
 * A sheet's structure (formats, tables, validation, links, charts…) as steps with their cost
 * in request bytes, packed into syncs. Office.js serializes every command as an action (about
 * 90 bytes of JSON before its arguments) on an object path (about 110 bytes each: the range,
 * its format, its fill…): 46,500 status-coloured cells («Показатели по ОО» at 1,500 schools)
 * are 26 MB of commands with 0.3 MB of values. The estimate rounds both up.
 */
import { jsonBytes } from "./cells";
import { CHUNK_BUDGET_BYTES, MAX_PAYLOAD_BYTES } from "./chunks";

const ACTION_BYTES = 100;
const PATH_BYTES = 120;

export interface StructureStep {
  /** Estimated request bytes of the commands `run` queues. */
  bytes: number;
  run(): void;
}

/** A step of `commands` commands on one new range object, with these arguments. */
export function step(commands: number, args: unknown, run: () => void): StructureStep {
  const bytes = PATH_BYTES + commands * (ACTION_BYTES + PATH_BYTES) + jsonBytes(args ?? null);
  return { bytes, run };
}

/** What the structure may add to the request that carries the last chunk of values. */
export const STRUCTURE_WITH_VALUES_BYTES = MAX_PAYLOAD_BYTES - CHUNK_BUDGET_BYTES;

/**
 * Consecutive packs of steps, in order (styles come after tables, and so on): the first
 * within `first` (it rides with the last chunk of values), each later one within `budget`.
 * A step larger than its pack's budget is a pack of its own.
 */
export function packSteps(
  steps: readonly StructureStep[],
  first = STRUCTURE_WITH_VALUES_BYTES,
  budget = CHUNK_BUDGET_BYTES
): StructureStep[][] {
  const packs: StructureStep[][] = [[]];
  let limit = first;
  let bytes = 0;
  for (const s of steps) {
    const pack = packs[packs.length - 1];
    if (bytes + s.bytes > limit && (pack.length > 0 || packs.length === 1)) {
      packs.push([s]);
      limit = budget;
      bytes = s.bytes;
    } else {
      pack.push(s);
      bytes += s.bytes;
    }
  }
  return packs;
}
