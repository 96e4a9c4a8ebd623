/** A school's path: create the template → (the person fills it) → check → go to a cell → indicators. */
import assert from "node:assert/strict";
import { chooseRole, openStep } from "./navigate.mjs";

export async function schoolPath({ page, shot }) {
  await chooseRole(page, "Школа (ОО)");
  await shot("school-empty");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  const names = await page.evaluate(() => window.pedmonitorTest.visibleSheetNames());
  assert.deepEqual(names.slice(0, 2), ["Инструкция", "Паспорт ОО"]);
  assert.ok(names.includes("Педагоги"), `sheets: ${names}`);
  await shot("school-template");

  // A second click finds the sheets and asks before replacing them.
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("В книге уже есть листы шаблона").waitFor();
  await page.getByRole("button", { name: "Заменить листы" }).click();
  await page.getByText("Шаблон создан").waitFor();

  await page.evaluate(() => window.pedmonitorTest.fillSchool(5));
  await openStep(page, "Проверка");
  await page.getByText("Здесь появится список ошибок").waitFor();
  await page.getByRole("button", { name: "Проверить", exact: true }).click();
  const list = page.getByRole("list", { name: "Найденные ошибки" });
  await list.waitFor();
  const errors = await page.getByText(/^\d+ ошиб(ка|ки|ок)$/).textContent();
  assert.ok(Number(errors.replace(/\D/g, "")) > 0, errors);
  await shot("school-check");

  const item = list
    .getByRole("listitem")
    .filter({ has: page.getByRole("button") })
    .filter({ hasText: /строка \d+/ })
    .first();
  const text = await item.textContent();
  const [, sheet, row] = /— (.+?), строка (\d+)/.exec(text);
  const go = item.getByRole("button");
  assert.match(
    await go.textContent(),
    new RegExp(`^Перейти к (ячейке [A-Z]+${row}|строке ${row})$`)
  );
  await go.click();
  await page.waitForFunction(() => window.pedmonitorTest.selection() !== null);
  const selection = await page.evaluate(() => window.pedmonitorTest.selection());
  assert.equal(selection.sheet, sheet);
  assert.match(selection.address, new RegExp(`^[A-Z]+${row}$`));
  assert.equal(await page.evaluate(() => window.pedmonitorTest.active()), sheet);
  assert.ok((await page.evaluate(() => window.pedmonitorTest.sheetNames())).includes("Ошибки"));

  await openStep(page, "Показатели");
  await page.getByRole("button", { name: "Рассчитать показатели" }).click();
  const indicators = page.getByRole("list", { name: "Показатели ОО" });
  await indicators.waitFor();
  const full = await indicators.getByRole("listitem").count();
  assert.ok(full > 20, `full profile shows ${full} indicators`);
  await shot("school-indicators");
  await page.getByLabel("Профиль показателей").selectOption("004");
  await page.getByRole("button", { name: "Рассчитать показатели" }).click();
  await page.waitForFunction(
    () => document.querySelectorAll('[aria-label="Показатели ОО"] li').length === 6
  );
}
