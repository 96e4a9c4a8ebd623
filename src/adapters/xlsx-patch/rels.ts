/**
 * Relationship parts of the existing package: each relationship with its
 * target resolved to a package path, and the raw element text so that the
 * ones kept are written back exactly as they were.
 */
import { attributesOf } from "../ooxml/xml";
import { relsPathOf } from "../ooxml/part-paths";
import type { SourcePackage } from "./source";

export interface PackageRel {
  id: string;
  type: string;
  /** Package path of the target (no leading slash); "" for an external target. */
  path: string;
  external: boolean;
  /** The element's text as the workbook had it. */
  xml: string;
}

/** The package path of `target` seen from the part `from`. */
export function resolveTarget(from: string, target: string): string {
  const dir = from.slice(0, from.lastIndexOf("/") + 1);
  const parts = (target.startsWith("/") ? target.slice(1) : dir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.map((p) => safeDecode(p)).join("/");
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The relationships of `part` ("" for the package's own `_rels/.rels`). */
export function readRels(source: SourcePackage, part: string): PackageRel[] {
  const relsPath = part === "" ? "_rels/.rels" : relsPathOf(part);
  return parseRels(source.text(relsPath) ?? "", part);
}

export function parseRels(xml: string, part: string): PackageRel[] {
  const out: PackageRel[] = [];
  for (const m of xml.matchAll(
    /<(?:\w+:)?Relationship\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?Relationship>)/g
  )) {
    const a = attributesOf(m[0].slice(0, m[0].indexOf(">") + 1));
    const external = a.TargetMode === "External";
    out.push({
      id: a.Id ?? "",
      type: a.Type ?? "",
      path: external ? "" : resolveTarget(part === "" ? "" : part, a.Target ?? ""),
      external,
      xml: m[0],
    });
  }
  return out;
}

/** The part a rels part belongs to: xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml. */
export function ownerOfRels(relsPath: string): string | null {
  const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPath);
  return m ? m[1] + m[2] : null;
}

/**
 * The parts only the `removed` parts lead to: every part reachable from them
 * through relationships that nothing else reachable from the package's root
 * leads to. Their drawings, charts, tables, notes and pictures go with them;
 * a part shared with a kept sheet stays.
 */
export function partsOnlyUnder(source: SourcePackage, removed: ReadonlySet<string>): Set<string> {
  const relsOf = new Map<string, string[]>();
  const targets = (part: string): string[] => {
    let list = relsOf.get(part);
    if (!list) {
      list = readRels(source, part)
        .filter((r) => !r.external && source.has(r.path))
        .map((r) => r.path);
      relsOf.set(part, list);
    }
    return list;
  };
  const walk = (roots: string[], skip: ReadonlySet<string>): Set<string> => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length > 0) {
      const part = stack.pop()!;
      if (seen.has(part) || skip.has(part)) continue;
      seen.add(part);
      for (const t of targets(part)) stack.push(t);
    }
    return seen;
  };
  const kept = walk(targets(""), removed);
  const under = new Set<string>();
  for (const part of walk(
    [...removed].flatMap((p) => targets(p)),
    kept
  ))
    under.add(part);
  return under;
}
