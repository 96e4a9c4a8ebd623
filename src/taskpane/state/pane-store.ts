/**
 * The pane's state for as long as the workbook lives: where the person is (role, step), and
 * each step's job (idle, at work with its progress, done, failed). Jobs live here, not in the
 * screens, so leaving a step neither loses its result nor hides a job still at work; finished
 * results are written to the document's settings (settings-store.ts) and come back when the
 * pane is reopened, marked stale when the workbook changed meanwhile (fingerprint.ts).
 */
import type { EarlierPeriod } from "../../core/cycle";
import type { Progress } from "../../port/workbook-port";
import { describeError, type Failure } from "../failure";
import { fromSavedEarlier, toSavedEarlier } from "./earlier";
import { EMPTY, MAX_STATE_CHARS, parseSaved, storable, type Saved } from "./saved";
import type { SettingsStore } from "./settings-store";
import { placeOf, STEPS, type PartId, type Role } from "./steps";

export interface ProgressView {
  done: number;
  total: number;
  label: string;
}

export type Job<T> =
  | { kind: "idle" }
  | { kind: "working"; progress: ProgressView | null; cancelling: boolean }
  | { kind: "done"; result: T }
  | { kind: "error"; failure: Failure };

/** How a job's result is kept in the workbook: trimmed by `compact`, or never (memory only). */
export type Keep = false | { compact?: (result: unknown) => unknown };

export interface JobMeta {
  /** The workbook changed after this result. */
  stale: boolean;
  /** Brought back from the workbook's settings when the pane opened. */
  restored: boolean;
  at: string | null;
}

type Listener = () => void;
export type Settled = (key: string, job: Job<unknown>) => void;

/** Results about files, not the open workbook: never stale because the workbook changed. */
const NOT_OF_WORKBOOK = new Set(["collect"]);

export class PaneStore {
  private saved: Saved;
  private readonly jobs = new Map<string, Job<unknown>>();
  private readonly meta = new Map<string, JobMeta>();
  private readonly cancelled = new Map<string, { value: boolean }>();
  private readonly listeners = new Set<Listener>();
  private readonly settled = new Set<Settled>();
  private readonly settling = new Set<() => void>();
  private earlierInMemory: { sources: unknown; earlier: readonly EarlierPeriod[] } | null = null;
  private version = 0;

  constructor(
    private readonly settings: SettingsStore,
    /** The workbook's fingerprint; undefined: changes are not watched. */
    private readonly fingerprint?: () => Promise<string>
  ) {
    this.saved = parseSaved(settings.read());
    for (const [key, r] of Object.entries(this.saved.results)) {
      this.jobs.set(key, { kind: "done", result: r.result });
      this.meta.set(key, { stale: r.stale, restored: true, at: r.at || null });
    }
  }

  get persistent(): boolean {
    return this.settings.persistent;
  }

  // --- subscription (React's useSyncExternalStore) ---
  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  snapshot = (): number => this.version;
  /** Just before a job's end is published (the page still shows the old state). */
  onSettling(listener: () => void): () => void {
    this.settling.add(listener);
    return () => this.settling.delete(listener);
  }
  onSettled(listener: Settled): () => void {
    this.settled.add(listener);
    return () => this.settled.delete(listener);
  }
  private changed(save = true): void {
    this.version++;
    if (save) this.save();
    for (const l of [...this.listeners]) l();
  }

  private save(): void {
    const text = JSON.stringify(this.saved);
    if (text.length <= MAX_STATE_CHARS) {
      this.settings.write(this.saved);
      return;
    }
    // Too much: results go first (the places and choices are what matters on reopening).
    this.settings.write({ ...this.saved, results: {} });
  }

  // --- where the person is ---
  get role(): Role | null {
    return this.saved.role;
  }
  part(role: Role): PartId {
    return this.saved.parts[role] ?? STEPS[role][0].parts[0].id;
  }
  seen(role: Role): boolean {
    return this.saved.seen.includes(role);
  }
  chooseRole(role: Role): void {
    if (this.saved.role === role) return;
    this.saved = { ...this.saved, role };
    this.changed();
  }
  markSeen(role: Role): void {
    if (this.seen(role)) return;
    this.saved = { ...this.saved, seen: [...this.saved.seen, role] };
    this.changed();
  }
  /** Opens a part (and its role). */
  open(id: PartId): void {
    const { role } = placeOf(id);
    if (this.saved.role === role && this.saved.parts[role] === id) return;
    this.saved = { ...this.saved, role, parts: { ...this.saved.parts, [role]: id } };
    this.changed();
  }
  profileId(fallback: string): string {
    return this.saved.profileId ?? fallback;
  }
  setProfile(id: string, clears: readonly string[]): void {
    this.saved = { ...this.saved, profileId: id };
    for (const key of clears) this.forget(key);
    this.changed();
  }

  // --- a ribbon button asking a step to run (src/commands) ---
  private pendingRun: { part: PartId; action: string } | null = null;
  requestRun(part: PartId, action = "run"): void {
    this.pendingRun = { part, action };
    this.changed(false);
  }
  /** The action asked of this part, once. */
  takeRun(part: PartId): string | null {
    if (this.pendingRun?.part !== part) return null;
    const { action } = this.pendingRun;
    this.pendingRun = null;
    return action;
  }

