/**
 * `npm run test:ui`: builds the task pane over the Office.js fake (esbuild), serves it on
 * 127.0.0.1, and drives it in Debian's headless Chromium. Screenshots go to test-results/ui/.
 * Prints one line per test and a result line; `--json FILE` writes {"passed": N, "failed": M};
 * `--only TEXT` runs only the tests whose name contains TEXT.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, openPane } from "./browser.mjs";
import {
  checkBundlesAreEs2020,
  checkBundlesCarryNoNode,
  checkFunctionsLoadFirst,
} from "./bundles.ui.mjs";
import { buildFixtureMaker, buildPage } from "./build.mjs";
import {
  cancelCollect,
  collectionRound,
  feedbackOnMac,
  municipalityPath,
  reportInNewWorkbook,
} from "./municipality.ui.mjs";
import {
  guardSilentOnCurrentWebview,
  guardWithoutBuiltIns,
  guardWithoutSyntax,
  prepareGuardPage,
} from "./old-webview.ui.mjs";
import { checkA11y, checked } from "./axe.mjs";
import {
  accessibleEveryScreen,
  darkTheme,
  firstRun,
  keyboardOnly,
  narrowPane,
} from "./pane.ui.mjs";
import { readingKept, resultsKept, ribbonOpensStep } from "./state.ui.mjs";
import { announcedOnce } from "./announce.ui.mjs";
import { schoolPath } from "./school.ui.mjs";
import {
  blankWorkbookCheck,
  cancelKeepsCollection,
  renamedSheetClick,
  reportAsksBeforeWritingLess,
  reportRefusedInSchoolBook,
  duplicateCountsOnce,
  ribbonReportInSchoolBook,
} from "./safety.ui.mjs";
import { serve } from "./server.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const results = join(root, "test-results/ui");
const TESTS = [
  { name: "ОО: шаблон → проверка → переход к ячейке → показатели", run: schoolPath },
  {
    name: "Муниципалитет: файлы ОО → сводка → меры → эффективность → обратная связь",
    run: municipalityPath,
  },
  { name: "Сводка в новой книге муниципалитета (создаётся лист «Меры»)", run: reportInNewWorkbook },
  { name: "Чтение файлов: прогресс со счётчиками и отмена", run: cancelCollect },
  {
    name: "Сбор данных: список ОО с ошибками; книги ОО на новый период (zip)",
    run: collectionRound,
  },
  {
    name: "Обратная связь в Excel для Mac: книги открываются в Excel, не скачиваются",
    run: feedbackOnMac,
    query: "?platform=Mac",
  },
  {
    name: "Сводка спрашивает, прежде чем записать меньше ОО и строк; «Нет» не меняет книгу",
    run: reportAsksBeforeWritingLess,
  },
  { name: "«Проверить» в пустой книге ничего не создаёт", run: blankWorkbookCheck },
  { name: "Сводка не пишется в книгу ОО: отказ и куда идти", run: reportRefusedInSchoolBook },
  {
    name: "Лента «Сводка и рекомендации» в книге ОО: роль «Школа» остаётся, сообщение — куда идти",
    run: ribbonReportInSchoolBook,
  },
  {
    name: "Копия файла ОО не считается второй ОО; вопрос сравнивает разные ОО",
    run: duplicateCountsOnce,
  },
  { name: "«Отмена» чтения оставляет собранные раньше файлы", run: cancelKeepsCollection },
  {
    name: "Ошибка на переименованном листе: панель говорит об этом; «Снять отметки» — что сняла",
    run: renamedSheetClick,
  },
  {
    name: "Панель 320 px: без горизонтальной прокрутки на всех экранах",
    run: narrowPane,
    width: 320,
  },
  {
    name: "Клавиатура: порядок фокуса, фокус на результате, Escape, панели вкладок",
    run: keyboardOnly,
  },
  { name: "Первый запуск: выбор роли и шаги роли, не больше четырёх", run: firstRun },
  {
    name: "Состояние: результаты при смене шага и после повторного открытия, «устарел», профиль",
    run: resultsKept,
  },
  {
    name: "Чтение файлов идёт при смене шага; Escape отменяет; без старого счёта",
    run: readingKept,
  },
  {
    name: "Лента: кнопка открывает свой шаг и выполняет его; сообщения закрываются",
    run: ribbonOpensStep,
  },
  {
    name: "Экранный диктор: каждый результат — один раз, без слитых слов; фокус не на <body>",
    run: announcedOnce,
  },
  { name: "axe-core: все экраны обеих ролей и вопрос о замене листов", run: accessibleEveryScreen },
  { name: "Тёмная тема Office", run: darkTheme, query: "?theme=dark" },
  // These open the shipped page template themselves (old-webview.ui.mjs), not the test page.
  {
    name: "Страница надстройки: защита от старого браузера молчит в современном",
    run: guardSilentOnCurrentWebview,
    ownPage: true,
  },
  {
    name: "Без встроенных объектов ES2020: понятная страница вместо пустой панели",
    run: guardWithoutBuiltIns,
    ownPage: true,
  },
  {
    name: "Без синтаксиса ES2020 (?. и ??): понятная страница вместо пустой панели",
    run: guardWithoutSyntax,
    ownPage: true,
  },
  // Reads dist/ of `npm run build` (CI builds first); fails, never skips, when dist/ is missing.
  {
    name: "Собранные бандлы (dist/) разбираются как ES2020",
    run: () => checkBundlesAreEs2020(join(root, "dist")),
    ownPage: true,
  },
  {
    name: "Собранные бандлы (dist/) без ExcelJS и встроенных модулей Node",
    run: () => checkBundlesCarryNoNode(join(root, "dist")),
    ownPage: true,
  },
  {
    name: "Страница надстройки: функции загружаются раньше панели",
    run: () => checkFunctionsLoadFirst(join(root, "dist")),
    ownPage: true,
  },
];

function argument(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : null;
}

const jsonTarget = () => argument("--json");
/** `--only TEXT`: runs the tests whose name contains TEXT. */
const only = argument("--only");

