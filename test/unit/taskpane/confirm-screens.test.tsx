/** @jest-environment jsdom */
/**
 * The pane's questions and refusals: «Файлы ОО» keeps the earlier collection on «Отмена» and
 * on «Нет»; «Сводка» asks before writing less and says nothing was written on «Нет»; a refused
 * report offers the step that fixes it; «Проверка» says when a cell cannot be shown and what
 * «Снять отметки» removed.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { ReactElement } from "react";
import type { SchoolData } from "../../../src/core/model";
import { PaneError } from "../../../src/taskpane/failure";
import { useConfirm } from "../../../src/taskpane/parts/ConfirmPrompt";
import { CheckScreen } from "../../../src/taskpane/screens/CheckScreen";
import { CollectScreen } from "../../../src/taskpane/screens/CollectScreen";
import { ReportScreen } from "../../../src/taskpane/screens/ReportScreen";
import type { CollectResult } from "../../../src/taskpane/steps/collect";
import type { Confirm } from "../../../src/taskpane/steps/confirm";
import { SCHOOL_BOOK_REFUSAL, type ReportOutcome } from "../../../src/taskpane/steps/report";
import type { ValidationOutcome } from "../../../src/app/validate-workbook";
import { byRole, byText, click, deferred, queryText, renderPane, settle, act } from "./render";

function school(code: string, rows: number): SchoolData {
  return {
    file: `${code}.xlsx`,
    passport: { schoolCode: code },
    workers: Array.from({ length: rows }, () => ({})),
    issues: [],
  } as unknown as SchoolData;
}

function collection(codes: string[], rows = 30, cancelled = false, picked = codes.length) {
  return {
    schools: codes.map((c) => school(c, rows)),
    issues: [],
    read: codes.map((c) => ({ name: `${c}.xlsx`, municipality: false, schools: 1, rows })),
    skipped: [],
    picked,
    cancelled,
    duplicates: [],
  } satisfies CollectResult;
}

function renderWithUnmount(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

function pick(names: string[]) {
  const input = document.querySelector<HTMLInputElement>('input[aria-label="Выбрать файлы"]')!;
  const files = names.map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n));
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => input.dispatchEvent(new Event("change", { bubbles: true })));
}

describe("Файлы ОО keeps the earlier collection", () => {
  const earlier = collection(["ОО-1", "ОО-2", "ОО-3"]);

  function setup() {
    const collect = deferred<CollectResult>();
    const onCollected = jest.fn();
    renderPane(
      <CollectScreen
        actions={{ collect: collect.step }}
        collected={earlier}
        onCollected={onCollected}
      />
    );
    pick(["a.xlsx", "b.xlsx"]);
    click(byRole("button", "Собрать файлы ОО"));
    return { collect, onCollected };
  }

  it("on «Отмена»: the partial reading does not replace it", async () => {
    const { collect, onCollected } = setup();
    await settle(() => collect.resolve(collection(["ОО-1"], 30, true, 2)));
    byText("Прервано: прочитано 1 из 2");
    byText("Оставлены собранные раньше: 3 файла");
    expect(queryText(/Дальше — шаг «Сводка»/)).toBeNull();
    expect(onCollected).not.toHaveBeenCalled();
  });

  it("on «Отмена»: no warning about the duplicates of the reading not taken", async () => {
    const { collect } = setup();
    const partial = {
      ...collection(["ОО-1", "ОО-1"], 30, true, 2),
      duplicates: [{ code: "ОО-1", files: ["ОО-1.xlsx", "ОО-1.xlsx"] }],
    };
    await settle(() => collect.resolve(partial));
    byText("Оставлены собранные раньше: 3 файла");
    expect(queryText("Одна и та же ОО в нескольких файлах")).toBeNull();
  });

  it("asks before fewer schools replace it; «Нет» keeps it", async () => {
    const { collect, onCollected } = setup();
    await settle(() => collect.resolve(collection(["ОО-9"], 2)));
    byText("Новые файлы дают меньше данных, чем собранные раньше. Заменить?");
    byText("Не будет 3 ОО: ОО-1, ОО-2, ОО-3.");
    byText("Строк о педагогах: было 90, станет 2.");
    await settle(() => click(byRole("button", "Нет")));
    byText("Оставлены собранные раньше: 3 файла");
    expect(onCollected).not.toHaveBeenCalled();
  });

  it("«Заменить» takes the new files", async () => {
    const { collect, onCollected } = setup();
    await settle(() => collect.resolve(collection(["ОО-9"], 2)));
    await settle(() => click(byRole("button", "Заменить")));
    expect(onCollected).toHaveBeenCalledTimes(1);
    expect(queryText(/Оставлены собранные раньше/)).toBeNull();
  });

  it("names a school sent twice, and counts it once", async () => {
    const { collect } = setup();
    const both = {
      ...collection(["ОО-1", "ОО-2", "ОО-3", "ОО-1"]),
      duplicates: [{ code: "ОО-1", files: ["a.xlsx", "b.xlsx"] }],
    };
    await settle(() => collect.resolve(both));
    byText(/^Прочитано: 4 файла$/);
    byText(/^3 ОО, 90 строк о педагогах\./);
    byText("Одна и та же ОО в нескольких файлах");
    byText(/ОО-1 — 2 файла: «a\.xlsx», «b\.xlsx»\./);
  });
});

describe("Сводка asks before writing less", () => {
  const question = {
    title: "В новом своде меньше данных, чем в книге. Записать?",
    lines: ["Не будет 2 ОО: ОО-2, ОО-3."],
    yes: "Записать",
    no: "Нет",
  };

  function setup(answer: (confirm: Confirm) => Promise<ReportOutcome>, onOpenStep = jest.fn()) {
    const report = jest.fn((_input: unknown, _p: unknown, confirm?: Confirm) => answer(confirm!));
    renderPane(
      <ReportScreen
        actions={{ report, saveNote: jest.fn() }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
        onOpenStep={onOpenStep}
      />
    );
    return { report, onOpenStep };
  }

  it("shows the question; «Нет» ends with the workbook unchanged", async () => {
    setup(async (confirm) =>
      (await confirm(question))
        ? Promise.reject(new Error("must not write"))
        : { kind: "declined", lines: question.lines }
    );
    await settle(() => click(byRole("button", "Рассчитать")));
    const prompt = byRole("alertdialog");
    expect(prompt.textContent).toContain("Не будет 2 ОО: ОО-2, ОО-3.");
    expect(document.activeElement?.textContent).toBe("Нет");
    await settle(() => click(byRole("button", "Нет")));
    byText("Отчёт не записан: книга не изменена");
    expect(queryText("Отчёт записан в книгу")).toBeNull();
  });

  it("Escape answers «Нет»", async () => {
    setup(async (confirm) =>
      (await confirm(question)) ? Promise.reject(new Error("x")) : { kind: "declined", lines: [] }
    );
    await settle(() => click(byRole("button", "Рассчитать")));
    await settle(() => {
      fireEvent.keyDown(byRole("alertdialog"), { key: "Escape" });
    });
    byText("Отчёт не записан: книга не изменена");
  });

  it("a refused report offers the step that fixes it", async () => {
    const { onOpenStep } = setup(async () => ({
      kind: "refused",
      title: "Отчёт не записан: ни одна ОО не вошла в свод. Книга не изменена.",
      lines: ["ОО-1: нет кода ОО."],
      way: "collect",
    }));
    await settle(() => click(byRole("button", "Рассчитать")));
    byText("Отчёт не записан: ни одна ОО не вошла в свод. Книга не изменена.");
    click(byRole("button", "Открыть шаг «Файлы ОО»"));
    expect(onOpenStep).toHaveBeenCalledWith("collect");
  });

  it("a report refused in a school's workbook offers no «Файлы ОО» (other files would not help)", async () => {
    const { onOpenStep } = setup(async () => SCHOOL_BOOK_REFUSAL);
    await settle(() => click(byRole("button", "Рассчитать")));
    byText(SCHOOL_BOOK_REFUSAL.title);
    expect(document.body.textContent).toContain("Файл → Создать → Пустая книга");
    expect(screen.queryByRole("button", { name: "Открыть шаг «Файлы ОО»" })).toBeNull();
    expect(onOpenStep).not.toHaveBeenCalled();
  });
});

describe("Проверка without dead ends", () => {
  const outcome: ValidationOutcome = {
    issues: [
      {
        sheet: "Педагоги",
        row: 8,
        column: "Пол",
        columnIndex: 11,
        code: "cell/enum",
        severity: "error",
        detail: "допустимо М или Ж",
      },
    ],
    errorCount: 1,
    warningCount: 0,
    rowsRead: 40,
    schoolCount: 1,
    marked: 1,
    errorsSheet: "Ошибки",
    blank: false,
  };

  it("says so when a message's sheet is gone", async () => {
    const validate = deferred<ValidationOutcome>();
    const showIssue = jest.fn(() =>
      Promise.reject(new PaneError("Листа «Педагоги» больше нет в книге.", "Проверьте снова."))
    );
    renderPane(
      <CheckScreen actions={{ validate: validate.step, clearMarks: jest.fn(), showIssue }} />
    );
    click(byRole("button", "Проверить"));
    await settle(() => validate.resolve(outcome));
    await settle(() => click(byRole("button", /^Перейти к (ячейке [A-Z]+8|строке 8):/)));
    byText(/Листа «Педагоги» больше нет в книге\. Проверьте снова\./);
  });

  it("«Снять отметки» says what it removed", async () => {
    const clearMarks = jest.fn(async () => "Отметки проверки сняты: 3 ячейки на листе «Педагоги».");
    renderPane(<CheckScreen actions={{ validate: jest.fn(), clearMarks, showIssue: jest.fn() }} />);
    await settle(() => click(byRole("button", "Снять отметки")));
    byText("Отметки проверки сняты: 3 ячейки на листе «Педагоги».");
  });
});

describe("a question nobody can answer", () => {
  it("is answered «нет» at once after the screen is gone (a reading never replaces data unseen)", async () => {
    let ask: Confirm | null = null;
    function Probe() {
      const confirm = useConfirm();
      ask = confirm.ask;
      return <>{confirm.prompt}</>;
    }
    const { unmount } = renderWithUnmount(<Probe />);
    unmount();
    const answer = await Promise.race([
      ask!({ title: "?", lines: [], yes: "Да", no: "Нет" }),
      new Promise((resolve) => setTimeout(() => resolve("no answer"), 200)),
    ]);
    expect(answer).toBe(false);
  });

  it("a reading that ends after «Файлы ОО» was left does not replace the collection", async () => {
    const collect = deferred<CollectResult>();
    const onCollected = jest.fn();
    const earlier = collection(["ОО-1", "ОО-2", "ОО-3"]);
    const { unmount } = renderWithUnmount(
      <CollectScreen
        actions={{ collect: collect.step }}
        collected={earlier}
        onCollected={onCollected}
      />
    );
    pick(["a.xlsx"]);
    click(byRole("button", "Собрать файлы ОО"));
    unmount();
    await settle(() => collect.resolve(collection(["ОО-9"], 2)));
    expect(onCollected).not.toHaveBeenCalled();
  });
});

describe("Файлы ОО names a damaged school file at once", () => {
  it("warns of a missing «Педагоги» instead of a plain success", async () => {
    const collect = deferred<CollectResult>();
    renderPane(
      <CollectScreen actions={{ collect: collect.step }} collected={null} onCollected={jest.fn()} />
    );
    pick(["Только паспорт.xlsx"]);
    click(byRole("button", "Собрать файлы ОО"));
    const damaged = {
      file: "Только паспорт.xlsx",
      passport: { schoolCode: null },
      workers: [],
      issues: [{ code: "sheet/missing", sheet: "Педагоги", severity: "error" }],
    } as unknown as SchoolData;
    await settle(() =>
      collect.resolve({ ...collection([]), schools: [damaged], picked: 1 } as CollectResult)
    );
    byText("Книги ОО с ошибками: 1 файл");
    byText(/«Только паспорт\.xlsx»: нет листа «Педагоги»; в паспорте нет кода ОО/);
  });
});
