/** The pane itself: 320 px without horizontal scrolling, keyboard order, Office's dark theme. */
import assert from "node:assert/strict";

const ALL_STEPS = {
  "Школа (ОО)": ["Шаблон", "Проверка", "Показатели"],
  Муниципалитет: ["Файлы ОО", "Сводка", "Меры", "Эффективность", "Обратная связь", "Шаблон"],
};

export async function narrowPane({ page }) {
  for (const [role, steps] of Object.entries(ALL_STEPS)) {
    await page.getByRole("tab", { name: role }).click();
    for (const name of steps) {
      await page.getByRole("tab", { name, exact: true }).click();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${role} / ${name}: content is ${width} px wide in a 320 px pane`);
    }
  }
}

async function focusedName(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.getAttribute("role") ?? el?.tagName.toLowerCase()}:${el?.textContent?.trim()}`;
  });
}

export async function keyboardOnly({ page }) {
  const seen = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focusedName(page));
  }
  // Tab reaches the role tabs, the steps, then the step's button; arrows move within a tab list.
  assert.deepEqual(seen, ["tab:Школа (ОО)", "tab:Шаблон", "button:Создать шаблон"]);
  await page.keyboard.press("Enter");
  await page.getByText("Шаблон создан").waitFor();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Проверить", exact: true }).waitFor();
  const labelled = await page.evaluate(
    () =>
      [...document.querySelectorAll("button, select, input")].filter(
        (el) => !(el.textContent?.trim() || el.getAttribute("aria-label") || el.labels?.length)
      ).length
  );
  assert.equal(labelled, 0, "every control has a name");
}

export async function darkTheme({ page, shot }) {
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector(".fui-FluentProvider")).backgroundColor
  );
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 3 * 80, `background ${background} should be dark`);
  await page.getByRole("tab", { name: "Муниципалитет" }).click();
  await shot("dark-municipality");
}
