/** Feedback delivery with the Office fake: download, open in Excel (createWorkbook), or neither. */
import { ExcelJsWorkbook } from "../../../src/adapters/exceljs/exceljs-workbook";
import { bundle, type SavedFile } from "../../../src/taskpane/steps/feedback";
import {
  base64Of,
  deliverFeedback,
  officeFeedbackHost,
  openInExcel,
  type FeedbackHost,
} from "../../../src/taskpane/steps/feedback-delivery";
import { FakeExcel } from "../../fakes/office";

async function schoolFile(code: string): Promise<SavedFile> {
  const book = ExcelJsWorkbook.create();
  await book.writeSheet({ name: "Показатели", cells: [["ОО", code]] });
  return { name: `Обратная связь ${code}.xlsx`, bytes: await book.toBuffer() };
}

describe("feedback files reach the person on every platform", () => {
  it("on Excel for Mac: nothing is downloaded; each school's workbook opens in Excel", async () => {
    const excel = new FakeExcel();
    const host: FeedbackHost = { platform: "Mac", createWorkbook: excel.createWorkbook };
    const files = [await schoolFile("ОО-01"), await schoolFile("ОО-02")];
    const download = jest.fn();
    const outcome = await deliverFeedback(files, host, bundle, download);
    expect(outcome).toEqual({
      files: files.map((f) => f.name),
      delivery: "open",
      offered: null,
      canOpen: true,
    });
    expect(download).not.toHaveBeenCalled();
    expect(excel.opened).toHaveLength(0); // opened only when she asks, one at a time
    await openInExcel(files[1], host);
    expect(excel.opened).toHaveLength(1);
    const opened = await ExcelJsWorkbook.load(excel.opened[0]);
    expect(await opened.readSheet("Показатели")).toEqual([["ОО", "ОО-02"]]);
  });

  it("on an iPad without ExcelApi 1.8: says that nothing could be saved", async () => {
    const download = jest.fn();
    const host: FeedbackHost = { platform: "iOS", createWorkbook: null };
    const outcome = await deliverFeedback([await schoolFile("ОО-01")], host, bundle, download);
    expect(outcome.delivery).toBe("none");
    expect(download).not.toHaveBeenCalled();
    await expect(openInExcel(await schoolFile("ОО-01"), host)).rejects.toThrow(/не открывает/);
  });

  it.each(["PC", "OfficeOnline", null])(
    "on %s: hands one zip to the download",
    async (platform) => {
      const excel = new FakeExcel();
      const download = jest.fn();
      const host: FeedbackHost = { platform, createWorkbook: excel.createWorkbook };
      const files = [await schoolFile("ОО-01"), await schoolFile("ОО-02")];
      const outcome = await deliverFeedback(files, host, bundle, download);
      expect(outcome).toMatchObject({
        delivery: "download",
        offered: "Обратная связь ОО.zip",
        canOpen: true,
      });
      expect(download).toHaveBeenCalledTimes(1);
      expect(download.mock.calls[0][0].name).toBe("Обратная связь ОО.zip");
    }
  );

  it("detects the platform and Excel.createWorkbook only where ExcelApi 1.8 is supported", () => {
    const g = globalThis as unknown as Record<string, unknown>;
    const excel = new FakeExcel();
    g.Excel = { createWorkbook: excel.createWorkbook };
    try {
      for (const [version, expected] of [
        ["1.8", true],
        ["1.7", false],
      ] as const) {
        g.Office = {
          context: {
            diagnostics: { platform: "Mac" },
            requirements: {
              isSetSupported: (_: string, v: string) =>
                Number(v.slice(2)) <= Number(version.slice(2)),
            },
          },
        };
        const host = officeFeedbackHost();
        expect(host.platform).toBe("Mac");
        expect(host.createWorkbook !== null).toBe(expected);
      }
    } finally {
      delete g.Excel;
      delete g.Office;
    }
  });

  it("encodes files of any size to base64 in slices", () => {
    const bytes = Uint8Array.from({ length: 100_001 }, (_, i) => (i * 7) % 256);
    expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
