/**
 * How UI tests move around the pane: choose a role, open a step. Today both are tabs; the
 * navigation may change (numbered steps, a first-run screen), and then only this file does.
 */

/** role: "Школа (ОО)" | "Муниципалитет" */
export async function chooseRole(page, role) {
  await page.getByRole("tab", { name: role, exact: true }).click();
}

/** label: a step's name as shown, e.g. "Файлы ОО", "Сводка", "Проверка" */
export async function openStep(page, label) {
  await page.getByRole("tab", { name: label, exact: true }).click();
}
