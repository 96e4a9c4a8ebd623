/**
 * The pane's state kept in the workbook (issue 15, point 3): what a reopened pane finds, what
 * is marked stale when the workbook changes, what a new profile clears, what is never kept.
 */
import { FakeSettings, memoryBacking } from "../../fakes/office";
import { PaneStore } from "../../../src/taskpane/state/pane-store";
import { MAX_RESULT_CHARS } from "../../../src/taskpane/state/saved";
import {
  SETTINGS_KEY,
  documentSettings,
  settingsStore,
} from "../../../src/taskpane/state/settings-store";
import type { EarlierPeriod } from "../../../src/core/cycle";
import { keepOf } from "../../../src/taskpane/state/keep";

function pane(backing = memoryBacking(), fingerprint?: () => Promise<string>) {
  const settings = new FakeSettings(backing);
  return { store: new PaneStore(settingsStore(settings), fingerprint), settings, backing };
}

const ok =
  <T>(value: T) =>
  () =>
    Promise.resolve(value);

describe("the pane's store", () => {
  it("brings back role, step, profile and a step's result in a reopened pane", async () => {
    const { store, backing } = pane();
    store.chooseRole("school");
    store.markSeen("school");
    store.open("check");
    store.setProfile("004", []);
    await store.run("check", ok({ issues: [], errorCount: 0 }), keepOf("check"));
    const again = pane(backing).store;
    expect(again.role).toBe("school");
    expect(again.seen("school")).toBe(true);
    expect(again.seen("municipality")).toBe(false);
    expect(again.part("school")).toBe("check");
    expect(again.profileId("full")).toBe("004");
    expect(again.job("check")).toEqual({ kind: "done", result: { issues: [], errorCount: 0 } });
    expect(again.jobMeta("check")).toMatchObject({ restored: true, stale: false });
  });

  it("writes the settings only when something changed", () => {
    const { store, settings } = pane();
    store.chooseRole("municipality");
    store.open("report");
    const saves = settings.saves;
    store.chooseRole("municipality");
    store.open("report");
    expect(settings.saves).toBe(saves);
    store.open("measures");
    expect(settings.saves).toBe(saves + 1);
  });

  it("keeps only what was saved: unsaved settings do not reach the document", () => {
    const backing = memoryBacking();
    const settings = new FakeSettings(backing);
    settings.set("x", 1);
    expect(new FakeSettings(backing).get("x")).toBeNull();
    settings.saveAsync();
    expect(new FakeSettings(backing).get("x")).toBe(1);
  });

  it("never keeps collected files or feedback in the workbook, only in memory", async () => {
    const { store, backing } = pane();
    await store.run("collect", ok({ schools: ["big"] }), keepOf("collect"));
    await store.run("feedback", ok({ files: ["a"] }), keepOf("feedback"));
    expect(store.job("collect").kind).toBe("done");
    expect(backing.text).not.toContain("big");
    expect(pane(backing).store.job("collect").kind).toBe("idle");
  });

  it("trims the check's messages to what the screen lists, and drops a result still too big", async () => {
    const { store, backing } = pane();
    const issues = Array.from({ length: 5000 }, (_, i) => ({ row: i, detail: "x".repeat(40) }));
    await store.run("check", ok({ issues, errorCount: 5000 }), keepOf("check"));
    const kept = pane(backing).store.job<{ issues: unknown[]; errorCount: number }>("check");
    expect(kept.kind === "done" && kept.result.issues.length).toBe(100);
    expect(kept.kind === "done" && kept.result.errorCount).toBe(5000);
    await store.run("measures", ok({ text: "y".repeat(MAX_RESULT_CHARS) }), keepOf("measures"));
    expect(pane(backing).store.job("measures").kind).toBe("idle");
    expect(store.job("measures").kind).toBe("done"); // still shown in this session
  });

  it("trims the messages of each school of `Сбор данных`, wherever the summary sits", async () => {
    const { store, backing } = pane();
    const tracker = Array.from({ length: 60 }, (_, i) => ({
      row: { code: `ОО-${i}` },
      issues: Array.from({ length: 50 }, () => ({ detail: "x".repeat(10) })),
    }));
    await store.run("report", ok({ kind: "written", summary: { tracker } }), keepOf("report"));
    const kept = pane(backing).store.job<{ summary: { tracker: { issues: unknown[] }[] } }>(
      "report"
    );
    expect(kept.kind).toBe("done");
    if (kept.kind === "done") {
      expect(kept.result.summary.tracker).toHaveLength(60);
      expect(kept.result.summary.tracker[0].issues).toHaveLength(20);
    }
  });

  it("marks results stale when the workbook changed behind them, not after its own steps", async () => {
    let workbook = "A";
    const fingerprint = () => Promise.resolve(workbook);
    const { store, backing } = pane(memoryBacking(), fingerprint);
    await store.run("check", ok({ n: 1 }), keepOf("check"));
    await store.run("collect", ok({ n: 1 }), keepOf("collect"));
    // The pane's own step writes: no stale marks.
    await store.run(
      "measures",
      async () => {
        workbook = "B";
        return { n: 2 };
      },
      keepOf("measures")
    );
    await store.checkWorkbook();
    expect(store.jobMeta("check").stale).toBe(false);
    workbook = "C"; // the person edits
    await store.checkWorkbook();
    expect(store.jobMeta("check").stale).toBe(true);
    expect(store.jobMeta("measures").stale).toBe(true);
    expect(store.jobMeta("collect").stale).toBe(false); // about files, not the workbook
    // Reopened: still stale; edited while the pane was closed: stale too.
    expect(pane(backing, fingerprint).store.jobMeta("check").stale).toBe(true);
    await store.run("check", ok({ n: 3 }), keepOf("check"));
    expect(store.jobMeta("check").stale).toBe(false);
    const reopened = pane(backing, fingerprint).store;
    workbook = "D";
    await reopened.checkWorkbook();
    expect(reopened.jobMeta("check").stale).toBe(true);
  });

  it("does not take the pane's own writes in progress for someone else's change", async () => {
    let workbook = "A";
    const { store } = pane(memoryBacking(), () => Promise.resolve(workbook));
    await store.run("check", ok({ n: 1 }), keepOf("check"));
    let finish!: () => void;
    const writing = store.run(
      "report",
      () =>
        new Promise((resolve) => {
          workbook = "half-written";
          finish = () => resolve({ n: 2 });
        }),
      keepOf("report")
    );
    await new Promise((r) => setTimeout(r, 0));
    await store.checkWorkbook(); // the person switches steps meanwhile
    expect(store.jobMeta("check").stale).toBe(false);
    workbook = "B";
    finish();
    await writing;
    await store.checkWorkbook();
    expect(store.jobMeta("check").stale).toBe(false);
  });

  it("clears the indicators when the profile changes", async () => {
    const { store, backing } = pane();
    await store.run("indicators", ok({ rows: [1] }), keepOf("indicators"));
    store.setProfile("001", ["indicators"]);
    expect(store.job("indicators").kind).toBe("idle");
    expect(pane(backing).store.job("indicators").kind).toBe("idle");
  });

  it("keeps the earlier periods of the workbook's own data across a reopening; of files in memory", () => {
    const earlier: EarlierPeriod[] = [
      {
        source: "2023.xlsx",
        period: { start: 45000, end: 45300 },
        schoolCodes: ["ОО-01"],
        values: new Map([["DIAG|ОО-01", 0.5]]),
      },
    ];
    const { store, backing } = pane();
    store.rememberEarlier(null, earlier);
    const again = pane(backing).store.rememberedEarlier(null);
    expect(again).toHaveLength(1);
    expect(again[0].values.get("DIAG|ОО-01")).toBe(0.5);
    const files = { schools: [] };
    store.rememberEarlier(files, earlier);
    expect(store.rememberedEarlier(files)).toHaveLength(1);
    expect(store.rememberedEarlier({ schools: [] })).toEqual([]);
    expect(pane(backing).store.rememberedEarlier(null)).toEqual([]);
  });

  it("cancels a job at work and reports it through the progress it handed out", async () => {
    const { store } = pane();
    let seen = false;
    const running = store.run(
      "collect",
      async (progress) => {
        await new Promise((r) => setTimeout(r, 5));
        seen = progress.cancelled;
        return {};
      },
      false
    );
    store.cancel("collect");
    await running;
    expect(seen).toBe(true);
  });
});

describe("document settings", () => {
  const g = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete g.Office);

  it("are used only where the host has the Settings requirement set and the object", () => {
    const settings = new FakeSettings();
    g.Office = {
      context: { requirements: { isSetSupported: () => false }, document: { settings } },
    };
    expect(documentSettings()).toBeNull();
    g.Office = {
      context: { requirements: { isSetSupported: () => true }, document: { settings } },
    };
    expect(documentSettings()).toBe(settings);
    g.Office = { context: { requirements: { isSetSupported: () => true }, document: {} } };
    expect(documentSettings()).toBeNull();
    expect(settingsStore(null).persistent).toBe(false);
  });

  it("are stored under one key, as JSON", () => {
    const settings = new FakeSettings();
    settingsStore(settings).write({ v: 1 });
    expect(settings.get(SETTINGS_KEY)).toEqual({ v: 1 });
  });
});
