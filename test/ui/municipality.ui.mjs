/** A municipality's path: files of the schools → report → measures → effectiveness → feedback. */
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { strFromU8, unzipSync } from "fflate";
import { chooseRole, openStep as step } from "./navigate.mjs";

async function collect(page, fixtures) {
  await step(page, "Файлы ОО");
  await page.getByLabel("Выбрать файлы").setInputFiles(fixtures.schools);
  await page.getByText(new RegExp(`^Выбрано: ${fixtures.schools.length} файл`)).waitFor();
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByText(new RegExp(`^Прочитано: ${fixtures.schools.length} файл`)).waitFor();
}

/** In a new workbook the report also creates `Меры`, with its dropdowns. */
export async function reportInNewWorkbook({ page, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await collect(page, fixtures);
  await step(page, "Сводка");
  await page.getByRole("button", { name: "Рассчитать" }).click();
  const outcome = page.getByText(/^(Отчёт записан в книгу|Не удалось выполнить: .*)$/);
  await outcome.waitFor({ timeout: 30000 });
  assert.equal(await outcome.textContent(), "Отчёт записан в книгу");
  assert.ok((await page.evaluate(() => window.pedmonitorTest.sheetNames())).includes("Меры"));
}

/** The whole path in a workbook that keeps last period's `Меры` (a sheet people own). */
export async function municipalityPath({ page, shot, fixtures }) {
  await page.evaluate(() => window.pedmonitorTest.typeMeasuresSheet());
  await chooseRole(page, "Муниципалитет");
  await page.getByText("Файлы ещё не собраны").waitFor();
  await shot("municipality-empty");

  // Nothing to report yet: the error says what to do.
  await step(page, "Сводка");
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.getByText("Нет данных для свода").waitFor();
  await page.getByText("выберите книги ОО").waitFor();
  await shot("municipality-error");

  await collect(page, fixtures);
  await shot("municipality-collected");

  await step(page, "Сводка");
  await page.getByText(`Данные: собранные файлы ОО (${fixtures.schools.length} файл`).waitFor();
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.getByText("Отчёт записан в книгу").waitFor({ timeout: 30000 });
  const names = await page.evaluate(() => window.pedmonitorTest.sheetNames());
  for (const sheet of [
    "Сводные данные",
    "Сводка",
    "Рекомендации",
    "Меры",
    "Эффективность",
    "Ошибки",
  ]) {
    assert.ok(names.includes(sheet), `${sheet} missing from ${names}`);
  }
  await shot("municipality-report");

  // The справка as a Word document, built in the browser and handed to a download.
  const noteDownload = page.waitForEvent("download");
  await page.getByRole("button", { name: "Справка в Word" }).click();
  const note = await noteDownload;
  assert.match(note.suggestedFilename(), /^Аналитическая справка.*\.docx$/);
  const docx = unzipSync(new Uint8Array(await readFile(await note.path())));
  const body = strFromU8(docx["word/document.xml"]);
  for (const heading of [
    "1. Цель и задачи мониторинга",
    "4. Результаты",
    "7. Управленческие решения",
  ])
    assert.ok(body.includes(heading), `${heading} missing from the справка`);
  await page.getByText(/^Передано на скачивание: Аналитическая справка/).waitFor();

  await step(page, "Меры");
  const before = (await page.evaluate(() => window.pedmonitorTest.rows("Меры"))).length;
  await page.getByRole("button", { name: "Предложить меры" }).click();
  const added = await page.getByText(/^Добавлено черновиков: \d+$/).textContent();
  const count = Number(added.replace(/\D/g, ""));
  assert.ok(count > 0, added);
  const after = (await page.evaluate(() => window.pedmonitorTest.rows("Меры"))).length;
  assert.equal(after, before + count);
  await shot("municipality-measures");
  await page.getByRole("button", { name: "Предложить меры" }).click();
  await page.getByText("Новых мер не предложено").waitFor();

  await step(page, "Эффективность");
  // This period's own files as «прошлый период»: refused, the trend would be invented.
  await page.getByLabel("Книги прошлых периодов", { exact: true }).setInputFiles(fixtures.schools);
  await page.getByRole("button", { name: "Оценить эффективность" }).click();
  await page
    .getByText(/Книги прошлых периодов не приняты: .*тот же, что у текущих данных/)
    .waitFor({
      timeout: 30000,
    });
  await page.getByLabel("Книги прошлых периодов", { exact: true }).setInputFiles(fixtures.previous);
  await page.getByRole("button", { name: "Оценить эффективность" }).click();
  await page.getByText("Лист «Эффективность» записан").waitFor({ timeout: 30000 });
  await page.getByText(/лист «Динамика» записан/).waitFor();
  assert.ok((await page.evaluate(() => window.pedmonitorTest.sheetNames())).includes("Динамика"));
  const compared = await page.getByText(/Сравнено показателей: \d+/).textContent();
  assert.ok(Number(/Сравнено показателей: (\d+)/.exec(compared)[1]) > 0, compared);
  await shot("municipality-effectiveness");

  await step(page, "Обратная связь");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Сохранить файлы ОО" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "Обратная связь ОО.zip");
  const bytes = await readFile(await file.path());
  assert.equal(bytes.subarray(0, 2).toString(), "PK");
  await page.getByText("Передано на скачивание: Обратная связь ОО.zip").waitFor();
  await shot("municipality-feedback");
}

/** Excel for Mac: nothing is downloaded; one button per school opens its book in Excel. */
export async function feedbackOnMac({ page, shot, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await collect(page, fixtures);
  await step(page, "Обратная связь");
  let downloads = 0;
  page.on("download", () => downloads++);
  await page.getByRole("button", { name: "Сохранить файлы ОО" }).click();
  const ready = page.getByText(/^Готово: \d+ книг/);
  await ready.waitFor({ timeout: 30000 });
  const count = Number(/Готово: (\d+)/.exec(await ready.textContent())[1]);
  const buttons = page.getByRole("button", { name: /^Открыть в Excel: / });
  assert.ok(count > 0);
  assert.equal(await buttons.count(), count);
  await buttons.first().click();
  await page.getByText("Открыта в Excel — сохраните её").waitFor();
  assert.equal(await page.evaluate(() => window.pedmonitorTest.opened()), 1);
  assert.equal(downloads, 0);
  assert.equal(await page.getByText(/Сохранено|Передано на скачивание/).count(), 0);
  await shot("municipality-feedback-mac");

  // Minor 7: «Справка в Word» cannot be handed over here: said before any click.
  await step(page, "Сводка");
  const note = page.getByRole("button", { name: "Справка в Word" });
  assert.equal(await note.getAttribute("aria-disabled"), "true");
  await page.getByText(/^В Excel для Mac и iPad панель не может сохранить файл/).waitFor();
  await note.click({ force: true });
  await page.waitForTimeout(300);
  assert.equal(await page.getByText(/Справка не сохранена|Сборка документа Word/).count(), 0);
  assert.equal(downloads, 0);
}

/** Reading many files shows a progress bar with counts; «Отмена» stops at the next file. */
export async function cancelCollect({ page, shot, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  // Enough files to still be reading when «Отмена» is clicked: the reader takes a few ms a file.
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
  await page.getByText(new RegExp(`\\d+ из ${many.length}: ОО \\d+\\.xlsx: \\d+ строк`)).waitFor();
  await shot("municipality-progress");
  await page.getByRole("button", { name: "Отмена" }).click();
  const title = await page.getByText(/^Прервано: прочитано \d+ из \d+$/).textContent();
  const read = Number(/прочитано (\d+)/.exec(title)[1]);
  assert.ok(read > 0 && read < many.length, title);
}

/**
 * The collection round (issue 14): after «Рассчитать» the `Сбор данных` list with a button per
 * school opening its errors; then, on «Шаблон», the next period's pre-filled school workbooks
 * from this (municipality) workbook and last period's files, as one zip download.
 */
export async function collectionRound({ page, shot, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await collect(page, fixtures);
  await step(page, "Сводка");
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.getByText("Отчёт записан в книгу").waitFor({ timeout: 30000 });
  const list = page.getByRole("list", { name: "ОО по статусу сдачи" });
  await list.waitFor();
  assert.equal(await list.locator(":scope > li").count(), fixtures.schools.length);
  const sheetRows = await page.evaluate(() => window.pedmonitorTest.rows("Сбор данных"));
  assert.equal(sheetRows.length - 1, fixtures.schools.length);
  const errorButtons = page.getByRole("button", { name: /^Ошибки ОО / });
  if ((await errorButtons.count()) > 0) {
    const first = errorButtons.first();
    const name = await first.getAttribute("aria-label");
    await first.click();
    const errors = page.getByRole("list", { name });
    await errors.waitFor();
    assert.match(await errors.textContent(), /Педагоги/);
  }
  await shot("municipality-collection");

  // She retypes the third school's code on «Список ОО» without its leading zero: last period's
  // «ОО-03» is then a near code, named in the pane as the command line names it (issue 15 review).
  const near = await page.evaluate(async () => {
    const t = window.pedmonitorTest;
    const rows = t.rows("Список ОО");
    const codes = rows.filter((r) => /^ОО-0\d+$/.test(String(r[0] ?? "")));
    if (codes.length === 0) return null;
    const row = rows.indexOf(codes[codes.length - 1]);
    const was = String(rows[row][0]);
    rows[row] = [was.replace(/-0+(\d)/, "-$1"), ...rows[row].slice(1)];
    await t.typeSheet("Список ОО", rows);
    return { was, now: String(rows[row][0]) };
  });
  assert.ok(near, "no school codes on «Список ОО»");

  await step(page, "Шаблон");
  await page.getByLabel("Файлы прошлого периода").setInputFiles(fixtures.schools);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Подготовить книги ОО на новый период" }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), "Книги ОО на новый период.zip");
  const zip = unzipSync(new Uint8Array(await readFile(await file.path())));
  const names = Object.keys(zip).sort();
  assert.equal(names.length, fixtures.schools.length);
  for (const n of names) assert.match(n, /^ОО-\d+\.xlsx$/);
  // Written in the page by the xlsx writer on fflate: ExcelJS, an independent reader, opens each.
  for (const n of names) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(zip[n]));
    assert.ok(book.getWorksheet("Педагоги"), `${n}: no sheet «Педагоги»`);
  }
  await page.getByText("Передано на скачивание: Книги ОО на новый период.zip").waitFor();
  await page
    .getByText(/перенесено педагогов — \d+/)
    .first()
    .waitFor();
  await page.getByText("Не все педагоги перенесены — проверьте коды").waitFor();
  await page
    .getByText(
      `Внимание: в «${near.was}.xlsx» прошлого периода код ОО «${near.was}» — похоже на ${near.now} из листа «Список ОО»`,
      { exact: false }
    )
    .waitFor();
  await page
    .getByText(`${near.now}.xlsx: лист «Педагоги» пуст — в прошлом периоде кода ${near.now} нет`, {
      exact: false,
    })
    .waitFor();
  const make = page.getByRole("button", { name: "Подготовить книги ОО на новый период" });
  assert.ok(await make.isEnabled());
  // Minor 8: the file list and «Если файла нет…» do not run together; one primary button.
  const section = page.getByRole("region", { name: "Книги ОО на новый период" });
  assert.doesNotMatch(await section.innerText(), /xlsxЕсли/);
  const primary = await page.evaluate(() => {
    const panel = document.querySelector('[role="tabpanel"]:not([hidden])') ?? document.body;
    const all = [...panel.querySelectorAll("button")];
    const main = all.find((b) => b.textContent === "Создать шаблон");
    const bg = (b) => getComputedStyle(b).backgroundColor;
    return all.filter((b) => bg(b) === bg(main)).map((b) => b.textContent);
  });
  assert.deepEqual(primary, ["Создать шаблон"]);
  await shot("municipality-prefilled");
}
