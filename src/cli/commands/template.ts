/**
 * `pedmonitor template school|municipality --out FILE.xlsx`: an empty standard workbook;
 * `template school --for MUNICIPALITY.xlsx --out DIR [--previous SOURCE...]`: pre-filled
 * school workbooks, one per school of the municipality workbook (template-for.ts).
 */
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import { makeTemplate, type TemplateLevel } from "../../app/make-template";
import { stringOption } from "../args";
import { checkXlsxPath, saveWorkbook } from "../files";
import { CliError, EXIT_OK } from "../io";
import { refuseReplacing } from "../replace-guard";
import type { Command } from "./command";
import { runTemplateFor } from "./template-for";

const LEVELS: Record<string, { level: TemplateLevel; title: string }> = {
  school: { level: "school", title: "Книга ОО (школы)" },
  municipality: { level: "municipality", title: "Книга муниципалитета (свод)" },
};

export const templateCommand: Command = {
  summary:
    "template school|municipality --out FILE.xlsx   пустая (или заранее заполненная: --for) книга",
  help: [
    "pedmonitor template school --out FILE.xlsx [--force]         книга для заполнения школой",
    "pedmonitor template municipality --out FILE.xlsx [--force]   книга муниципалитета для свода",
    "pedmonitor template school --for МУНИЦИПАЛИТЕТ.xlsx --out ПАПКА [--previous ФАЙЛ|ПАПКА]... [--force]",
    "  книга <Код ОО>.xlsx на каждую ОО листа «Список ОО» книги муниципалитета (без него — листа «ОО»):",
    "  паспорт заполнен (код, наименование, муниципалитет, следующий отчётный период — за последним",
    "  периодом свода, иначе учебный год на сегодня);",
    "  --previous  книги ОО или книга муниципалитета прошлого периода: педагоги каждой ОО переносятся в её книгу",
    "              (стаж увеличен на длину периода; ответы за период оставлены пустыми и отмечены «Обновите»).",
    "              ОО прошлого периода с похожим, но другим кодом («ОО-4» при «ОО-04» в списке) не переносится:",
    "              она названа, код выхода 1; ОО, которой нет в списке, тоже названа.",
    "  Существующий файл не заменяется (кроме книги, которую ПедМонитор записал и никто не сохранял после);",
    "  --force — заменить его всё равно.",
  ].join("\n"),
  args: {
    options: { out: "value", force: "flag", for: "value", previous: "list" },
    minPositionals: 1,
    maxPositionals: 1,
  },
  async run(args, io) {
    const choice = LEVELS[args.positionals[0]];
    if (!choice)
      throw new CliError(
        `Неизвестный вид книги «${args.positionals[0]}»: укажите school или municipality.`
      );
    if (args.options.has("for")) {
      if (choice.level !== "school")
        throw new CliError("--for: заранее заполняются только книги ОО: template school --for …");
      return runTemplateFor(args, io);
    }
    if (args.options.has("previous"))
      throw new CliError(
        "--previous: переносить педагогов можно только с --for МУНИЦИПАЛИТЕТ.xlsx"
      );
    const out = stringOption(args, "out");
    if (!out) throw new CliError("Укажите, куда сохранить книгу: --out FILE.xlsx");
    checkXlsxPath(out, "--out");
    await refuseReplacing(out, args.options.get("force") === true);
    const workbook = XlsxBookWriter.create();
    const result = await makeTemplate(workbook, choice.level, { replace: false });
    await saveWorkbook(workbook, out);
    io.out(`${choice.title}: ${out}`);
    io.out(`Листы: ${result.created.join(", ")}`);
    return EXIT_OK;
  },
};
