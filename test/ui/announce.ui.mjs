/**
 * What a screen-reader user hears and where the keyboard focus lands (issue 15, point 5; review
 * M3, M4): each result read once, with spaced words and without the labels of its buttons;
 * nothing read again on a step switch or a return to a step; the focus never on <body> after
 * Escape on the «Заменить листы» prompt, its «Нет», or closing a ribbon message by keyboard.
 */
import assert from "node:assert/strict";
import { chooseRole, openStep } from "./navigate.mjs";

const heard = (page) => page.evaluate(() => window.pedmonitorTest.announced());

/** The announcements since `from`, after the pane has had time to read anything it would. */
async function heardSince(page, from) {
  await page.waitForTimeout(400);
  return (await heard(page)).slice(from);
}

/** Words glued together («созданЛисты», «файла4 ОО», «…повторите.Открыть»). */
const GLUED = /[а-яё][А-ЯЁ0-9«]|[.,:;»)][А-ЯЁ«]/;

function assertSpoken(message, buttons) {
  // «ПедМонитор» is the product's name, not two glued words.
  assert.doesNotMatch(message.replaceAll("ПедМонитор", "П"), GLUED, `glued words: ${message}`);
  for (const label of buttons)
    assert.ok(!message.includes(label), `button «${label}» read as part of: ${message}`);
}

/** Where the focus is: never <body>. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "body";
    return `${el.getAttribute("role") ?? el.tagName.toLowerCase()}:${el.getAttribute("aria-label") ?? el.textContent?.trim()}`;
  });
}

export async function announcedOnce({ page, fixtures }) {
  // School: a result is read once, as sentences, and not again on switching steps.
  await chooseRole(page, "Школа (ОО)");
  let from = (await heard(page)).length;
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  let said = await heardSince(page, from);
  assert.equal(said.length, 1, `one announcement: ${JSON.stringify(said)}`);
  assert.match(said[0], /^Шаблон создан\. Листы: /);
  assertSpoken(said[0], []);
  from += said.length;
  await openStep(page, "Проверка");
  await openStep(page, "Шаблон");
  await page.getByText("Шаблон создан").waitFor();
  assert.deepEqual(await heardSince(page, from), [], "nothing read on a return to the step");

  // The replace prompt: read once without its buttons; focus on «Нет»; Escape and «Нет» give
  // the focus back to «Создать шаблон».
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByRole("button", { name: "Заменить листы" }).waitFor();
  said = await heardSince(page, from);
  assert.equal(said.length, 1, `the prompt read once: ${JSON.stringify(said)}`);
  assert.match(said[0], /^В книге уже есть листы шаблона\. /);
  assertSpoken(said[0], ["Заменить листы", "Создать шаблон"]);
  assert.doesNotMatch(said[0], /Нет\s*$/, "the «Нет» button is not read as part of the prompt");
  from += said.length;
  assert.equal(await focused(page), "button:Нет", "the safe answer has the focus");
  await page.keyboard.press("Escape");
  assert.equal(await page.getByRole("button", { name: "Заменить листы" }).count(), 0);
  assert.equal(await focused(page), "button:Создать шаблон", "Escape: focus not on <body>");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Нет", exact: true }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Нет");
  await page.keyboard.press("Enter");
  assert.equal(await page.getByRole("button", { name: "Заменить листы" }).count(), 0);
  assert.equal(await focused(page), "button:Создать шаблон", "«Нет»: focus not on <body>");
  assert.equal((await heardSince(page, from)).length, 1, "the second prompt read once");
  from = (await heard(page)).length;

  // A ribbon message: read once; closed by keyboard, the focus goes to the next control.
  await page.evaluate(() => window.pedmonitorTest.ribbonMessage("Ошибок: 12", "error"));
  await page.getByText("Ошибок: 12").waitFor();
  assert.deepEqual(await heardSince(page, from), ["Ошибок: 12"]);
  from += 1;
  await page.getByRole("button", { name: "Закрыть сообщение ленты" }).focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.getByText("Ошибок: 12").count(), 0);
  const after = await focused(page);
  assert.notEqual(after, "body", "closing the ribbon message: focus not on <body>");
  assert.equal(after, "tab:1. Шаблон", "the control after the message: the step's tab");
  assert.deepEqual(await heardSince(page, from), [], "closing reads nothing");

  // Municipality: an error read once, not again on returning to its step; a collection with
  // a duplicate school read as one message, in sentences.
  await chooseRole(page, "Муниципалитет");
  from = (await heard(page)).length;
  await openStep(page, "Сводка");
  await page.getByRole("button", { name: "Рассчитать" }).click();
  // The workbook is the school's template made above: the report is refused (pane-safety.md).
  await page.getByText("Отчёт не записан: открыта книга ОО").waitFor();
  said = await heardSince(page, from);
  assert.equal(said.length, 1, `the refusal read once: ${JSON.stringify(said)}`);
  assert.match(said[0], /^Отчёт не записан: открыта книга ОО/);
  assertSpoken(said[0], ["Открыть шаг"]);
  from += 1;
  await openStep(page, "Файлы ОО");
  await openStep(page, "Сводка");
  await page.getByText("Отчёт не записан: открыта книга ОО").waitFor();
  assert.deepEqual(await heardSince(page, from), [], "an old error is not read again");
  await openStep(page, "Файлы ОО");
  await page.getByLabel("Выбрать файлы").setInputFiles(fixtures.schools);
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  await page.getByText(/^Прочитано: \d+ файл/).waitFor();
  said = await heardSince(page, from);
  assert.equal(said.length, 1, `the collection read once: ${JSON.stringify(said)}`);
  assert.match(said[0], /^Прочитано: \d+ файла?\. \d+ ОО/);
  assertSpoken(said[0], ["Открыть шаг"]);
  from += 1;
  await openStep(page, "Сводка");
  await openStep(page, "Файлы ОО");
  assert.deepEqual(await heardSince(page, from), [], "nothing read on switching steps");

  // A question (fewer schools than collected): read by its dialog when the focus enters it
  // (name and description), never through the announcer with its buttons' labels.
  await page.getByLabel("Выбрать файлы").setInputFiles(fixtures.schools.slice(0, 1));
  await page.getByRole("button", { name: "Собрать файлы ОО" }).click();
  const question = page.getByRole("alertdialog");
  await question.waitFor();
  assert.deepEqual(await heardSince(page, from), [], "the question is not announced");
  const dialog = await question.evaluate((el) => ({
    named: (document.getElementById(el.getAttribute("aria-labelledby"))?.textContent ?? "") !== "",
    described:
      (document.getElementById(el.getAttribute("aria-describedby"))?.textContent ?? "") !== "",
    focusInside: el.contains(document.activeElement),
  }));
  assert.deepEqual(dialog, { named: true, described: true, focusInside: true });
  await page.keyboard.press("Escape");
  await question.waitFor({ state: "detached" });
  said = await heardSince(page, from);
  assert.equal(said.length, 1, `the answer's result read once: ${JSON.stringify(said)}`);
  assertSpoken(said[0], ["Открыть шаг", ",Заменить", "Заменить Нет", "ЗаменитьНет"]);
  assert.notEqual(await focused(page), "body");
}
