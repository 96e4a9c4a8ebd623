/**
 * What a file that is not a readable workbook most likely is, from its first
 * bytes and its name, so that the message says what to do: an old `.xls`, a
 * password-protected workbook (Excel writes those as an OLE compound file with
 * an `EncryptedPackage` stream, whatever the extension), a LibreOffice `.ods`,
 * a binary `.xlsb`, or something else. Plain bytes, no Node: the add-in uses it too.
 */
export type FileKind = "zip" | "encrypted" | "xls" | "ods" | "xlsb" | "other";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet";
/** Directory entries of a compound file are 128 bytes, aligned to 128 in the file. */
const DIR_ENTRY = 128;
/** "EncryptedPackage" in UTF-16LE, and its name length with the terminating zero. */
const ENCRYPTED_NAME = utf16("EncryptedPackage");
const ENCRYPTED_NAME_LENGTH = ENCRYPTED_NAME.length + 2;

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);
}

export function fileKind(name: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, OLE_MAGIC)) return hasEncryptedPackage(bytes) ? "encrypted" : "xls";
  const lower = name.toLowerCase();
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (lower.endsWith(".ods") || isOds(bytes)) return "ods";
    if (lower.endsWith(".xlsb")) return "xlsb";
    return "zip";
  }
  if (lower.endsWith(".xls")) return "xls";
  if (lower.endsWith(".ods")) return "ods";
  return "other";
}

/** ODF puts an uncompressed `mimetype` entry first: its text follows the 30-byte local header. */
function isOds(bytes: Uint8Array): boolean {
  // bounded: 8 + 46 bytes of a local header
  const head = String.fromCharCode(...bytes.subarray(30, 30 + 8 + ODS_MIME.length));
  return head === `mimetype${ODS_MIME}`;
}

/** A directory entry named `EncryptedPackage`: the stream Excel writes for a password. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  for (let at = 512; at + DIR_ENTRY <= bytes.length; at += DIR_ENTRY) {
    if (bytes[at] !== ENCRYPTED_NAME[0] || !startsWith(bytes, ENCRYPTED_NAME, at)) continue;
    const length = bytes[at + 0x40] | (bytes[at + 0x41] << 8);
    if (length === ENCRYPTED_NAME_LENGTH) return true;
  }
  return false;
}

function utf16(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i += 1)
    out.push(text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8);
  return out;
}