/** The tests `--only` selects; none is an error, so a mistyped filter cannot pass as «0 failed». */
function selectedTests() {
  const selected = TESTS.filter((t) => !only || t.name.includes(only));
  if (selected.length === 0) {
    throw new Error(
      `--only «${only}» matches no test; names:\n  ${TESTS.map((t) => t.name).join("\n  ")}`
    );
  }
  return selected;
}

/** A failed test's name and the first lines of its error. */
function logFailure(test, error) {
  const lines = String(error?.stack ?? error)
    .split("\n")
    .slice(0, 6);
  console.log(`  ✗ ${test.name}\n    ${lines.join("\n    ")}`);
}

async function main() {
  const started = Date.now();
  const selected = selectedTests();
  if (!existsSync("/usr/bin/chromium"))
    throw new Error("/usr/bin/chromium not found: apt-get install -y chromium");
  mkdirSync(results, { recursive: true });
  for (const old of readdirSync(results)) if (old.endsWith(".png")) rmSync(join(results, old));
  const build = join(results, "build");
  await buildPage(root, build);
  prepareGuardPage(root, build);
  const maker = createRequire(import.meta.url)(await buildFixtureMaker(root, build));
  const fixtures = await maker.makeFixtures(join(tmpdir(), `pedmonitor-ui-${process.pid}`), 3);
  fixtures.bytes = new Map(fixtures.schools.map((p) => [p, readFileSync(p)]));
  const server = await serve([join(root, "test/ui/page"), build]);
  let browser = null;
  let passed = 0;
  let failed = 0;
  try {
    browser = await launch();
    for (const test of selected) {
      const t0 = Date.now();
      if (test.ownPage) {
        const shot = (page, name) =>
          page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
        try {
          await test.run({ browser, url: server.url, shot });
          passed++;
          console.log(`  ✓ ${test.name} (${Date.now() - t0} ms)`);
        } catch (error) {
          failed++;
          logFailure(test, error);
        }
        continue;
      }
      const pane = await openPane(browser, server.url, { width: test.width, query: test.query });
      pane.page.setDefaultTimeout(15000);
      // Every screen a test captures is checked by axe-core too.
      const shot = async (name) => {
        await checkA11y(pane.page, name);
        await pane.page.screenshot({ path: join(results, `${name}.png`), fullPage: true });
      };
      try {
        await test.run({ page: pane.page, shot, fixtures });
        if (pane.errors.length) throw new Error(`console errors:\n  ${pane.errors.join("\n  ")}`);
        passed++;
        console.log(`  ✓ ${test.name} (${Date.now() - t0} ms)`);
      } catch (error) {
        failed++;
        logFailure(test, error);
        await pane.page
          .screenshot({
            path: join(results, `FAILED-${TESTS.indexOf(test) + 1}.png`),
            fullPage: true,
          })
          .catch(() => undefined);
      } finally {
        await pane.close();
      }
    }
  } finally {
    await browser?.close();
    server.close();
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `UI tests: ${passed} passed, ${failed} failed (${seconds} s); axe-core: ${checked.size} screen states, no violations allowed; screenshots in test-results/ui/`
  );
  const json = jsonTarget();
  if (json) writeFileSync(json, JSON.stringify({ passed, failed }));
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((error) => {
  console.error(error);
  const json = jsonTarget();
  if (json) writeFileSync(json, JSON.stringify({ passed: 0, failed: 1 }));
  process.exitCode = 1;
});
