/**
 * Issue 15, points 1, 2 and 6 in the browser over the Office fake: the pane never writes less
 * than the workbook holds unasked («Нет» leaves the workbook byte for byte as it was), a
 * workbook that is not a school's is refused by name, and «Проверить» on a blank workbook
 * creates nothing.
 */
import assert from "node:assert/strict";
import { strToU8, zipSync } from "fflate";
import { chooseRole, openStep } from "./navigate.mjs";

const state = (page) => page.evaluate(() => window.pedmonitorTest.state());

/** The smallest .xlsx Excel opens: one sheet «Бюджет» with two cells; no sheet of a school. */
function unrelatedWorkbook() {
  const xml = (body) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const pkg = "http://schemas.openxmlformats.org/package/2006/relationships";
  return Buffer.from(
    zipSync({
      "[Content_Types].xml": strToU8(
        xml(
          `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
        )
      ),
      "_rels/.rels": strToU8(
        xml(
          `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
        )
      ),
      "xl/workbook.xml": strToU8(
        xml(
          `<workbook xmlns="${main}" xmlns:r="${rel}"><sheets><sheet name="Бюджет" sheetId="1" r:id="rId1"/></sheets></workbook>`
        )
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        xml(
          `<Relationships xmlns="${pkg}"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`
        )
      ),
      "xl/worksheets/sheet1.xml": strToU8(
        xml(
          `<worksheet xmlns="${main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Статья</t></is></c><c r="B1"><v>100</v></c></row></sheetData></worksheet>`
        )
      ),
    })
  );
}

async function pickFiles(page, files) {
  await page.getByLabel("Выбрать файлы").setInputFiles(files);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
}

/**
 * A report of three schools in the workbook; then one school's file: the collection and the
 * report each ask first, and «Нет» at the report leaves the workbook exactly as it was.
 */
