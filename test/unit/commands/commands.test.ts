/**
 * @jest-environment jsdom
 */
// office-addin-mock for what it does well: a few Office.js calls and objects, no Excel model.
import { OfficeMockObject } from "office-addin-mock";
import { OfficeWorkbook } from "../../../src/adapters/officejs/office-workbook";
import { onStatus, type CommandStatus } from "../../../src/commands/status";

type Handler = (event: { completed: () => void }) => Promise<void>;

function mockOffice() {
  const handlers = new Map<string, Handler>();
  const data = {
    actions: {
      associate(name: string, handler: Handler) {
        handlers.set(name, handler);
      },
    },
    addin: { showAsTaskpane: async () => undefined },
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

  it("calls event.completed and reports the failure when the step fails", async () => {
    const statuses: CommandStatus[] = [];
    const stop = onStatus((s) => statuses.push(s));
    const completed = jest.fn();
    await handlers.get("validateWorkbook")!({ completed }); // no Excel here: the step throws
    stop();
    expect(completed).toHaveBeenCalledTimes(1);
    expect(statuses).toHaveLength(1);
    expect(statuses[0].kind).toBe("error");
    expect(statuses[0].text).toMatch(/^Не удалось выполнить команду/);
  });

  it("calls event.completed after a step that succeeds", async () => {
    const completed = jest.fn();
    await handlers.get("buildReport")!({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
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
