/** @jest-environment jsdom */
import type { MakeTemplateResult } from "../../../src/app/make-template";
import { App } from "../../../src/taskpane/App";
import type { TaskpaneActions } from "../../../src/taskpane/actions";
import { IndicatorsScreen } from "../../../src/taskpane/screens/IndicatorsScreen";
import { TemplateScreen } from "../../../src/taskpane/screens/TemplateScreen";
import type { SchoolIndicators } from "../../../src/taskpane/steps/school";
import { isDark } from "../../../src/taskpane/theme";
import { announce } from "../../../src/commands/status";
import {
  act,
  allByRole,
  byRole,
  byText,
  click,
  deferred,
  nameOf,
  queryText,
  renderPane,
  settle,
} from "./render";

describe("Шаблон", () => {
  it("asks before replacing existing sheets, then replaces them", async () => {
    const make = jest.fn<Promise<MakeTemplateResult>, [string, boolean]>();
    make.mockResolvedValueOnce({ created: [], conflicts: ["Педагоги"] });
    make.mockResolvedValueOnce({ created: ["Инструкция", "Педагоги"], conflicts: ["Педагоги"] });
    renderPane(
      <TemplateScreen
        actions={{ makeTemplate: make, savePrefilled: jest.fn(), openFeedbackFile: jest.fn() }}
        level="school"
      />
    );
    expect(queryText(/Книги ОО на новый период/)).toBeNull();
    byText(/Книга пока не изменена/);
    await settle(() => byRole("button", "Создать шаблон").click());
    byText("В книге уже есть листы шаблона");
    await settle(() => byRole("button", "Заменить листы").click());
    expect(make.mock.calls).toEqual([
      ["school", false],
      ["school", true],
    ]);
    byText("Листы: Инструкция, Педагоги.");
  });
});

describe("Показатели", () => {
  const data: SchoolIndicators = {
    schoolCode: "ОО-01",
    schoolName: "Школа № 1",
    workers: 40,
    excludedRows: 2,
    ownSettings: false,
    rows: [
      {
        code: "DIAG",
        title: "Доля прошедших диагностику",
        unit: "%",
        value: 62.5,
        target: 80,
        direction: "≥",
        status: "несоответствие",
      },
      {
        code: "MENTORS",
        title: "Наставники",
        unit: "человек",
        value: null,
        target: null,
        direction: "≥",
        status: "нет данных",
      },
      {
        code: "CUSTOM",
        title: "Свой показатель",
        unit: "",
        value: 3,
        target: null,
        direction: "≥",
        status: "цель не задана",
      },
    ],
  };

  it("computes for the chosen profile and shows value, target and status", async () => {
    const compute = deferred<SchoolIndicators>();
    const onProfile = jest.fn();
    renderPane(
      <IndicatorsScreen
        actions={{ schoolIndicators: compute.step }}
        profileId="004"
        onProfile={onProfile}
      />
    );
    byText(/Нажмите «Рассчитать показатели»/);
    click(byRole("button", "Рассчитать показатели"));
    expect(compute.step.mock.calls[0][0]).toBe("004");
    await settle(() => compute.resolve(data));
    byText("62,5 %");
    byText("цель ≥ 80 %");
    byText("несоответствие");
    expect(allByRole("listitem")).toHaveLength(3);
    byText(
      "3 показателя: достигают цели — 0, не достигают — 1, нет данных — 1, цель не задана — 1 (в конце списка)."
    );
    // A row without a target is one compact line: «цель не задана» is counted once, above.
    const own = allByRole("listitem")[2];
    expect(own.textContent).toBe("Свой показатель: 3");
    expect(allByRole("listitem")[1].textContent).toContain("цель не задана");
    const select = document.querySelector("select")!;
    act(() => {
      select.value = "001";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(onProfile).toHaveBeenCalledWith("001");
  });
});

describe("App", () => {
  it("asks who works, shows the role's first-run screen, then its numbered steps", () => {
    renderPane(<App actions={{} as TaskpaneActions} />);
    expect(allByRole("tab")).toEqual([]);
    click(byRole("button", "Школа (ОО)"));
    byText("Школа (ОО): с чего начать");
    click(byRole("button", "Начать: шаг 1 «Шаблон»"));
    expect(allByRole("tab").map(nameOf)).toEqual([
      "Школа (ОО)",
      "Муниципалитет",
      "1. Шаблон",
      "2. Проверка",
      "3. Показатели",
    ]);
    click(byRole("tab", "Муниципалитет"));
    click(byRole("button", "Начать: шаг 1 «Файлы ОО»"));
    expect(allByRole("tab").slice(2).map(nameOf)).toEqual([
      "1. Файлы ОО",
      "2. Сводка и справка",
      "3. Меры и эффективность",
      "4. Обратная связь и книги ОО",
    ]);
    click(byRole("tab", "3. Меры и эффективность"));
    expect(allByRole("tab").slice(6).map(nameOf)).toEqual(["Меры", "Эффективность"]);
    // Role, step and part panels, each labelled by its selected tab, which controls it.
    const panels = allByRole("tabpanel");
    expect(panels).toHaveLength(3);
    for (const panel of panels) {
      const tab = document.getElementById(panel.getAttribute("aria-labelledby") ?? "");
      expect(tab?.getAttribute("role")).toBe("tab");
      expect(tab?.getAttribute("aria-controls")).toBe(panel.id);
    }
  });

  it("shows ribbon messages, the newer replacing the older, and closes them", () => {
    renderPane(<App actions={{} as TaskpaneActions} />);
    act(() => announce({ kind: "error", text: "Ошибок: 12." }));
    byText("Ошибок: 12.");
    act(() => announce({ kind: "success", text: "Отметки проверки сняты; данные не изменены." }));
    expect(queryText("Ошибок: 12.")).toBeNull();
    click(byRole("button", "Закрыть сообщение ленты"));
    expect(queryText("Отметки проверки сняты; данные не изменены.")).toBeNull();
  });

  it("tells a dark Office theme from a light one", () => {
    expect(isDark("#1F1F1F")).toBe(true);
    expect(isDark("#FFFFFF")).toBe(false);
    expect(isDark(undefined)).toBe(false);
  });
});
