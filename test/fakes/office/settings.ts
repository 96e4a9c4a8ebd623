/**
 * `Office.context.document.settings` (Common API, requirement set "Settings" 1.1) as a fake:
 * get/set/remove work on an in-memory copy, as in Office; saveAsync writes that copy to the
 * backing store, the document itself. A pane reloaded over the same backing store (in the
 * browser tests: the page's sessionStorage) sees what was saved, and only that.
 */
export interface SettingsBacking {
  load(): string | null;
  save(text: string): void;
}

export function memoryBacking(): SettingsBacking & { text: string | null } {
  const backing = {
    text: null as string | null,
    load: () => backing.text,
    save: (text: string) => {
      backing.text = text;
    },
  };
  return backing;
}

export class FakeSettings {
  private values: Record<string, unknown>;
  /** saveAsync calls so far. */
  saves = 0;

  constructor(private readonly backing: SettingsBacking = memoryBacking()) {
    const text = backing.load();
    this.values = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  }

  get(name: string): unknown {
    return name in this.values ? structuredClone(this.values[name]) : null;
  }

  set(name: string, value: unknown): void {
    // Office keeps JSON: what does not survive JSON does not survive the document.
    this.values[name] = JSON.parse(JSON.stringify(value ?? null));
  }

  remove(name: string): void {
    delete this.values[name];
  }

  saveAsync(
    options?: unknown,
    callback?: (result: { status: "succeeded" | "failed" }) => void
  ): void {
    const done = typeof options === "function" ? options : callback;
    this.saves++;
    this.backing.save(JSON.stringify(this.values));
    setTimeout(() => (done as typeof callback)?.({ status: "succeeded" }), 0);
  }

  addHandlerAsync(): void {}
  removeHandlerAsync(): void {}
  refreshAsync(callback?: (result: { status: string; value: FakeSettings }) => void): void {
    setTimeout(() => callback?.({ status: "succeeded", value: this }), 0);
  }
}
