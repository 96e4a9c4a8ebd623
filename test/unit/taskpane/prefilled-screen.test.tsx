/** @jest-environment jsdom */
/** «Книги ОО на новый период» on the municipality's «Шаблон» screen. */
import type { MakeTemplateResult } from "../../../src/app/make-template";
import type { PrefilledOutcome } from "../../../src/taskpane/actions";
import { TemplateScreen } from "../../../src/taskpane/screens/TemplateScreen";
import { PREFILLED_ZIP } from "../../../src/taskpane/steps/prefilled";
import { act, byRole, byText, click, deferred, renderPane, settle } from "./render";

function pick(label: string, names: string[]) {
  const input = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
  const files = names.map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n));
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => input.dispatchEvent(new Event("change", { bubbles: true })));
}

const outcome = (delivery: PrefilledOutcome["delivery"]): PrefilledOutcome => ({
  files: ["ОО-1.xlsx", "ОО-2.xlsx"],
  delivery,
  offered: delivery === "download" ? PREFILLED_ZIP : null,
  canOpen: delivery !== "none",
  period: "01.09.2026–31.08.2027",
  lines: ["ОО-1.xlsx: перенесено педагогов — 40", "ОО-2.xlsx: перенесено педагогов — 12"],
});

function screen() {
  const save = deferred<PrefilledOutcome>();
  const open = jest.fn<Promise<void>, [string]>().mockResolvedValue(undefined);
  renderPane(
    <TemplateScreen
      actions={{
        makeTemplate: jest.fn<Promise<MakeTemplateResult>, [string, boolean]>(),
        savePrefilled: save.step,
        openFeedbackFile: open,
      }}
      level="municipality"
    />
  );
  return { save, open };
}

describe("Книги ОО на новый период", () => {
  it("passes last period's files to the step and says what was handed to a download", async () => {
    const { save } = screen();
    pick("Файлы прошлого периода", ["ОО-1.xlsx", "ОО-2.xlsx"]);
    click(byRole("button", "Подготовить книги ОО на новый период"));
    const inputs = save.step.mock.calls[0][0] as { name: string }[];
    expect(inputs.map((i) => i.name)).toEqual(["ОО-1.xlsx", "ОО-2.xlsx"]);
    act(() => save.progress().report(1, 2, "ОО-1.xlsx"));
    byText("1 из 2: ОО-1.xlsx");
    await settle(() => save.resolve(outcome("download")));
    byText(`Передано на скачивание: ${PREFILLED_ZIP}`);
    byText("Период новых книг: 01.09.2026–31.08.2027.");
    byText("ОО-2.xlsx: перенесено педагогов — 12");
  });

  it("where the pane cannot download, opens each school's book in Excel", async () => {
    const { save, open } = screen();
    click(byRole("button", "Подготовить книги ОО на новый период"));
    expect(save.step.mock.calls[0][0]).toEqual([]);
    await settle(() => save.resolve(outcome("open")));
    byText(/Пока ни одна не сохранена/);
    await settle(() => click(byRole("button", /ОО-2\.xlsx/)));
    expect(open).toHaveBeenCalledWith("ОО-2.xlsx");
  });
});
