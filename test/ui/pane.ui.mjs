/**
 * The pane itself: first-run screens, 320 px without horizontal scrolling, keyboard order and
 * Escape, Office's dark theme filling the whole pane, and axe-core on every screen of both
 * roles with and without prompts open.
 */
import assert from "node:assert/strict";
import { checkA11y } from "./axe.mjs";
import { chooseRole, openStep } from "./navigate.mjs";

const ALL_STEPS = {
  "Школа (ОО)": ["Шаблон", "Проверка", "Показатели"],
  Муниципалитет: ["Файлы ОО", "Сводка", "Меры", "Эффективность", "Обратная связь", "Шаблон"],
};

async function contentWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

export async function narrowPane({ page }) {
  assert.ok((await contentWidth(page)) <= 320, "the first-run screen fits 320 px");
  for (const [role, steps] of Object.entries(ALL_STEPS)) {
    await chooseRole(page, role);
    for (const name of steps) {
      await openStep(page, name);
      const width = await contentWidth(page);
      assert.ok(width <= 320, `${role} / ${name}: content is ${width} px wide in a 320 px pane`);
    }
    // The numbered steps sit in at most two rows: no wrapping into three as before.
    const rows = await page.evaluate(() => {
      const tops = [
        ...document.querySelectorAll('[role="tablist"][aria-label="Шаги"] [role="tab"]'),
      ].map((t) => Math.round(t.getBoundingClientRect().top));
      return new Set(tops).size;
    });
    assert.ok(rows <= 2, `${role}: steps in ${rows} rows`);
  }
}

/** The first time: who works, then the role's numbered steps, then step 1; remembered. */
export async function firstRun({ page, shot }) {
  await page.getByRole("heading", { name: "Кто работает с этой книгой?" }).waitFor();
  await shot("first-run-role");
  await page.getByRole("button", { name: "Муниципалитет", exact: true }).click();
  await page.getByRole("heading", { name: "Муниципалитет: с чего начать" }).waitFor();
  const steps = await page.getByRole("listitem").allTextContents();
  assert.equal(steps.length, 4, `four steps: ${steps}`);
  await shot("first-run-municipality");
  await page.getByRole("button", { name: "Начать: шаг 1 «Файлы ОО»" }).click();
  const tabs = page.getByRole("tablist", { name: "Шаги" }).getByRole("tab");
  assert.equal(await tabs.count(), 4, "at most four top-level steps");
  assert.deepEqual(
    (await tabs.allTextContents()).map((t) => /^\d\./.test(t)),
    [true, true, true, true],
    "numbered"
  );
  await page.getByRole("tab", { name: "Школа (ОО)" }).click();
  await page.getByRole("heading", { name: "Школа (ОО): с чего начать" }).waitFor();
  await shot("first-run-school");
  await page.getByRole("button", { name: /^Начать: шаг 1/ }).click();
  assert.equal(await page.getByRole("tablist", { name: "Шаги" }).getByRole("tab").count(), 3);
  // Seen once per role: back to the municipality, straight to its step.
  await page.getByRole("tab", { name: "Муниципалитет" }).click();
  await page.getByRole("button", { name: "Собрать файлы ОО" }).waitFor();
}

async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const name = el?.getAttribute("aria-label") ?? el?.textContent?.trim();
    return `${el?.getAttribute("role") ?? el?.tagName.toLowerCase()}:${name}`;
  });
}

