/** @jest-environment jsdom */
import type { FeedbackOutcome } from "../../../src/taskpane/actions";
import { CollectScreen } from "../../../src/taskpane/screens/CollectScreen";
import { EffectivenessScreen } from "../../../src/taskpane/screens/EffectivenessScreen";
import { FeedbackScreen } from "../../../src/taskpane/screens/FeedbackScreen";
import { MeasuresScreen } from "../../../src/taskpane/screens/MeasuresScreen";
import { ReportScreen } from "../../../src/taskpane/screens/ReportScreen";
import { PaneError } from "../../../src/taskpane/failure";
import type { CollectResult } from "../../../src/taskpane/steps/collect";
import type { EffectivenessOutcome } from "../../../src/taskpane/steps/effectiveness";
import type { MeasuresOutcome } from "../../../src/taskpane/steps/measures";
import type { ReportOutcome, ReportSummary } from "../../../src/taskpane/steps/report";
import { act, byRole, byText, click, deferred, queryText, renderPane, settle } from "./render";

const collected = (read: number, picked = read, cancelled = false): CollectResult => ({
  schools: Array.from(
    { length: read },
    (_, i) =>
      ({
        file: `ОО-${i + 1}.xlsx`,
        passport: { schoolCode: `ОО-${i + 1}` },
        workers: Array.from({ length: 40 }, () => ({})),
        issues: [],
      }) as never
  ),
  issues: [],
  read: Array.from({ length: read }, (_, i) => ({
    name: `ОО-${i + 1}.xlsx`,
    municipality: false,
    schools: 1,
    rows: 40,
  })),
  skipped: [],
  picked,
  cancelled,
  duplicates: [],
});

function pick(label: string, names: string[]) {
  const input = document.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
  const files = names.map((n) => new File([new Uint8Array([0x50, 0x4b, 3, 4])], n));
  Object.defineProperty(input, "files", { value: files, configurable: true });
  act(() => input.dispatchEvent(new Event("change", { bubbles: true })));
}

describe("Файлы ОО", () => {
  it("goes from empty through progress and «Отмена» to a partial result", async () => {
    const collect = deferred<CollectResult>();
    const onCollected = jest.fn();
    renderPane(
      <CollectScreen
        actions={{ collect: collect.step }}
        collected={null}
        onCollected={onCollected}
      />
    );
    byText(/Файлы ещё не собраны/);
    expect(byRole("button", "Собрать файлы ОО").hasAttribute("disabled")).toBe(true);
    pick("Выбрать файлы", ["ОО-1.xlsx", "ОО-2.xlsx", "ОО-3.xlsx"]);
    byText("Выбрано: 3 файла");
    click(byRole("button", "Собрать файлы ОО"));
    const inputs = collect.step.mock.calls[0][0] as {
      name: string;
      bytes: () => Promise<Uint8Array>;
    }[];
    expect(inputs.map((i) => i.name)).toEqual(["ОО-1.xlsx", "ОО-2.xlsx", "ОО-3.xlsx"]);
    act(() => collect.progress().report(1, 3, "ОО-1.xlsx: строк 40"));
    byText("1 из 3: ОО-1.xlsx: строк 40");
    click(byRole("button", "Отмена"));
    expect(collect.progress().cancelled).toBe(true);
    byText("Отмена…");
    await settle(() => collect.resolve(collected(1, 3, true)));
    byText("Прервано: прочитано 1 из 3");
    expect(onCollected).toHaveBeenCalled();
  });
});