  // --- jobs ---
  job<T>(key: string): Job<T> {
    return (this.jobs.get(key) ?? { kind: "idle" }) as Job<T>;
  }
  jobMeta(key: string): JobMeta {
    return this.meta.get(key) ?? { stale: false, restored: false, at: null };
  }
  private setJob(key: string, job: Job<unknown>, save = false): void {
    this.jobs.set(key, job);
    this.changed(save);
  }
  private forget(key: string): void {
    this.jobs.delete(key);
    this.meta.delete(key);
    if (key in this.saved.results) {
      const results = { ...this.saved.results };
      delete results[key];
      this.saved = { ...this.saved, results };
    }
  }
  reset(key: string): void {
    this.forget(key);
    this.changed();
  }

  busy(key: string): boolean {
    return this.job(key).kind === "working";
  }

  async run<T>(key: string, work: (progress: Progress) => Promise<T>, keep: Keep): Promise<void> {
    if (this.busy(key)) return;
    const flag = { value: false };
    this.cancelled.set(key, flag);
    this.setJob(key, { kind: "working", progress: null, cancelling: false });
    // Someone else's change before this step's own writes would be absorbed by them.
    if (this.fingerprint) await this.checkWorkbook(key);
    const progress: Progress = {
      report: (done, total, label) => {
        const j = this.job(key);
        if (j.kind === "working") this.setJob(key, { ...j, progress: { done, total, label } });
      },
      get cancelled() {
        return flag.value;
      },
    };
    let outcome: Job<unknown>;
    try {
      outcome = { kind: "done", result: await work(progress) };
    } catch (error) {
      outcome = { kind: "error", failure: describeError(error) };
    }
    for (const l of [...this.settling]) l();
    this.forget(key);
    this.jobs.set(key, outcome);
    const at = new Date().toISOString();
    this.meta.set(key, { stale: false, restored: false, at });
    if (outcome.kind === "done" && keep !== false) {
      const result = storable(outcome.result, keep.compact);
      if (result !== null) {
        this.saved = {
          ...this.saved,
          results: { ...this.saved.results, [key]: { result, stale: false, at } },
        };
      }
    }
    await this.afterWork();
    this.changed();
    for (const l of [...this.settled]) l(key, outcome);
  }

  cancel(key: string): void {
    const flag = this.cancelled.get(key);
    const j = this.job(key);
    if (!flag || j.kind !== "working") return;
    flag.value = true;
    this.setJob(key, { ...j, cancelling: true });
  }

  /** Keys of the jobs at work. */
  working(): string[] {
    return [...this.jobs].filter(([, j]) => j.kind === "working").map(([k]) => k);
  }

  // --- the workbook changing under the results ---
  /**
   * Compares the workbook with the fingerprint taken after the pane's own last step; any
   * difference is someone else's change: every result about the workbook becomes stale.
   * Not while a step (other than `starting`) is at work: its own writes are not a change.
   */
  async checkWorkbook(starting?: string): Promise<void> {
    if (this.working().some((key) => key !== starting)) return;
    const now = await this.currentFingerprint();
    if (this.working().some((key) => key !== starting)) return;
    if (now === null) return;
    const before = this.saved.fingerprint;
    if (before === now) return;
    this.saved = { ...this.saved, fingerprint: now };
    if (before !== null) this.markStale();
    this.changed();
  }

  private markStale(): void {
    const results = { ...this.saved.results };
    for (const [key, j] of this.jobs) {
      if (j.kind !== "done" || NOT_OF_WORKBOOK.has(key)) continue;
      this.meta.set(key, { ...this.jobMeta(key), stale: true });
      if (results[key]) results[key] = { ...results[key], stale: true };
    }
    this.saved = { ...this.saved, results };
  }

  /** After the pane's own step: its writes are not a change behind the results' back. */
  private async afterWork(): Promise<void> {
    if (this.working().length > 0) return; // another step is writing: check at its end
    const now = await this.currentFingerprint();
    if (now !== null) this.saved = { ...this.saved, fingerprint: now };
  }

  private async currentFingerprint(): Promise<string | null> {
    if (!this.fingerprint) return null;
    try {
      return await this.fingerprint();
    } catch {
      return null; // e.g. cell edit mode: checked again next time
    }
  }

  // --- the earlier periods chosen on «Эффективность» (src/taskpane/steps/municipal.ts) ---
  /**
   * For collected files (in memory) they are kept in memory with them; for the workbook's own
   * data (sources null) they are kept in the workbook too, so a reopened pane still reports
   * the dynamics.
   */
  rememberEarlier(sources: unknown, earlier: readonly EarlierPeriod[]): void {
    this.earlierInMemory = earlier.length > 0 ? { sources, earlier } : null;
    const kept = sources === null && earlier.length > 0 ? earlier.map(toSavedEarlier) : null;
    this.saved = { ...this.saved, earlier: kept };
    if (JSON.stringify(kept ?? "").length > MAX_STATE_CHARS / 2) {
      this.saved = { ...this.saved, earlier: null };
    }
    this.changed();
  }
  rememberedEarlier(sources: unknown): readonly EarlierPeriod[] {
    if (this.earlierInMemory !== null) {
      return this.earlierInMemory.sources === sources ? this.earlierInMemory.earlier : [];
    }
    if (sources === null && this.saved.earlier !== null) {
      return this.saved.earlier.map(fromSavedEarlier);
    }
    return [];
  }

  /** For tests and for forgetting everything: the state as stored. */
  stored(): Saved {
    return this.saved;
  }
  static empty(): Saved {
    return EMPTY;
  }
}
