/**
 * Where the pane's state is kept: the document's own add-in settings (Office Common API,
 * requirement set "Settings" 1.1: `Office.context.document.settings`), so it lives as long as
 * the workbook and travels with it. Detected before use; without it the state lives in memory
 * for this pane session only.
 */
export interface SettingsStore {
  /** true: kept in the workbook; false: memory only. */
  readonly persistent: boolean;
  read(): unknown;
  /** Saves in the background; a failure leaves the in-memory copy and is not fatal. */
  write(value: unknown): void;
}

export const SETTINGS_KEY = "pedmonitor.pane";

interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string }) => void): void;
}

/** The document's settings, if this host has them (the set and the members themselves). */
export function documentSettings(): SettingsLike | null {
  if (typeof Office === "undefined") return null;
  const requirements = Office.context?.requirements;
  if (requirements && !requirements.isSetSupported("Settings", "1.1")) return null;
  const settings = Office.context?.document?.settings as unknown as SettingsLike | undefined;
  if (!settings) return null;
  const members = ["get", "set", "remove", "saveAsync"] as const;
  return members.every((m) => typeof settings[m] === "function") ? settings : null;
}

export function settingsStore(settings: SettingsLike | null = documentSettings()): SettingsStore {
  if (settings === null) return memoryStore();
  return {
    persistent: true,
    read: () => settings.get(SETTINGS_KEY) ?? null,
    write: (value) => {
      settings.set(SETTINGS_KEY, value);
      settings.saveAsync();
    },
  };
}

export function memoryStore(initial: unknown = null): SettingsStore {
  let value = initial;
  return {
    persistent: false,
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}
