import { COMMANDS, type Command } from "../../../src/cli/commands";
import { internalErrorText } from "../../../src/cli/internal-error";
import { CliError, type Io } from "../../../src/cli/io";
import { guardReads } from "../../../src/cli/read-guard";
import { run } from "../../../src/cli/run";
import type { WorkbookPort } from "../../../src/port/workbook-port";

const STACK_LINE = /^\s+at /m;

function captureIo(): Io & { text: () => string } {
  const lines: string[] = [];
  return { out: (t) => lines.push(t), err: (t) => lines.push(t), text: () => lines.join("\n") };
}

describe("an unexpected error reaches the person as one Russian line", () => {
  const boom: Command = {
    summary: "boom",
    help: "boom",
    args: { options: {}, minPositionals: 0, maxPositionals: 0 },
    run: () => Promise.reject(new RangeError("Maximum call stack size exceeded")),
  };
  const commands = COMMANDS as Record<string, Command>;
  beforeAll(() => {
    commands.boom = boom;
  });
  afterAll(() => {
    delete commands.boom;
  });

  it("without a stack trace, exit 2", async () => {
    const io = captureIo();
    expect(await run(["boom"], io)).toBe(2);
    expect(io.text()).toContain(
      "Внутренняя ошибка ПедМонитора: RangeError: Maximum call stack size exceeded"
    );
    expect(io.text()).toContain("Сообщите разработчикам");
    expect(io.text()).not.toMatch(STACK_LINE);
  });

  it("with the stack only when PEDMONITOR_DEBUG=1", () => {
    const e = new Error("x");
    expect(internalErrorText(e, true)).toMatch(STACK_LINE);
    expect(internalErrorText(e, false)).not.toMatch(STACK_LINE);
    expect(internalErrorText("plain", false)).toContain("Внутренняя ошибка ПедМонитора: plain");
  });

  it("keeps one line of a long multi-line message", () => {
    const text = internalErrorText(
      new Error(`first\n    at secret (x.js:1:1)\n${"y".repeat(1000)}`),
      false
    );
    expect(text).not.toMatch(STACK_LINE);
    expect(text.length).toBeLessThan(600);
  });
});

describe("guardReads", () => {
  const failing: WorkbookPort = {
    sheetNames: async () => ["Педагоги"],
    readSheet: async () => {
      throw new Error("zip: распакованные данные слишком велики");
    },
    writeSheet: async () => undefined,
    appendRows: async () => undefined,
    deleteSheet: async () => undefined,
    markCells: async () => [],
    clearMarks: async () => undefined,
  };

  it("turns a reader's error into a CliError naming the file", async () => {
    const read = guardReads(failing, "школы/bomb.xlsx").readSheet("Педагоги");
    await expect(read).rejects.toThrow(CliError);
    await expect(read).rejects.toThrow(
      "Файл школы/bomb.xlsx повреждён или не является книгой Excel (.xlsx): zip: распакованные данные слишком велики"
    );
  });

  it("passes what reads well through unchanged", async () => {
    expect(await guardReads(failing, "a.xlsx").sheetNames()).toEqual(["Педагоги"]);
  });
});
