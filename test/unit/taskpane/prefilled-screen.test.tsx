/** @jest-environment jsdom */
/** «Книги ОО на новый период» on the municipality's «Шаблон» screen. */
import { Button } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { MakeTemplateResult } from "../../../src/app/make-template";
import type { PrefilledOutcome } from "../../../src/taskpane/actions";
import { TemplateScreen } from "../../../src/taskpane/screens/TemplateScreen";
import { PREFILLED_ZIP } from "../../../src/taskpane/steps/prefilled";
import {
  act,
  allByRole,
  byRole,
  byText,
  click,
  deferred,
  queryText,
  renderPane,
  settle,
} from "./render";

function pick(label: string, names: string[]) {
  const input = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
  const files = names.map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n));
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => input.dispatchEvent(new Event("change", { bubbles: true })));
}

type Delivery = "download" | "open" | "none";

const NEAR =
  "Внимание: в «ОО-03.xlsx» прошлого периода код ОО «ОО-03» — похоже на ОО-3 из листа «Список ОО», но это другой код: педагоги не перенесены в ОО-3.xlsx.";

const outcome = (delivery: Delivery, warnings: string[] = []): PrefilledOutcome => ({
  kind: "made",
  files: ["ОО-1.xlsx", "ОО-2.xlsx"],
  delivery,
  offered: delivery === "download" ? PREFILLED_ZIP : null,
  canOpen: delivery !== "none",
  period: "01.09.2026–31.08.2027",
  books: [
    { line: "ОО-1.xlsx: перенесено педагогов — 40 (из ОО-1.xlsx)", setAside: [] },
    {
      line: "ОО-2.xlsx: перенесено педагогов — 12 (из ОО-2 исправлен.xlsx)",
      setAside: [
        "не использован «ОО-2.xlsx» той же ОО за тот же период: взят «ОО-2 исправлен.xlsx»",
      ],
    },
  ],
  warnings,
  attention: warnings.length > 0,
});

/** Classes Fluent gives a primary button and not a default one (jsdom resolves no colours). */
function primaryClasses(): string[] {
  const probe = render(
    <>
      <Button appearance="primary">p</Button>
      <Button>d</Button>
    </>
  );
  const [p, d] = Array.from(probe.container.querySelectorAll("button"));
  const plain = new Set(d.classList);
  const only = Array.from(p.classList).filter((c) => !plain.has(c));
  probe.unmount();
  return only;
}

function primaryButtons(): HTMLElement[] {
  const marks = primaryClasses();
  expect(marks.length).toBeGreaterThan(0);
  return allByRole("button").filter((b) => marks.every((c) => b.classList.contains(c)));
}

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
    byText("ОО-2.xlsx: перенесено педагогов — 12 (из ОО-2 исправлен.xlsx)");
    byText(/^не использован «ОО-2\.xlsx» той же ОО/);
  });

  it("names a near code above the delivered files, as a warning to look at", async () => {
    const { save } = screen();
    click(byRole("button", "Подготовить книги ОО на новый период"));
    await settle(() => save.resolve(outcome("download", [NEAR])));
    const warning = byText(NEAR);
    byText("Не все педагоги перенесены — проверьте коды");
    const delivered = byText(`Передано на скачивание: ${PREFILLED_ZIP}`);
    expect(
      warning.compareDocumentPosition(delivered) & Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
  });

  it("with nothing of last period usable, makes nothing and offers the books without carrying", async () => {
    const { save } = screen();
    pick("Файлы прошлого периода", ["ОО-1.xlsx"]);
    click(byRole("button", "Подготовить книги ОО на новый период"));
    const reason =
      "Нет данных прошлого периода (до 01.09.2026): «ОО-1.xlsx» — за период новых книг или позже, а не за прошлый.";
    await settle(() => save.resolve({ kind: "refused", reason }));
    byText("Книги не подготовлены");
    byText(reason);
    expect(queryText(/Передано на скачивание/)).toBeNull();
    await settle(() => click(byRole("button", "Без переноса педагогов")));
    expect(save.step.mock.calls[1][0]).toEqual([]);
    byText("Файлы не выбраны");
  });

  it("keeps the file list and «Если файла нет…» on lines of their own; one primary button on the screen", async () => {
    const { save } = screen();
    click(byRole("button", "Подготовить книги ОО на новый период"));
    await settle(() => save.resolve(outcome("download")));
    const list = byText("ОО-1.xlsx, ОО-2.xlsx");
    const hint = byText(/^Если файла нет, откройте книги в Excel/);
    expect(getComputedStyle(list).display).toBe("block");
    expect(getComputedStyle(hint).display).toBe("block");
    expect(primaryButtons().map((b) => b.textContent)).toEqual(["Создать шаблон"]);
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
