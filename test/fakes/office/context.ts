/**
 * The request context of the fake: commands queue up and take effect at sync(), in order,
 * as in Office.js; every sync is counted with the JSON bytes of the values and number formats
 * it sent and of the values and cell properties it received.
 */
import { FakeOfficeError } from "./state";
import { PATH_BYTES, commandBytes, jsonBytes } from "./request-size";

export { jsonBytes };

export interface SyncRecord {
  /** The request's size: every command and object path, with values and other arguments. */
  requestBytes: number;
  /** values and getCellProperties results received, in UTF-8 JSON bytes. */
  responseBytes: number;
  commands: number;
}

export class Recorder {
  syncs: SyncRecord[] = [];
  /** Thrown by the next sync instead of running it (e.g. InvalidOperationInCellEditMode). */
  failNextSync: string | null = null;
  /** Lets this many syncs through before failNextSync applies (a refusal mid-operation). */
  failAfterSyncs = 0;

  get syncCount(): number {
    return this.syncs.length;
  }

  reset(): void {
    this.syncs = [];
  }

  maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }

  maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
}

interface Command {
  run: () => void;
  bytes: number;
}

export class FakeContextCore {
  private queue: Command[] = [];
  private afterSync: (() => void)[] = [];
  private responseBytes = 0;
  private pathBytes = 0;

  constructor(readonly recorder: Recorder) {}

  /** `payload`: the command's arguments (sized as JSON), or their size in bytes. */
  enqueue(run: () => void, payload?: unknown): void {
    const bytes = typeof payload === "number" ? commandBytes() + payload : commandBytes(payload);
    this.queue.push({ run, bytes });
  }

  /** A proxy object handed out: its object path goes with the next request. */
  objectPath(): void {
    this.pathBytes += PATH_BYTES;
  }

  /** Runs once the current batch has been executed (null-object resolution). */
  onSynced(run: () => void): void {
    this.afterSync.push(run);
  }

  received(bytes: number): void {
    this.responseBytes += bytes;
  }

  async sync(): Promise<void> {
    const commands = this.queue;
    const after = this.afterSync;
    this.queue = [];
    this.afterSync = [];
    this.responseBytes = 0;
    const paths = this.pathBytes;
    this.pathBytes = 0;
    const record: SyncRecord = {
      requestBytes: commands.reduce((sum, c) => sum + c.bytes, paths),
      responseBytes: 0,
      commands: commands.length,
    };
    this.recorder.syncs.push(record);
    await Promise.resolve();
    const failure = this.recorder.failNextSync;
    if (failure && this.recorder.failAfterSyncs > 0) this.recorder.failAfterSyncs--;
    else if (failure) {
      this.recorder.failNextSync = null;
      throw new FakeOfficeError(failure, "refused by the fake");
    }
    for (const command of commands) command.run(); // a failing command stops the batch
    for (const run of after) run();
    record.responseBytes = this.responseBytes;
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
export class FakeObject {
  protected loaded = new Map<string, unknown>();

  constructor(protected readonly core: FakeContextCore) {
    core.objectPath();
  }

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `${this.constructor.name}.${name} read before load+sync`
      );
    }
    return this.loaded.get(name) as T;
  }

  /** What a property is at sync time; subclasses override. */
  protected snapshot(name: string): unknown {
    throw new FakeOfficeError("InvalidArgument", `${this.constructor.name} cannot load ${name}`);
  }

  load(names?: string | string[] | Record<string, unknown>): this {
    const list =
      typeof names === "string"
        ? names.split(",")
        : Array.isArray(names)
          ? names
          : Object.keys(names ?? {});
    const props = list.map((name) => name.trim()).filter(Boolean);
    this.core.enqueue(() => {
      for (const name of props) this.loaded.set(name, this.snapshot(name));
    }, props);
    return this;
  }
}
