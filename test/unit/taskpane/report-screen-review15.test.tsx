/** @jest-environment jsdom */
/**
 * «Сводка» after review 15: «Нет данных для свода: файлы ОО не собраны…» is gone once files are
 * collected (minor 1); whether the report can be undone is said before «Рассчитать» (minor 9);
 * a report refused in a school's workbook offers «Сводка в новой книге» (M1).
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { PaneError } from "../../../src/taskpane/failure";
import { ReportScreen } from "../../../src/taskpane/screens/ReportScreen";
import { SCHOOL_BOOK_REFUSAL } from "../../../src/taskpane/steps/report";
import type { CollectResult } from "../../../src/taskpane/steps/collect";
import { byRole, click, queryText, settle } from "./render";

const NO_DATA =
  "Нет данных для свода: файлы ОО не собраны, а открытая книга — не книга муниципалитета с данными.";

const collected: CollectResult = {
  schools: [{ file: "a.xlsx", passport: { schoolCode: "ОО-1" }, workers: [], issues: [] } as never],
  issues: [],
  read: [{ name: "a.xlsx", municipality: false, schools: 1, rows: 0 }],
  skipped: [],
  picked: 1,
  cancelled: false,
  duplicates: [],
};

it("drops the «no data» error once files are collected", async () => {
  const report = jest.fn(() =>
    Promise.reject(new PaneError(NO_DATA, "Откройте шаг «Файлы ОО».", "collect"))
  );
  const screen = (files: CollectResult | null): ReactElement => (
    <FluentProvider theme={webLightTheme}>
      <ReportScreen
        actions={{ report, saveNote: jest.fn() }}
        collected={files}
        profileId="full"
        onProfile={() => undefined}
      />
    </FluentProvider>
  );
  const view = render(screen(null));
  await settle(() => click(byRole("button", "Рассчитать")));
  expect(queryText(NO_DATA)).not.toBeNull();
  await settle(() => view.rerender(screen(collected)));
  expect(queryText(NO_DATA)).toBeNull();
  expect(queryText(/Отчёт ещё не рассчитан/)).not.toBeNull();
});

it("says before «Рассчитать» whether the report can be undone on this host (minor 9)", () => {
  const ahead =
    "Эта версия Excel не отменяет изменения надстроек: «Отменить» (Ctrl+Z) шаг не вернёт.";
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportScreen
        actions={{ report: jest.fn(), saveNote: jest.fn(), undoAhead: () => ahead }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    </FluentProvider>
  );
  expect(queryText(ahead)).not.toBeNull();
});

it("a report refused in a school's workbook offers «Сводка в новой книге» for collected files", async () => {
  const reportNewBook = jest.fn(async () => ({
    file: "Свод ПедМонитор 2025-08-31.xlsx",
    delivery: "open" as const,
  }));
  render(
    <FluentProvider theme={webLightTheme}>
      <ReportScreen
        actions={{
          report: async () => SCHOOL_BOOK_REFUSAL,
          saveNote: jest.fn(),
          reportNewBook,
        }}
        collected={collected}
        profileId="full"
        onProfile={() => undefined}
      />
    </FluentProvider>
  );
  await settle(() => click(byRole("button", "Рассчитать")));
  await settle(() => click(byRole("button", "Сводка в новой книге")));
  expect(reportNewBook).toHaveBeenCalledWith(
    { sources: collected, profileId: "full" },
    expect.anything()
  );
  expect(queryText("Свод открыт новой книгой: Свод ПедМонитор 2025-08-31.xlsx")).not.toBeNull();
});