describe("Сводка", () => {
  const summary: ReportSummary = {
    origin: "files",
    schools: 3,
    rows: 120,
    excluded: [],
    period: "01.09.2025–31.08.2026",
    statuses: { соответствие: 10, несоответствие: 5, "нет данных": 2, "цель не задана": 1 },
    recommendations: 7,
    personal: 12,
    personalWorkers: 9,
    earlier: [],
    written: ["Сводка", "Рекомендации"],
    kept: ["Настройки"],
    skipped: [],
    changes: null,
    errorCount: 0,
    warningCount: 3,
    collection: "Сдано 3 из 3; с ошибками 0",
    tracker: [],
  };

  it("reports the chosen profile for the collected files and shows the counts", async () => {
    const report = deferred<ReportOutcome>();
    renderPane(
      <ReportScreen
        actions={{ report: report.step, saveNote: jest.fn() }}
        collected={collected(3)}
        profileId="002"
        onProfile={() => undefined}
      />
    );
    byText(/Отчёт ещё не рассчитан/);
    byText("Данные: собранные файлы ОО (3 файла), 3 ОО.");
    click(byRole("button", "Рассчитать"));
    expect(report.step.mock.calls[0][0]).toMatchObject({ profileId: "002" });
    act(() => report.progress().report(4, 14, "Запись листа «Сводка»"));
    byText("4 из 14: Запись листа «Сводка»");
    await settle(() => report.resolve({ kind: "written", summary }));
    byText("Отчёт записан в книгу");
    byText(/Сбор данных: Сдано 3 из 3; с ошибками 0 \(лист «Сбор данных»\)/);
    byText("несоответствие: 5");
    byText("Сохранены без изменений: Настройки.");
  });

  it("says what to do when there is nothing to report", async () => {
    const report = deferred<ReportOutcome>();
    renderPane(
      <ReportScreen
        actions={{ report: report.step, saveNote: jest.fn() }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    );
    byText("Данные: листы свода этой книги (файлы ОО не собраны).");
    click(byRole("button", "Рассчитать"));
    await settle(() =>
      report.reject(new PaneError("Нет данных для свода.", "Откройте шаг «Файлы ОО»."))
    );
    byText("Нет данных для свода.");
    byText(/Откройте шаг «Файлы ОО»/);
  });
});

describe("Меры, Эффективность, Обратная связь", () => {
  it("Меры: the drafts added are counted", async () => {
    const measures = deferred<MeasuresOutcome>();
    renderPane(
      <MeasuresScreen
        actions={{ proposeMeasures: measures.step }}
        collected={null}
        profileId="full"
      />
    );
    byText(/Черновики мер ещё не добавлены/);
    click(byRole("button", "Предложить меры"));
    await settle(() => measures.resolve({ added: 4, existing: 0, created: true }));
    byText("Добавлено черновиков: 4");
    byText("Лист «Меры» создан.");
  });

  it("Эффективность: several earlier periods' files go to the step", async () => {
    const effect = deferred<EffectivenessOutcome>();
    renderPane(
      <EffectivenessScreen
        actions={{ effectiveness: effect.step }}
        collected={null}
        profileId="full"
      />
    );
    const picker = document.querySelector<HTMLInputElement>(
      'input[aria-label="Книги прошлых периодов"]'
    )!;
    expect(picker.multiple).toBe(true);
    pick("Книги прошлых периодов", ["Свод 2025.xlsx", "Свод 2024.xlsx"]);
    click(byRole("button", "Оценить эффективность"));
    const input = effect.step.mock.calls[0][0] as { previousFiles: { name: string }[] };
    expect(input.previousFiles.map((f) => f.name)).toEqual(["Свод 2025.xlsx", "Свод 2024.xlsx"]);
    await settle(() =>
      effect.resolve({
        previousFrom: "files",
        periods: ["2023/24", "2024/25"],
        dynamics: true,
        compared: 9,
        better: 5,
        worse: 3,
        same: 1,
        verdicts: { эффективна: 2, неэффективна: 1, "нет данных": 0, "не оценивается": 0 },
        written: true,
        notes: [
          "Прошлый период 2023/24 (Свод 2024.xlsx): данные 2 из 3 ОО текущего периода, нет ОО-3",
        ],
      })
    );
    byText(/данные 2 из 3 ОО текущего периода/);
    byText(/Эти прошлые периоды запомнены/);
    byText("Лист «Эффективность» записан");
    byText(/Сравнено показателей: 9; лучше — 5, хуже — 3, без изменений — 1/);
    byText(
      /Прошлые периоды: 2023\/24, 2024\/25 \(предыдущий — 2024\/25\); лист «Динамика» записан/
    );
  });

  it("Обратная связь: the zip handed to a download, the files listed", async () => {
    const feedback = deferred<FeedbackOutcome>();
    renderPane(
      <FeedbackScreen
        actions={{ saveFeedback: feedback.step, openFeedbackFile: jest.fn() }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    );
    click(byRole("button", "Сохранить файлы ОО"));
    act(() => feedback.progress().report(1, 2, "ОО-01"));
    byText("1 из 2: ОО-01");
    await settle(() =>
      feedback.resolve({
        files: ["Обратная связь ОО-01.xlsx", "Обратная связь ОО-02.xlsx"],
        delivery: "download",
        offered: "Обратная связь ОО.zip",
        canOpen: false,
      })
    );
    byText("Передано на скачивание: Обратная связь ОО.zip");
    expect(queryText("Обратная связь ОО-01.xlsx, Обратная связь ОО-02.xlsx")).not.toBeNull();
  });
});