export async function keyboardOnly({ page }) {
  await page.keyboard.press("Tab");
  assert.equal(await focusedName(page), "button:Школа (ОО)");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: /^Начать: шаг 1/ }).waitFor();
  // The chosen role's first-run screen has the focus on its «Начать», then on step 1.
  assert.equal(await focusedName(page), "button:Начать: шаг 1 «Шаблон»");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Создать шаблон" }).waitFor();
  assert.equal(await focusedName(page), "tab:1. Шаблон");
  const seen = [];
  await page.locator("h1").click(); // start from the top again
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focusedName(page));
  }
  // Tab reaches the role tabs, the steps, then the step's button; arrows move within a tab list.
  assert.deepEqual(seen, ["tab:Школа (ОО)", "tab:1. Шаблон", "button:Создать шаблон"]);
  await page.keyboard.press("Enter");
  await page.getByText("Шаблон создан").waitFor();
  // The result takes the focus (not <body>), so it is read out and the next Tab goes on from it.
  await page.waitForFunction(() => document.activeElement?.closest("[data-pane-result]") !== null);
  await page.keyboard.press("Enter"); // nothing to press on a result: harmless
  // A second creation asks: the focus lands on the safe answer «Нет»; Escape closes the
  // prompt and gives the focus back to «Создать шаблон» (never <body>).
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByRole("button", { name: "Заменить листы" }).waitFor();
  assert.equal(await focusedName(page), "button:Нет");
  await page.keyboard.press("Escape");
  assert.equal(await page.getByRole("button", { name: "Заменить листы" }).count(), 0);
  assert.equal(await focusedName(page), "button:Создать шаблон");
  // Asked again, Shift+Tab to «Заменить листы», Enter: the focus goes to the new result.
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Заменить листы" }).waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === "Нет");
  await page.keyboard.press("Shift+Tab");
  assert.equal(await focusedName(page), "button:Заменить листы");
  await page.keyboard.press("Enter");
  await page.getByText("Шаблон создан").waitFor();
  await page.waitForFunction(() => document.activeElement?.closest("[data-pane-result]") !== null);
  await page.getByRole("tablist", { name: "Шаги" }).getByRole("tab", { name: "1. Шаблон" }).focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Проверить", exact: true }).waitFor();
  const unnamed = await page.evaluate(
    () =>
      [...document.querySelectorAll("button, select, input")].filter(
        (el) => !(el.textContent?.trim() || el.getAttribute("aria-label") || el.labels?.length)
      ).length
  );
  assert.equal(unnamed, 0, "every control has a name");
  // Tabs control their panels, and each panel is labelled by its tab.
  const wiring = await page.evaluate(() =>
    [...document.querySelectorAll('[role="tab"][aria-selected="true"]')].map((tab) => {
      const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
      return panel?.getAttribute("role") === "tabpanel" &&
        panel.getAttribute("aria-labelledby") === tab.id
        ? "ok"
        : `${tab.textContent}: ${panel ? "not labelled by its tab" : "no panel"}`;
    })
  );
  assert.deepEqual(wiring, ["ok", "ok"]);
}

export async function darkTheme({ page, shot }) {
  await chooseRole(page, "Муниципалитет");
  // What the eye sees at a point: the first background that is not transparent, from the
  // element up; a page that paints none shows the browser's white canvas.
  const seen = await page.evaluate(() => {
    const paint = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(bg) && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const h = window.innerHeight;
    return {
      top: paint(document.elementFromPoint(10, 10)),
      content: paint(document.querySelector("main")),
      "below the content": paint(document.elementFromPoint(10, h - 5)),
      // Taller than the window: what scrolling past the end shows.
      canvas: paint(document.documentElement),
    };
  });
  for (const [where, background] of Object.entries(seen)) {
    const [r, g, b] = background.match(/\d+/g).map(Number);
    assert.ok(r + g + b < 3 * 80, `${where} is ${background}, not dark`);
  }
  await shot("dark-municipality");
}

/** axe-core on every screen of both roles, before any result; the shots of the path tests
 *  (run-ui-tests.mjs checks each) cover the screens with results and prompts. */
export async function accessibleEveryScreen({ page }) {
  await checkA11y(page, "первый запуск");
  for (const [role, steps] of Object.entries(ALL_STEPS)) {
    await chooseRole(page, role);
    for (const name of steps) {
      await openStep(page, name);
      await checkA11y(page, `${role} / ${name}`);
    }
  }
  // A prompt open: «Заменить листы?» after a second «Создать шаблон».
  await chooseRole(page, "Школа (ОО)");
  await openStep(page, "Шаблон");
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByText("Шаблон создан").waitFor();
  await page.getByRole("button", { name: "Создать шаблон" }).click();
  await page.getByRole("button", { name: "Заменить листы" }).waitFor();
  await checkA11y(page, "Школа / Шаблон: вопрос о замене листов");
  // A ribbon message open.
  await page.evaluate(() => window.pedmonitorTest.ribbonMessage("Проверка с ленты", "info"));
  await page.getByText("Проверка с ленты").waitFor();
  await checkA11y(page, "сообщение ленты");
}
