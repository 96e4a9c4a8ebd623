/**
 * The small parts that list other parts, edited in place: content types
 * (overrides of removed parts out, of new parts in), the workbook's
 * relationships, the sheet titles of docProps/app.xml, and whether the
 * calculation chain mentions a rewritten sheet.
 */
import { escapeXml } from "../ooxml/xml";
import { PatchError } from "./patch-error";
import type { PackageRel } from "./rels";
import { findAll, findElement } from "./xml-edit";

const RELS_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';

/** [Content_Types].xml without the overrides of `removed`, with `added` (path → type) set. */
export function rewriteContentTypes(
  xml: string,
  removed: ReadonlySet<string>,
  added: ReadonlyMap<string, string>
): string {
  const root = findElement(xml, "Types");
  if (!root || root.selfClosing)
    throw new PatchError("часть [Content_Types].xml: нет элемента <Types>");
  const p = root.prefix;
  let body = xml.slice(root.openEnd, root.closeStart);
  body = body.replace(/<(?:\w+:)?Override\b[^>]*?\/>/g, (el) => {
    const m = /\sPartName\s*=\s*["']([^"']*)["']/.exec(el);
    const part = m ? decodeURIComponent(m[1]).replace(/^\//, "") : "";
    return removed.has(part) || added.has(part) ? "" : el;
  });
  const overrides = [...added]
    .map(([part, type]) => `<${p}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
    .join("");
  return xml.slice(0, root.openEnd) + body + overrides + xml.slice(root.closeStart);
}

/** The workbook's relationships: kept ones as they were, then `added`. */
export function rewriteRels(
  kept: readonly PackageRel[],
  added: readonly { id: string; type: string; target: string }[]
): string {
  const items = added
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join("");
  // Kept elements are written as they were (their own prefix, if any, comes from a default namespace).
  return `${RELS_HEAD}${kept.map((r) => r.xml).join("")}${items}</Relationships>`;
}

/** A relationship id no other relationship of the part uses. */
export function freeRelId(taken: Set<string>): string {
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  taken.add(`rId${n}`);
  return `rId${n}`;
}

/**
 * docProps/app.xml with the worksheet titles replaced, when its lists are the
 * ones Excel writes (a "Worksheets" heading whose titles are the sheets in
 * order); null when the part says something else: then it is kept as it is.
 */
export function rewriteAppTitles(
  xml: string,
  oldNames: readonly string[],
  newNames: readonly string[]
): string | null {
  const pairs = findElement(xml, "HeadingPairs");
  const titles = findElement(xml, "TitlesOfParts");
  if (!pairs || !titles || pairs.selfClosing || titles.selfClosing) return null;
  const variants = findAll(xml, "variant", pairs.openEnd, pairs.closeStart).map((v) =>
    xml.slice(v.openEnd, v.closeStart).replace(/<[^>]+>/g, "")
  );
  const titleSpans = findAll(xml, "lpstr", titles.openEnd, titles.closeStart);
  let first = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const count = Number(variants[i + 1]);
    if (!Number.isInteger(count)) return null;
    if (/^(Worksheets|Листы|Tabellenblätter|Feuilles de calcul)$/i.test(variants[i].trim())) {
      const old = titleSpans
        .slice(first, first + count)
        .map((s) => xml.slice(s.openEnd, s.closeStart));
      const same =
        old.length === oldNames.length &&
        old.every((t, k) => t === escapeXml(oldNames[k]) || t === oldNames[k]);
      if (!same || count === 0) return null;
      const vt = titleSpans[0].prefix;
      const list = newNames.map((n) => `<${vt}lpstr>${escapeXml(n)}</${vt}lpstr>`).join("");
      let out =
        xml.slice(0, titleSpans[first].start) + list + xml.slice(titleSpans[first + count - 1].end);
      // The heading's count, then the vector sizes.
      const pairsNow = findElement(out, "HeadingPairs")!;
      const variantSpans = findAll(out, "variant", pairsNow.openEnd, pairsNow.closeStart);
      const countSpan = variantSpans[i + 1];
      const countXml = out
        .slice(countSpan.openEnd, countSpan.closeStart)
        .replace(/>\d+</, `>${newNames.length}<`);
      out = out.slice(0, countSpan.openEnd) + countXml + out.slice(countSpan.closeStart);
      const titlesNow = findElement(out, "TitlesOfParts")!;
      const vector = findElement(out, "vector", titlesNow.openEnd)!;
      const size = findAll(out, "lpstr", vector.openEnd, vector.closeStart).length;
      const tag = vector.tag.replace(/\ssize\s*=\s*["']\d+["']/, ` size="${size}"`);
      return out.slice(0, vector.start) + tag + out.slice(vector.openEnd);
    }
    first += count;
  }
  return null;
}

/** True when the calculation chain lists a cell of one of the sheets (by sheetId). */
export function chainMentions(xml: string, sheetIds: ReadonlySet<number>): boolean {
  let current = 0;
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>?/g)) {
    const i = /\si\s*=\s*["'](\d+)["']/.exec(m[1]);
    if (i) current = Number(i[1]);
    if (sheetIds.has(current)) return true;
  }
  return false;
}
