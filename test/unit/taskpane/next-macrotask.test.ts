/**
 * The pane's pause before each file is a message to itself, not setTimeout(0): browsers clamp
 * nested timers to 4 ms, 1.6 s of reading 300 school files (bench `pane-read`). With timers
 * frozen, the pauses still end.
 */
import { nextMacrotask, yieldingOpener } from "../../../src/taskpane/steps/collect";

afterEach(() => jest.useRealTimers());

it("ends without a timer firing, still after the current task", async () => {
  jest.useFakeTimers();
  const order: string[] = [];
  const pauses = (async () => {
    for (let i = 0; i < 50; i += 1) await nextMacrotask();
    order.push("paused");
  })();
  await Promise.resolve();
  order.push("same task");
  await pauses;
  expect(order).toEqual(["same task", "paused"]);
  const open = yieldingOpener(async (bytes) => ({ bytes }) as never);
  await expect(open(new Uint8Array([1]))).resolves.toEqual({ bytes: new Uint8Array([1]) });
}, 5000);