export async function reportAsksBeforeWritingLess({ page, shot, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await openStep(page, "Файлы ОО");
  await pickFiles(page, fixtures.schools);
  await page.getByText(new RegExp(`^Прочитано: ${fixtures.schools.length} файл`)).waitFor();
  await openStep(page, "Сводка");
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.getByText("Отчёт записан в книгу").waitFor({ timeout: 30000 });
  const full = await page.evaluate(() => window.pedmonitorTest.rows("Сводные данные"));

  // An unrelated workbook is refused by its name, not counted as a school of 0 rows.
  await openStep(page, "Файлы ОО");
  await page.getByLabel("Выбрать файлы").setInputFiles([
    {
      name: "Школа.xlsx",
      mimeType: "application/octet-stream",
      buffer: fixtures.bytes.get(fixtures.schools[0]),
    },
    { name: "Бюджет.xlsx", mimeType: "application/octet-stream", buffer: unrelatedWorkbook() },
  ]);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  const question = page.getByRole("alertdialog");
  await question.waitFor({ timeout: 30000 });
  // The new collection has one school of three: the pane asks before taking it.
  assert.match(await question.textContent(), /Не будет 2 ОО: /);
  assert.match(await question.textContent(), /Не прочитаны: Бюджет\.xlsx\./);
  await shot("safety-collect-question");
  await page.getByRole("button", { name: "Заменить" }).click();
  await page.getByText(/^Прочитано: 1 файл/).waitFor();
  await page
    .getByText(/«Бюджет\.xlsx» — не книга ОО: в нём нет листов «Паспорт ОО» и «Педагоги»/)
    .waitFor();

  await openStep(page, "Сводка");
  const before = await state(page);
  await page.getByRole("button", { name: "Рассчитать" }).click();
  const report = page.getByRole("alertdialog");
  await report.waitFor({ timeout: 30000 });
  const text = await report.textContent();
  assert.match(text, /В новом своде меньше данных, чем в книге/);
  assert.match(text, /Не будет 2 ОО: ОО-\d+, ОО-\d+\./);
  const [, was, will] = /Строк о педагогах: было (\d+), станет (\d+)\./.exec(text);
  assert.ok(Number(will) < Number(was), text);
  await shot("safety-report-question");
  assert.equal(await state(page), before, "the workbook changed while the question waited");
  await page.getByRole("button", { name: "Нет", exact: true }).click();
  await page.getByText("Отчёт не записан: книга не изменена").waitFor();
  assert.equal(await state(page), before, "«Нет» changed the workbook");
  await shot("safety-report-declined");

  // «Записать» writes the smaller report.
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page.getByRole("alertdialog").waitFor({ timeout: 30000 });
  await page.getByRole("button", { name: "Записать" }).click();
  await page.getByText("Отчёт записан в книгу").waitFor({ timeout: 30000 });
  assert.notEqual(await state(page), before);
  // Current Excel (ExcelApi 1.20 in the fake): the whole report is one undo action.
  await page
    .getByText("Отменить весь шаг можно одним действием: «Отменить» (Ctrl+Z) в Excel.")
    .waitFor();
  const rows = await page.evaluate(() => window.pedmonitorTest.rows("Сводные данные"));
  assert.ok(rows.length < full.length, `${rows.length} rows, was ${full.length}`);
}

/** «Проверить» in a blank workbook: nothing created, and the pane says what to do. */
export async function blankWorkbookCheck({ page, shot }) {
  await chooseRole(page, "Школа (ОО)");
  await openStep(page, "Проверка");
  const before = await state(page);
  const names = await page.evaluate(() => window.pedmonitorTest.sheetNames());
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  await page.getByText("В этой книге нечего проверять: в ней нет листов книги ОО.").waitFor();
  await page.getByText(/Создайте шаблон на шаге «Шаблон»/).waitFor();
  assert.deepEqual(await page.evaluate(() => window.pedmonitorTest.sheetNames()), names);
  assert.equal(await state(page), before);
  await shot("safety-blank-check");
}

/** «Отмена» while reading more files keeps the collection made before. */
export async function cancelKeepsCollection({ page, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await openStep(page, "Файлы ОО");
  await pickFiles(page, fixtures.schools);
  await page.getByText(new RegExp(`^Прочитано: ${fixtures.schools.length} файл`)).waitFor();
  // Enough files to still be reading at the click: the reader takes a few ms a file.
  const many = Array.from({ length: 150 }, () => fixtures.schools).flat();
  await page.getByLabel("Выбрать файлы").setInputFiles(
    many.map((path, i) => ({
      name: `ОО ${i + 1}.xlsx`,
      mimeType: "application/octet-stream",
      buffer: fixtures.bytes.get(path),
    }))
  );
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByText(new RegExp(`\\d+ из ${many.length}: ОО \\d+\\.xlsx`)).waitFor();
  await page.getByRole("button", { name: "Отмена" }).click();
  await page.getByText(/^Прервано: прочитано \d+ из \d+$/).waitFor();
  await page.getByText(`Оставлены собранные раньше: ${fixtures.schools.length} файла`).waitFor();
  await openStep(page, "Сводка");
  await page
    .getByText(`Данные: собранные файлы ОО (${fixtures.schools.length} файла)`, { exact: false })
    .waitFor();
}

/** A message whose sheet was renamed after the check: the pane says so (no silent ItemNotFound). */
export async function renamedSheetClick({ page, shot }) {
  await chooseRole(page, "Школа (ОО)");
  await openStep(page, "Шаблон");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  await page.getByText(/«Отменить» \(Ctrl\+Z\)/).waitFor();
  await page.evaluate(() => window.pedmonitorTest.fillSchool(5));
  await openStep(page, "Проверка");
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  const list = page.getByRole("list", { name: "Найденные ошибки" });
  await list.waitFor();
  const item = list
    .getByRole("listitem")
    .filter({ hasText: /Педагоги, строка \d+/ })
    .first()
    .getByRole("button");
  await page.evaluate(() => window.pedmonitorTest.renameSheet("Педагоги", "Педагоги 2025"));
  await item.click();
  await page
    .getByText(/Листа «Педагоги» больше нет в книге: его удалили или переименовали после проверки/)
    .waitFor();
  await shot("safety-renamed-sheet");
  await page.getByRole("button", { name: "Снять отметки" }).click();
  // The marks stay on the renamed sheet: the pane says so rather than «no marks».
  await page.getByText(/На листе «Педагоги» отметки не сняты: этого листа больше нет/).waitFor();
}

/**
 * A deputy head's own filled workbook, then «Муниципалитет» by mistake: «Рассчитать» refuses to
 * write the municipal report into the school's file (as `--out` refuses one) and says where
 * the report belongs; the workbook stays exactly as it was.
 */
export async function reportRefusedInSchoolBook({ page, shot, fixtures }) {
  await chooseRole(page, "Школа (ОО)");
  await openStep(page, "Шаблон");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  await page.evaluate(() => window.pedmonitorTest.fillSchool(5));
  // The school checked its data: «Ошибки» is written, and the workbook is still a school's.
  await openStep(page, "Проверка");
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  await page.getByRole("list", { name: "Найденные ошибки" }).waitFor({ timeout: 30000 });
  const names = await page.evaluate(() => window.pedmonitorTest.sheetNames());
  assert.ok(names.includes("Ошибки"), `the check wrote «Ошибки»: ${names.join(", ")}`);
  await chooseRole(page, "Муниципалитет");
  await openStep(page, "Файлы ОО");
  await pickFiles(page, fixtures.schools);
  await page.getByText(new RegExp(`^Прочитано: ${fixtures.schools.length} файл`)).waitFor();
  await openStep(page, "Сводка");
  const before = await state(page);
  await page.getByRole("button", { name: "Рассчитать" }).click();
  await page
    .getByText("Отчёт не записан: открыта книга ОО, а не книга муниципалитета. Книга не изменена.")
    .waitFor({ timeout: 30000 });
  await page.getByText(/Файл → Создать → Пустая книга/).waitFor();
  await shot("safety-school-book-refused");
  assert.equal(await state(page), before, "the report changed the school's workbook");
  assert.deepEqual(await page.evaluate(() => window.pedmonitorTest.sheetNames()), names);
  // The way out: the same report as a new workbook; this one still untouched.
  await page.getByRole("button", { name: "Сводка в новой книге" }).click();
  await page
    .getByText(/^(Свод открыт новой книгой|Передано на скачивание): Свод ПедМонитор/)
    .waitFor({ timeout: 30000 });
  await shot("safety-school-book-new-book");
  assert.equal(await state(page), before, "«Сводка в новой книге» changed the school's workbook");
}

/**
 * Three schools and a copy of the first: three schools, not four, on «Файлы ОО» and «Сводка»;
 * the copy named once, compactly; then one school's file asks «было 3, станет 1».
 */
export async function duplicateCountsOnce({ page, fixtures }) {
  await chooseRole(page, "Муниципалитет");
  await openStep(page, "Файлы ОО");
  const files = fixtures.schools.map((path) => ({
    name: path.split("/").at(-1),
    mimeType: "application/octet-stream",
    buffer: fixtures.bytes.get(path),
  }));
  const copy = { ...files[0], name: "Копия.xlsx" };
  await page.getByLabel("Выбрать файлы").setInputFiles([...files, copy]);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByText(`Прочитано: ${files.length + 1} файла`).waitFor({ timeout: 30000 });
  await page
    .getByText(new RegExp(`Прочитано: ${files.length + 1} файла ?${files.length} ОО, \\d+ строк`))
    .first()
    .waitFor();
  await page.getByText("1 ОО в нескольких файлах (лишних — 1 файл).").waitFor();
  await openStep(page, "Сводка");
  await page
    .getByText(new RegExp(`\\(${files.length + 1} файла\\), ${files.length} ОО\\.`))
    .waitFor();
  await openStep(page, "Файлы ОО");
  await page.getByLabel("Выбрать файлы").setInputFiles([files[1]]);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  const question = page.getByRole("alertdialog");
  await question.waitFor({ timeout: 30000 });
  const text = await question.textContent();
  assert.match(text, new RegExp(`ОО: было ${files.length}, станет 1\\.`));
  assert.match(text, new RegExp(`Не будет ${files.length - 1} ОО: `));
  await page.getByRole("button", { name: "Нет", exact: true }).click();
}

/**
 * «Сводка и рекомендации» on the ribbon in a school's own workbook: the pane stays on the
 * school's role (the workbook remembers «Школа»), and the ribbon's message says where the
 * municipal report belongs; nothing is written.
 */
export async function ribbonReportInSchoolBook({ page }) {
  await chooseRole(page, "Школа (ОО)");
  await openStep(page, "Шаблон");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  const before = await state(page);
  assert.equal(await page.evaluate(() => window.pedmonitorTest.ribbon("buildReport")), true);
  await page.getByText(/открыта книга ОО \(листы «Паспорт ОО», «Педагоги»\)/).waitFor();
  await page.getByRole("tab", { name: "Школа (ОО)", selected: true }).waitFor();
  assert.equal(await page.getByRole("tab", { name: "Муниципалитет", selected: true }).count(), 0);
  const saved = JSON.parse(await page.evaluate(() => window.pedmonitorTest.savedSettings()));
  assert.equal(saved["pedmonitor.pane"].role, "school", JSON.stringify(saved));
  assert.equal(await state(page), before);
}
