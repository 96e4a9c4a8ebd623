/**
 * State that lives as long as the workbook (issue 15, points 3–4): results survive switching
 * steps and reopening the pane (document settings), are marked stale when the workbook
 * changes, a new profile clears old indicators; reading goes on while another step is shown,
 * Escape cancels it, no old count under a new bar; the ribbon opens its step and runs it, and
 * its messages can be closed and are replaced by newer ones.
 */
import assert from "node:assert/strict";
import { chooseRole, openStep } from "./navigate.mjs";

const errorList = (page) => page.getByRole("list", { name: "Найденные ошибки" });

export async function resultsKept({ page, shot }) {
  await chooseRole(page, "Школа (ОО)");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  await page.evaluate(() => window.pedmonitorTest.fillSchool(5));
  await openStep(page, "Проверка");
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  await errorList(page).waitFor();
  const listed = await errorList(page).getByRole("listitem").count();
  // Read out by Fluent's announcer: the counts, then the messages.
  const heard = await page.evaluate(() => window.pedmonitorTest.announced());
  assert.ok(
    heard.some((m) => /\d+ ошиб/.test(m)),
    `announced: ${JSON.stringify(heard)}`
  );
  // Each error button: a short name that says where it goes, the message as its description.
  const first = errorList(page).getByRole("button").first();
  assert.match(
    await first.getAttribute("aria-label"),
    /^Перейти к (ячейке [A-Z]+\d+|строке \d+): лист «/
  );
  assert.ok((await first.getAttribute("aria-label")).length < 90);

  await openStep(page, "Показатели");
  await page.getByRole("button", { name: "Рассчитать показатели" }).click();
  await page.getByRole("list", { name: "Показатели ОО" }).waitFor();
  // A new profile: the old indicators go.
  await page.getByLabel("Профиль показателей").selectOption("004");
  await page.getByText("Здесь появятся показатели ОО").waitFor();
  assert.equal(await page.getByRole("list", { name: "Показатели ОО" }).count(), 0);

  // Back to «Проверка»: the result is still there.
  await openStep(page, "Проверка");
  await errorList(page).waitFor();
  assert.equal(await errorList(page).getByRole("listitem").count(), listed);
  assert.equal(await page.getByText("Здесь появится список ошибок").count(), 0);

  // The pane closed and reopened: role, step and result come back from the workbook.
  await page.evaluate(() => window.pedmonitorTest.reopenPane());
  await errorList(page).waitFor();
  assert.equal(await errorList(page).getByRole("listitem").count(), listed);
  await page.getByText(/^Результат прошлой работы с книгой/).waitFor();
  assert.equal(
    await page.getByRole("tab", { name: "2. Проверка", selected: true }).count(),
    1,
    "the step is remembered"
  );
  const saved = await page.evaluate(() => window.pedmonitorTest.savedSettings());
  assert.ok(saved.length < 256_000, `settings ${saved.length} characters`);
  await shot("state-reopened");

  // Someone edits the workbook: the result is marked stale when the step is shown again.
  await page.evaluate(() => window.pedmonitorTest.typeSheet("Педагоги", [["изменено вручную"]]));
  await openStep(page, "Шаблон");
  await openStep(page, "Проверка");
  await page.getByText("Результат устарел").waitFor();
  await shot("state-stale");
  // Running the step again gives a fresh result.
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  await page.getByText("Результат устарел").waitFor({ state: "detached" });
}

/** Reading goes on while another step is shown; Escape cancels it; no old count under a new bar. */
export async function readingKept({ page, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await page.getByLabel("Выбрать файлы").setInputFiles(fixtures.schools);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByText(/^Прочитано: \d+ файл/).waitFor();
  // Enough files to still be reading after two step switches: the reader takes a few ms a file.
  const many = Array.from({ length: 150 }, () => fixtures.schools).flat();
  await page.getByLabel("Выбрать файлы").setInputFiles(
    many.map((path, i) => ({
      name: `ОО ${i + 1}.xlsx`,
      mimeType: "application/octet-stream",
      buffer: fixtures.bytes.get(path),
    }))
  );
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByRole("progressbar").waitFor();
  assert.equal(await page.getByText(/^Прочитано:/).count(), 0, "no old count under the new bar");
  // The focus is on «Отмена», not lost with the disabled button.
  await page.waitForFunction(() => document.activeElement?.textContent === "Отмена");
  await openStep(page, "Сводка");
  await openStep(page, "Файлы ОО");
  await page.getByRole("progressbar").waitFor();
  await page.keyboard.press("Escape");
  const title = await page.getByText(/^Прервано: прочитано \d+ из \d+$/).textContent();
  const read = Number(/прочитано (\d+)/.exec(title)[1]);
  assert.ok(read > 0 && read < many.length, title);
}

/** A ribbon button opens its step and runs it; its messages can be closed, newer ones replace. */
export async function ribbonOpensStep({ page, shot }) {
  await chooseRole(page, "Школа (ОО)");
  // The pane is on Школа → Шаблон; «Сводка и рекомендации» on the ribbon.
  assert.equal(await page.evaluate(() => window.pedmonitorTest.ribbon("buildReport")), true);
  await page.getByRole("tab", { name: "2. Сводка и справка", selected: true }).waitFor();
  await page.getByRole("tab", { name: "Муниципалитет", selected: true }).waitFor();
  // It ran: this empty workbook has nothing to report, and the way out is a button.
  await page.getByText("Нет данных для свода").waitFor();
  assert.ok(
    (await page.evaluate(() => window.pedmonitorTest.announced())).some((m) =>
      m.startsWith("Нет данных для свода")
    ),
    "the error is announced"
  );
  await shot("ribbon-report");
  await page.getByRole("button", { name: "Открыть шаг 1 «Файлы ОО»" }).click();
  await page.getByRole("button", { name: "Собрать файлы ОО" }).waitFor();
  // The button is gone with the step it was on: the focus is on the step it opened.
  await page.waitForFunction(() => document.activeElement?.textContent?.includes("1. Файлы ОО"));

  await page.evaluate(() => window.pedmonitorTest.ribbon("validateWorkbook"));
  await page.getByRole("tab", { name: "2. Проверка", selected: true }).waitFor();
  await page
    .getByText(/Ошибок не найдено|Найдено|ошиб/)
    .first()
    .waitFor();

  // Ribbon messages (from a host without the pane): dismissible, the newer replaces the older.
  await page.evaluate(() => window.pedmonitorTest.ribbonMessage("Ошибок: 12", "error"));
  await page.getByText("Ошибок: 12").waitFor();
  await page.evaluate(() => window.pedmonitorTest.ribbonMessage("Ошибок: 0", "success"));
  await page.getByText("Ошибок: 0").waitFor();
  assert.equal(await page.getByText("Ошибок: 12").count(), 0);
  await page.getByRole("button", { name: "Закрыть сообщение ленты" }).click();
  assert.equal(await page.getByText("Ошибок: 0").count(), 0);
}
