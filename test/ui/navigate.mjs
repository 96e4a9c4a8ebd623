/**
 * Moving around the pane as a person does, for every browser test: choose who works (the
 * first-run choice, or the role tabs later; the role's first-run screen is passed with
 * «Начать»), and open a step by its name (the numbered step, then its part when it has two).
 */

/** label → [numbered step tab, part tab] per role (src/taskpane/state/steps.ts). */
const PLACES = {
  "Школа (ОО)": {
    Шаблон: ["1. Шаблон"],
    Проверка: ["2. Проверка"],
    Показатели: ["3. Показатели"],
  },
  Муниципалитет: {
    "Файлы ОО": ["1. Файлы ОО"],
    Сводка: ["2. Сводка и справка"],
    Меры: ["3. Меры и эффективность", "Меры"],
    Эффективность: ["3. Меры и эффективность", "Эффективность"],
    "Обратная связь": ["4. Обратная связь и книги ОО", "Обратная связь"],
    Шаблон: ["4. Обратная связь и книги ОО", "Шаблон и книги ОО"],
  },
};

/** role: "Школа (ОО)" | "Муниципалитет". */
export async function chooseRole(page, role) {
  const tab = page.getByRole("tab", { name: role, exact: true });
  if ((await tab.count()) > 0) await tab.click();
  else await page.getByRole("button", { name: role, exact: true }).click();
  const steps = page.getByRole("tablist", { name: "Шаги" });
  const start = page.getByRole("button", { name: /^Начать: шаг 1/ });
  await steps.or(start).first().waitFor();
  if (await start.isVisible()) await start.click();
  await steps.waitFor();
}

async function currentRole(page) {
  for (const role of Object.keys(PLACES)) {
    const tab = page.getByRole("tab", { name: role, exact: true, selected: true });
    if ((await tab.count()) > 0) return role;
  }
  throw new Error("no role chosen: call chooseRole first");
}

/** label: a step's own name, e.g. "Файлы ОО", "Сводка", "Меры", "Шаблон". */
export async function openStep(page, label) {
  const role = await currentRole(page);
  const place = PLACES[role][label];
  if (!place) throw new Error(`no step «${label}» for ${role}`);
  const [step, part] = place;
  await page
    .getByRole("tablist", { name: "Шаги" })
    .getByRole("tab", { name: step, exact: true })
    .click();
  if (part) {
    await page.getByRole("tab", { name: part, exact: true }).click();
  }
}
