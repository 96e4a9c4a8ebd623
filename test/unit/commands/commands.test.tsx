/**
 * @jest-environment jsdom
 */
// office-addin-mock for what it does well: a few Office.js calls and objects, no Excel model.
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../../src/adapters/officejs/office-workbook";
import { runCommand } from "../../../src/commands/run-command";
import { showTaskpane } from "../../../src/commands/show-pane";
import {
  lastStatus,
  onStatus,
  takeStepRequest,
  type CommandStatus,
} from "../../../src/commands/status";
import { App } from "../../../src/taskpane/App";
import type { TaskpaneActions } from "../../../src/taskpane/actions";
import type { WorkbookPort } from "../../../src/port/workbook-port";
import { renderPane } from "../taskpane/render";

type Handler = (event: { completed: () => void }) => Promise<void>;

/** How many times the ribbon opened the task pane. */
const opened = { count: 0 };

function mockOffice() {
  const handlers = new Map<string, Handler>();
  const data = {
    actions: {
      associate(name: string, handler: Handler) {
        handlers.set(name, handler);
      },
    },
    addin: {
      showAsTaskpane: async () => {
        opened.count++;
      },
    },
    context: {
      requirements: { isSetSupported: (set: string) => set === "SharedRuntime" },
    },
    onReady: async () => ({ host: "Excel" }),
  };
  return { office: new OfficeMockObject(data), handlers };
}

describe("ribbon commands", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  let handlers: Map<string, Handler>;

  beforeAll(() => {
    const mock = mockOffice();
    handlers = mock.handlers;
    globals.Office = mock.office;
    jest.isolateModules(() => require("../../../src/commands/commands"));
  });
  afterAll(() => {
    delete globals.Office;
  });

  it("associates every ribbon function", () => {
    expect([...handlers.keys()].sort()).toEqual([
      "buildReport",
      "clearValidationMarks",
      "makeMunicipalityTemplate",
      "makeSchoolTemplate",
      "validateWorkbook",
    ]);
  });

  beforeEach(() => {
    opened.count = 0;
  });

  it("opens the pane on the button's step, which runs there (nothing run in the command)", async () => {
    const completed = jest.fn();
    await handlers.get("validateWorkbook")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(opened.count).toBe(1);
    expect(lastStatus()).toBeNull();
    const validate = jest.fn(() => new Promise<never>(() => undefined));
    renderPane(<App actions={{ validate } as unknown as TaskpaneActions} />);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(document.querySelector("h2")?.textContent).toBe("Проверка");
    expect(takeStepRequest()).toBeNull(); // taken once
  });

  it("«Сводка и рекомендации» opens the report step and runs it, even over the school's steps", async () => {
    const completed = jest.fn();
    await handlers.get("buildReport")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(opened.count).toBe(1);
    const report = jest.fn(() => new Promise<never>(() => undefined));
    renderPane(<App actions={{ report } as unknown as TaskpaneActions} />);
    expect(report).toHaveBeenCalledTimes(1);
    expect(document.querySelector("h2")?.textContent).toBe("Сводка и рекомендации");
  });

  it("without a pane, runs the step here, reports a failure and completes", async () => {
    const statuses: CommandStatus[] = [];
    const stop = onStatus((s) => statuses.push(s));
    const completed = jest.fn();
    const step = async () => {
      throw new Error("no Excel");
    };
    await runCommand(
      { completed } as unknown as Office.AddinCommands.Event,
      step,
      {} as WorkbookPort,
      async () => false,
      { part: "check" }
    );
    stop();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(statuses.map((s) => s.kind)).toEqual(["error"]);
    expect(statuses[0].text).toMatch(/^Не удалось выполнить команду: no Excel/);
    expect(takeStepRequest()).toBeNull();
  });

  it("leaves the pane as it is after a step that succeeds", async () => {
    const completed = jest.fn();
    const step = async () => ({ kind: "success" as const, text: "Созданы листы: Педагоги." });
    await runCommand(
      { completed } as unknown as Office.AddinCommands.Event,
      step,
      {} as WorkbookPort
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(opened.count).toBe(0);
    expect(lastStatus()?.text).toBe("Созданы листы: Педагоги.");
  });
});

describe("showTaskpane", () => {
  const globals = globalThis as unknown as Record<string, unknown>;
  afterEach(() => {
    delete globals.Office;
  });

  it("opens the pane only where SharedRuntime 1.1 is reported and showAsTaskpane exists", async () => {
    const show = jest.fn(async () => undefined);
    globals.Office = {
      addin: { showAsTaskpane: show },
      context: { requirements: { isSetSupported: () => true } },
    };
    await expect(showTaskpane()).resolves.toBe(true);
    expect(show).toHaveBeenCalledTimes(1);

    globals.Office = {
      addin: { showAsTaskpane: show },
      context: { requirements: { isSetSupported: () => false } },
    };
    await expect(showTaskpane()).resolves.toBe(false);
    // The host reports the set but the loaded office.js has no Office.addin: no TypeError.
    globals.Office = { context: { requirements: { isSetSupported: () => true } } };
    await expect(showTaskpane()).resolves.toBe(false);
    globals.Office = { addin: {}, context: { requirements: { isSetSupported: () => true } } };
    await expect(showTaskpane()).resolves.toBe(false);
    expect(show).toHaveBeenCalledTimes(1);
  });

  it("keeps the message when the pane cannot be opened, and still completes the command", async () => {
    globals.Office = {
      addin: { showAsTaskpane: async () => Promise.reject(new Error("no pane")) },
      context: { requirements: { isSetSupported: () => true } },
    };
    const completed = jest.fn();
    const step = async () => ({ kind: "info" as const, text: "В книге уже есть листы: Педагоги." });
    await runCommand(
      { completed } as unknown as Office.AddinCommands.Event,
      step,
      {} as WorkbookPort
    );
    expect(completed).toHaveBeenCalledTimes(1);
    expect(lastStatus()?.text).toBe("В книге уже есть листы: Педагоги.");
  });
});

describe("OfficeWorkbook.selectCell through Excel.run", () => {
  it("activates the sheet and selects the cell", async () => {
    const calls: string[] = [];
    const excel = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              calls.push(`getItem ${name}`);
              return {
                activate: () => calls.push("activate"),
                getRangeByIndexes: (r: number, c: number, rows: number, cols: number) => {
                  calls.push(`range ${r},${c},${rows},${cols}`);
                  return { select: () => calls.push("select") };
                },
              };
            },
          },
        },
        sync: async () => calls.push("sync"),
      },
      run: async function (
        this: { context: unknown },
        batch: (context: unknown) => Promise<unknown>
      ) {
        return batch(this.context);
      },
    });
    (globalThis as unknown as Record<string, unknown>).Excel = excel;
    try {
      await new OfficeWorkbook().selectCell("Педагоги", 4, 2);
    } finally {
      delete (globalThis as unknown as Record<string, unknown>).Excel;
    }
    expect(calls).toEqual(["getItem Педагоги", "activate", "range 4,2,1,1", "select", "sync"]);
  });
});
