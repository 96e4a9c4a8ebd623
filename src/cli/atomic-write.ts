/**
 * Every file the command line writes goes through writeFileAtomic: the bytes
 * go to a temporary file in the target's own folder (same filesystem, so the
 * rename is atomic), are flushed to the disk (fsync), and only then renamed
 * over the target. A kill, a full disk or a file-size limit at any moment
 * leaves the previous file as it was; on a failure the temporary file is
 * removed and the message says the file was not changed. Two runs never write
 * one output together (output-lock.ts).
 */
import { randomBytes } from "node:crypto";
import {
  chmod,
  mkdir,
  open,
  readdir,
  rename,
  stat,
  unlink,
  type FileHandle,
} from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { removeOnExit } from "./exit-cleanup";
import { CliError } from "./io";
import { writeFailureReason } from "./fs-errors";
import { realTargetSync, withOutputLock } from "./output-lock";

/**
 * What to write: the whole text or bytes, or a streaming writer that writes
 * into the given stream (the temporary file), respecting backpressure; it may
 * end the stream or leave that to the helper, which then waits for the last
 * byte and flushes the file. The writer never touches the file system itself.
 * To wait for 'drain', use `once(out, "drain")` from node:events (it rejects
 * when the stream fails, say on a full disk) or stream/promises' pipeline.
 */
export type AtomicContent = string | Uint8Array | ((out: Writable) => Promise<void>);

/** Test failpoint: wait this long (ms, at most 60 s) after the temporary file is written, before the rename. */
const PAUSE_ENV = "PEDMONITOR_TEST_PAUSE_BEFORE_RENAME_MS";
export const TEMP_SUFFIX = ".pedmonitor-tmp";

export function tempPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}${TEMP_SUFFIX}`
  );
}

/** `.<base>.<pid>-<8 hex>.pedmonitor-tmp`, exactly: another target's temporary file never matches. */
export function isTempOf(name: string, base: string): boolean {
  const middle = name.slice(base.length + 2, name.length - TEMP_SUFFIX.length);
  return (
    name.startsWith(`.${base}.`) && name.endsWith(TEMP_SUFFIX) && /^\d+-[0-9a-f]{8}$/.test(middle)
  );
}

async function pauseForTests(): Promise<void> {
  const ms = Number(process.env[PAUSE_ENV]);
  if (Number.isFinite(ms) && ms > 0) await new Promise((r) => setTimeout(r, Math.min(ms, 60_000)));
}

async function writeTemp(
  temp: string,
  content: AtomicContent,
  mode: number | undefined
): Promise<void> {
  const handle = await open(temp, "wx", mode ?? 0o666);
  try {
    if (typeof content === "function") await streamInto(handle, content);
    else await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // open()'s mode is filtered by the umask; the target's own mode is kept exactly.
  if (mode !== undefined) await chmod(temp, mode);
}

/** A stream over the open temporary file: each chunk written in full before the next is taken. */
function fileStream(handle: FileHandle): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, callback) {
      writeAll(handle, chunk).then(() => callback(), callback);
    },
  });
}

async function writeAll(handle: FileHandle, chunk: Buffer): Promise<void> {
  for (let at = 0; at < chunk.length;) {
    const { bytesWritten } = await handle.write(chunk, at, chunk.length - at);
    if (bytesWritten <= 0) throw new Error("запись на диск не продвигается");
    at += bytesWritten;
  }
}

async function streamInto(
  handle: FileHandle,
  write: (out: Writable) => Promise<void>
): Promise<void> {
  const stream = fileStream(handle);
  const done = finished(stream);
  // The stream may fail (a full disk) while the writer is still busy: handled below, never "unhandled".
  done.catch(() => undefined);
  try {
    await write(stream);
    if (!stream.writableEnded) stream.end();
  } catch (e) {
    stream.destroy();
    await done.catch(() => undefined);
    throw e;
  }
  await done;
}

/**
 * Temporary files of this target left by a killed run (SIGKILL cannot be
 * caught). Called with the output's lock held, so no live run is writing them.
 */
async function removeLeftovers(target: string): Promise<void> {
  const base = basename(target);
  const names = await readdir(dirname(target)).catch(() => [] as string[]);
  for (const name of names) {
    if (isTempOf(name, base)) await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

/** The rename itself is durable only once the folder's entry is flushed; not every system allows it. */
async function syncFolder(dir: string): Promise<void> {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Windows cannot open a folder for fsync; the rename is still atomic there.
  }
}

/** Writes `target` completely or not at all; throws CliError «Файл … не изменён: …» (or «не создан»). */
export async function writeFileAtomic(shown: string, content: AtomicContent): Promise<void> {
  // A symlink is followed: her real workbook is replaced, the link stays a link (messages keep her name).
  const target = realTargetSync(shown);
  await withOutputLock(target, async () => {
    const before = await stat(target).catch(() => null);
    if (before?.isDirectory())
      throw new CliError(`Файл ${shown} не записан: по этому пути находится папка.`);
    await removeLeftovers(target);
    const temp = tempPathFor(target);
    const cleanup = removeOnExit(temp, { signals: true });
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeTemp(temp, content, before ? before.mode & 0o7777 : undefined);
      await pauseForTests();
      await rename(temp, target);
      await syncFolder(dirname(target));
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      const what = before ? "не изменён" : "не создан";
      throw new CliError(`Файл ${shown} ${what}: ${writeFailureReason(e)}.`);
    } finally {
      cleanup.forget();
    }
  });
}
