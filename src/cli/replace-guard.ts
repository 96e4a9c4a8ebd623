/**
 * `template` and `demo` write a blank (or synthetic) workbook. Given an existing
 * file as --out they would replace a person's workbook — her `Меры`, `Настройки`,
 * her sheets — with it. They replace an existing file only when it is a workbook
 * ПедМонитор wrote and nobody saved since, or with `--force`:
 * ПедМонитор's writer puts `<dc:creator>` and `<cp:lastModifiedBy>` «ПедМонитор»,
 * created = modified and a fingerprint of its `xl/` parts (`dc:identifier`) in
 * docProps/core.xml; all four must hold. Excel and LibreOffice Calc set
 * lastModifiedBy to the person and a new modified time on every save, and
 * openpyxl a new modified time. So `npm run demo` run twice replaces its own
 * demo workbook, while a workbook a person opened and saved is refused
 * (docs/decisions/app-cli.md).
 */
import { readFile, stat } from "node:fs/promises";
import { ZipArchive } from "../adapters/xlsx-reader/zip";
import { FINGERPRINT_PREFIX, partsFingerprint } from "../adapters/ooxml/part-fingerprint";
import { CliError } from "./io";

const WRITER = "ПедМонитор";

function tag(xml: string, name: string): string | null {
  const m = new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(xml);
  return m ? m[1] : null;
}

/** True when the file's properties say only ПедМонитор wrote it and nobody saved it since. */
export function untouchedOwnOutput(bytes: Uint8Array): boolean {
  try {
    const zip = new ZipArchive(bytes);
    const core = zip.read("docProps/core.xml");
    if (core === null) return false;
    const xml = Buffer.from(core).toString("utf8");
    const created = tag(xml, "dcterms:created");
    // The parts must be exactly those ПедМонитор wrote: openpyxl and LibreOffice keep the
    // creator and the dates, but rewrite every `xl/` part (docs/decisions/template.md).
    const stamp = tag(xml, "dc:identifier");
    return (
      tag(xml, "dc:creator") === WRITER &&
      tag(xml, "cp:lastModifiedBy") === WRITER &&
      created !== null &&
      created === tag(xml, "dcterms:modified") &&
      stamp === FINGERPRINT_PREFIX + partsFingerprint(zip.stamps())
    );
  } catch {
    return false;
  }
}

/** Refuses (exit 2) to replace an existing `out` that a person may have changed, unless `force`. */
export async function refuseReplacing(out: string, force: boolean): Promise<void> {
  if (force) return;
  const info = await stat(out).catch(() => null);
  if (info === null) return;
  if (info.isFile()) {
    const bytes = await readFile(out).catch(() => null);
    if (bytes !== null && untouchedOwnOutput(bytes)) return;
  }
  throw new CliError(
    `--out: файл ${out} уже есть, и его сохраняли после ПедМонитора (или это не его книга): ` +
      "новая книга заменила бы его целиком — всё, что в нём вписано и добавлено, пропало бы. " +
      "Файл не изменён. Укажите новое имя файла или добавьте --force, чтобы заменить его."
  );
}
