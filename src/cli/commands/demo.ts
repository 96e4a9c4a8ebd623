/** `pedmonitor demo [--out FILE.xlsx] [--schools N] [--seed S]`: a synthetic municipality, end to end. */
import { ExcelJsWorkbook } from "../../adapters/exceljs/exceljs-workbook";
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import { runDemo } from "../../app/demo/pipeline";
import { writeReport } from "../../app/report";
import { formatDay } from "../../core/time/day";
import type { SheetModel } from "../../port/sheet-model";
import type { WorkbookPort } from "../../port/workbook-port";
import { intOption, stringOption } from "../args";
import { checkXlsxPath, openReadOnlyBytes, saveWorkbook } from "../files";
import { EXIT_OK } from "../io";
import { countsLine, plural, printIssues } from "../output";
import { refuseReplacing } from "../replace-guard";
import type { Command } from "./command";

export const DEFAULT_DEMO_OUT = "demo/pedmonitor-demo.xlsx";
const MAX_SCHOOLS = 500;

/**
 * A school's sheets saved as a real .xlsx (by ExcelJS, another producer than the report's
 * writer) and opened again the way `pedmonitor report` opens a school's file.
 */
async function schoolWorkbook(sheets: SheetModel[]): Promise<WorkbookPort> {
  const written = ExcelJsWorkbook.create();
  for (const sheet of sheets) await written.writeSheet(sheet);
  return openReadOnlyBytes(await written.toBuffer());
}

export const demoCommand: Command = {
  summary: "demo [--out FILE.xlsx] [--schools N] [--seed S]   демонстрация на синтетических данных",
  help: [
    "pedmonitor demo [--out FILE.xlsx] [--schools N] [--seed S] [--force]",
    "  Создаёт синтетический муниципалитет (правдоподобные данные с несколькими намеренными ошибками),",
    "  проверяет и сводит книги ОО, строит отчёт (с синтетическим прошлым периодом и черновиками мер)",
    "  и записывает одну книгу со всеми листами отчёта.",
    `  --out FILE.xlsx   куда сохранить (по умолчанию ${DEFAULT_DEMO_OUT})`,
    `  --schools N       число ОО, от 1 до ${MAX_SCHOOLS} (по умолчанию 12)`,
    "  --seed S          начальное число генератора (по умолчанию 1): одно и то же число даёт те же данные",
    "  --force           заменить существующий файл --out, даже если его сохраняли после ПедМонитора",
    "  Существующий файл заменяется, только если это книга ПедМонитора, которую никто не сохранял после.",
    "  Код выхода: 0, когда книга построена (ошибки в демо-данных намеренные); 2 — книгу не удалось записать.",
  ].join("\n"),
  args: {
    options: { out: "value", schools: "value", seed: "value", force: "flag" },
    minPositionals: 0,
    maxPositionals: 0,
  },
  async run(args, io) {
    const out = stringOption(args, "out") ?? DEFAULT_DEMO_OUT;
    checkXlsxPath(out, "--out");
    await refuseReplacing(out, args.options.get("force") === true);
    const schools = intOption(args, "schools", 12, 1, MAX_SCHOOLS);
    const seed = intOption(args, "seed", 1, 0, 2 ** 32 - 1);
    const state = await runDemo(
      { schools, seed },
      { schoolWorkbook, progress: (text) => io.err(text) }
    );
    const output = XlsxBookWriter.create();
    const written = await writeReport(output, state.report!);
    await saveWorkbook(output, out);

    const issues = state.consolidation?.issues ?? [];
    const errors = issues.filter((i) => i.severity === "error").length;
    const rows = state.schools.reduce((sum, s) => sum + s.workers.length, 0);
    const period = state.consolidation?.period;
    io.out(
      `Демо: ${plural(state.schools.length, "ОО", "ОО", "ОО")}, ${plural(rows, "строка", "строки", "строк")} педагогов (seed ${seed})`
    );
    if (period) io.out(`Отчётный период: ${formatDay(period.start)}–${formatDay(period.end)}`);
    io.out(
      `Проверка: ${countsLine(errors, issues.length - errors)} (ошибки в демо-данных допущены намеренно)`
    );
    printIssues(io, issues, "полный список на листе «Ошибки»");
    io.out(`Файл: ${out}`);
    io.out(`Листы: ${written.written.join(", ")}`);
    // cli.md Additions: the planted errors are the demonstration, not a failure of the run.
    io.out("Книга построена: ошибки выше — намеренная часть демонстрации, поэтому код выхода 0.");
    return EXIT_OK;
  },
};
