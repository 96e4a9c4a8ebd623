import { spawnSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { isTempOf, tempPathFor, writeFileAtomic } from "../../../src/cli/atomic-write";
import { CliError } from "../../../src/cli/io";
import { lockOutput, lockPathOf, releaseOutput } from "../../../src/cli/output-lock";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "pedmonitor-atomic-"));
});

const files = () => readdirSync(dir).sort();
const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });
/** A pid that surely ran on this machine and has ended. */
const deadPid = () => spawnSync(process.execPath, ["-e", ""]).pid!;

describe("writeFileAtomic", () => {
  it("writes text and bytes, creating folders, and leaves nothing beside the file", async () => {
    const target = join(dir, "sub", "a.json");
    await writeFileAtomic(target, "{}\n");
    expect(readFileSync(target, "utf8")).toBe("{}\n");
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(target)]).toEqual([1, 2, 3]);
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.json"]);
  });

  it("lets a streaming writer fill the temporary file in the target's folder through a stream, then renames it", async () => {
    const target = join(dir, "stream.xlsx");
    let during: string[] = [];
    await writeFileAtomic(target, async (out) => {
      out.write("stream");
      await new Promise((r) => setTimeout(r, 10));
      during = files();
      out.write("ed");
    });
    expect(during).toHaveLength(2);
    expect(
      during.find(
        (n) => n !== "stream.xlsx" && n.startsWith(".stream.xlsx.") && n.endsWith(".pedmonitor-tmp")
      )
    ).toBeDefined();
    expect(readFileSync(target, "utf8")).toBe("streamed");
    expect(files()).toEqual(["stream.xlsx"]);
  });

  it("a streaming writer that ends its stream itself is fine too", async () => {
    const target = join(dir, "ended.json");
    await writeFileAtomic(target, async (out) => {
      out.end("[]");
    });
    expect(readFileSync(target, "utf8")).toBe("[]");
  });

  it.each([
    ["ENOSPC", "на диске нет места (ENOSPC)"],
    ["EFBIG", "превышен допустимый размер файла (EFBIG)"],
    ["EACCES", "нет прав на запись"],
  ])(
    "a failure (%s) half-way leaves the previous file as it was, removes the temporary file, and says so",
    async (code, reason) => {
      const target = join(dir, "report.xlsx");
      writeFileSync(target, "previous workbook");
      const failing = writeFileAtomic(target, async (out) => {
        out.write("half of the new");
        throw errnoError(code);
      });
      await expect(failing).rejects.toThrow(CliError);
      await expect(failing).rejects.toThrow(`Файл ${target} не изменён: ${reason}`);
      expect(readFileSync(target, "utf8")).toBe("previous workbook");
      expect(files()).toEqual(["report.xlsx"]);
    }
  );

  it("a stream that fails while its writer is busy (a full disk) ends in the same message, and in no unhandled rejection", async () => {
    const target = join(dir, "report.xlsx");
    writeFileSync(target, "previous workbook");
    const unhandled: unknown[] = [];
    const listener = (e: unknown) => void unhandled.push(e);
    process.on("unhandledRejection", listener);
    const failing = writeFileAtomic(target, async (out) => {
      out.destroy(errnoError("ENOSPC"));
      await new Promise((r) => setTimeout(r, 20));
    });
    await expect(failing).rejects.toThrow(
      `Файл ${target} не изменён: на диске нет места (ENOSPC).`
    );
    await new Promise((r) => setTimeout(r, 20));
    process.off("unhandledRejection", listener);
    // The command line turns an unhandled rejection into «Внутренняя ошибка» and exit 2.
    expect(unhandled).toEqual([]);
    expect(readFileSync(target, "utf8")).toBe("previous workbook");
    expect(files()).toEqual(["report.xlsx"]);
  });

  it("a failure on a new file creates nothing and says «не создан»", async () => {
    const target = join(dir, "new.xlsx");
    await expect(
      writeFileAtomic(target, async () => Promise.reject(errnoError("ENOSPC")))
    ).rejects.toThrow(`Файл ${target} не создан: на диске нет места (ENOSPC).`);
    expect(files()).toEqual([]);
  });

  it("a path through a file (not a folder): a Russian reason, nothing written", async () => {
    writeFileSync(join(dir, "plain.txt"), "x");
    await expect(writeFileAtomic(join(dir, "plain.txt", "a.json"), "{}")).rejects.toThrow(
      "не удалось создать файл блокировки"
    );
    await expect(writeFileAtomic(join(dir, "plain.txt", "a.json"), "{}")).rejects.toThrow(
      /часть пути — не папка(, а файл)? \((ENOTDIR|EEXIST)\)\./
    );
    expect(files()).toEqual(["plain.txt"]);
  });

  it("refuses a folder in the target's place", async () => {
    mkdirSync(join(dir, "x.xlsx"));
    await expect(writeFileAtomic(join(dir, "x.xlsx"), "a")).rejects.toThrow(
      "по этому пути находится папка"
    );
  });

  it("keeps the previous file's permissions", async () => {
    const target = join(dir, "mode.json");
    writeFileSync(target, "old");
    chmodSync(target, 0o640);
    await writeFileAtomic(target, "new");
    expect(statSync(target).mode & 0o777).toBe(0o640);
  });

  it("removes temporary files a killed run left for this target, and no other", async () => {
    const target = join(dir, "out.xlsx");
    const leftover = tempPathFor(target);
    const other = tempPathFor(join(dir, "out.xlsx.bak"));
    writeFileSync(leftover, "partial");
    writeFileSync(other, "another target's");
    await writeFileAtomic(target, "complete");
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(other)).toBe(true);
  });

  it("recognises only its own temporary names", () => {
    expect(isTempOf(".a.xlsx.123-0a1b2c3d.pedmonitor-tmp", "a.xlsx")).toBe(true);
    expect(isTempOf(".a.xlsx.bak.123-0a1b2c3d.pedmonitor-tmp", "a.xlsx")).toBe(false);
    expect(isTempOf("a.xlsx", "a.xlsx")).toBe(false);
  });
});

