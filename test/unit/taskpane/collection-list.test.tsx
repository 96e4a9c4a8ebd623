/** @jest-environment jsdom */
/**
 * `Сбор данных` in the pane after «Рассчитать»: the sheet's own rows (collectionRows), a line
 * per school with its status, the schools to call first, and «Ошибки» opening a school's errors.
 */
import { collectionRows, consolidate } from "../../../src/core/consolidate";
import { collectionSheet } from "../../../src/core/report/collection-sheet";
import { makeIssue } from "../../../src/core/validate/message";
import { ReportScreen } from "../../../src/taskpane/screens/ReportScreen";
import {
  trackerLines,
  type ReportOutcome,
  type ReportSummary,
} from "../../../src/taskpane/steps/report";
import { school } from "../core/fixtures/worker";
import { byRole, byText, click, deferred, queryText, renderPane, settle } from "./render";

const EXPECTED = ["ОО-1", "ОО-2", "ОО-3", "ОО-4", "ОО-5"].map((code) => ({
  code,
  name: `Школа ${code}`,
}));

function round() {
  const faulty = school("ОО-2", [{}, { hasErrors: true }], { file: "oo2.xlsx" });
  faulty.issues.push(
    makeIssue(
      {
        file: "oo2.xlsx",
        sheet: "Педагоги",
        row: 3,
        column: "Должность",
        columnIndex: 3,
        raw: "завуч",
      },
      "cell/enum",
      "значение не из списка"
    )
  );
  const c = consolidate(
    [
      school("OO-1", [{}], { file: "oo1.xlsx" }),
      faulty,
      school("ОО-3", [{}], { file: "oo3.xlsx" }),
    ],
    []
  );
  return { c, rows: collectionRows(c, EXPECTED) };
}

const base: Omit<ReportSummary, "tracker"> = {
  origin: "files",
  schools: 3,
  rows: 4,
  excluded: [],
  period: "01.09.2025–31.08.2026",
  statuses: { соответствие: 1, несоответствие: 0, "нет данных": 0, "цель не задана": 0 },
  recommendations: 0,
  personal: 0,
  personalWorkers: 0,
  earlier: [],
  written: ["Сбор данных"],
  kept: [],
  skipped: [],
  changes: null,
  errorCount: 1,
  warningCount: 0,
  collection: "Сдано 3 из 5; с ошибками 1; не сдано: ОО-4, ОО-5",
};

describe("Сбор данных in the pane", () => {
  it("gives each row of the sheet its own file's issues, in the sheet's order", () => {
    const { c, rows } = round();
    const lines = trackerLines(rows, c.issues);
    const sheetCodes = collectionSheet(rows)
      .cells.slice(1)
      .map((r) => r[0]);
    expect(lines.map((l) => l.row.code)).toEqual(sheetCodes);
    const two = lines.find((l) => l.row.code === "ОО-2")!;
    expect(two.issues.map((i) => i.file)).toEqual(["oo2.xlsx"]);
    expect(lines.find((l) => l.row.code === "ОО-4")!.issues).toEqual([]);
    expect(lines.find((l) => l.row.code === "ОО-1")!.issues).toEqual([]);
  });

  it("lists the schools after «Рассчитать» and opens a school's errors", async () => {
    const { c, rows } = round();
    const report = deferred<ReportOutcome>();
    renderPane(
      <ReportScreen
        actions={{ report: report.step, saveNote: jest.fn() }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    );
    click(byRole("button", "Рассчитать"));
    await settle(() =>
      report.resolve({
        kind: "written",
        summary: { ...base, tracker: trackerLines(rows, c.issues) },
      })
    );
    const list = byRole("list", "ОО по статусу сдачи");
    const items = [...list.children].map((li) => li.textContent ?? "");
    expect(items[0]).toMatch(/^Не сдан.*ОО-4 — Школа ОО-4.*файл не получен/);
    expect(items[2]).toMatch(/^Сдан с ошибками.*ОО-2.*файл «oo2\.xlsx», строк 2, ошибок 1/);
    byText("Позвонить в первую очередь: ОО-4, ОО-5, ОО-2.");
    byText("код в файле: «OO-1»");
    expect(queryText(/значение не из списка/)).toBeNull();
    const button = byRole("button", "Ошибки ОО ОО-2");
    expect(button.getAttribute("aria-expanded")).toBe("false");
    click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const errors = byRole("list", "Ошибки ОО ОО-2");
    expect(errors.textContent).toMatch(/Педагоги/);
    expect(errors.textContent).toMatch(/завуч/);
    click(button);
    expect(queryText(/значение не из списка/)).toBeNull();
  });

  it("says a school's second file is one, not «строк 0» (review 15, minor 3)", async () => {
    const original = school("ОО-1", [{}, {}], { file: "ОО-1.xlsx" });
    const c = consolidate([{ ...original, file: "копия.xlsx" }, original], []);
    const rows = collectionRows(c, null);
    const report = deferred<ReportOutcome>();
    renderPane(
      <ReportScreen
        actions={{ report: report.step, saveNote: jest.fn() }}
        collected={null}
        profileId="full"
        onProfile={() => undefined}
      />
    );
    click(byRole("button", "Рассчитать"));
    await settle(() =>
      report.resolve({
        kind: "written",
        summary: { ...base, tracker: trackerLines(rows, c.issues) },
      })
    );
    const items = [...byRole("list", "ОО по статусу сдачи").children].map((li) => li.textContent);
    const second = items.find((t) => t?.includes("файл «ОО-1.xlsx»"))!;
    expect(second).toMatch(/второй файл ОО, строки не учтены/);
    expect(second).not.toMatch(/строк 0/);
  });
});