describe("one run per output", () => {
  it("refuses while a live process holds the lock, naming it, and leaves the file", async () => {
    const target = join(dir, "busy.xlsx");
    writeFileSync(target, "previous");
    writeFileSync(lockPathOf(target), `${process.ppid}\n${hostname()}\n2026-12-05T10:00:00.000Z\n`);
    const refused = writeFileAtomic(target, "new");
    await expect(refused).rejects.toThrow(
      `сейчас записывает другой запуск ПедМонитора (процесс ${process.ppid}`
    );
    await expect(refused).rejects.toThrow("Файл не изменён");
    expect(readFileSync(target, "utf8")).toBe("previous");
  });

  it("takes over a lock whose process is gone (SIGKILL, power cut) and removes it afterwards", async () => {
    const target = join(dir, "stale.xlsx");
    writeFileSync(lockPathOf(target), `${deadPid()}\n${hostname()}\n2026-12-05T10:00:00.000Z\n`);
    await writeFileAtomic(target, "new");
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(existsSync(lockPathOf(target))).toBe(false);
  });

  it("is re-entrant within a run: the lock taken for the whole run covers its own write", async () => {
    const target = join(dir, "held.xlsx");
    lockOutput(target);
    expect(readFileSync(lockPathOf(target), "utf8").split("\n")[0]).toBe(String(process.pid));
    await writeFileAtomic(target, "written under the run's lock");
    expect(existsSync(lockPathOf(target))).toBe(true);
    releaseOutput(target);
    expect(existsSync(lockPathOf(target))).toBe(false);
  });
});

describe("an output given as a symlink", () => {
  it("replaces the real workbook, keeps the link a link, and locks by the real file", async () => {
    const { lstatSync, symlinkSync } = await import("node:fs");
    const real = join(dir, "her.xlsx");
    const alias = join(dir, "alias.xlsx");
    writeFileSync(real, "old");
    symlinkSync(real, alias);
    await writeFileAtomic(alias, "new");
    expect(lstatSync(alias).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, "utf8")).toBe("new");
    expect(lockPathOf(alias)).toBe(lockPathOf(real));
    lockOutput(real);
    try {
      // Another process writing through the alias is refused: one lock file for both names.
      expect(existsSync(lockPathOf(alias))).toBe(true);
    } finally {
      releaseOutput(real);
    }
    expect(files()).toEqual(["alias.xlsx", "her.xlsx"]);
  });

  it("a new file through a symlinked folder is locked by its real folder", () => {
    const { symlinkSync } = require("node:fs") as typeof import("node:fs");
    mkdirSync(join(dir, "realdir"));
    symlinkSync(join(dir, "realdir"), join(dir, "linkdir"));
    expect(lockPathOf(join(dir, "linkdir", "new.xlsx"))).toBe(
      join(dir, "realdir", ".new.xlsx.pedmonitor-lock")
    );
  });
});

describe("a lock that cannot be created", () => {
  it("names the reason in Russian and says «не создан» for a file that does not exist", () => {
    const run = () => lockOutput("/proc/pedmonitor-nowhere.xlsx");
    expect(run).toThrow(CliError);
    expect(run).toThrow(
      "Файл /proc/pedmonitor-nowhere.xlsx не создан: не удалось создать файл блокировки /proc/.pedmonitor-nowhere.xlsx.pedmonitor-lock: по этому пути нельзя создать файл (ENOENT)."
    );
  });
});
