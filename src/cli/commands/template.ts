/** `pedmonitor template school|municipality --out FILE.xlsx`: an empty standard workbook. */
import { XlsxBookWriter } from "../../adapters/xlsx-writer/xlsx-book-writer";
import { makeTemplate, type TemplateLevel } from "../../app/make-template";
import { stringOption } from "../args";
import { checkXlsxPath, saveWorkbook } from "../files";
import { CliError, EXIT_OK } from "../io";
import { refuseReplacing } from "../replace-guard";
import type { Command } from "./command";

const LEVELS: Record<string, { level: TemplateLevel; title: string }> = {
  school: { level: "school", title: "Книга ОО (школы)" },
  municipality: { level: "municipality", title: "Книга муниципалитета (свод)" },
};

export const templateCommand: Command = {
  summary: "template school|municipality --out FILE.xlsx   пустая книга по стандарту",
  help: [
    "pedmonitor template school --out FILE.xlsx [--force]         книга для заполнения школой",
    "pedmonitor template municipality --out FILE.xlsx [--force]   книга муниципалитета для свода",
    "  Существующий файл не заменяется (кроме книги, которую ПедМонитор записал и никто не сохранял после);",
    "  --force — заменить его всё равно.",
  ].join("\n"),
  args: { options: { out: "value", force: "flag" }, minPositionals: 1, maxPositionals: 1 },
  async run(args, io) {
    const choice = LEVELS[args.positionals[0]];
    if (!choice)
      throw new CliError(
        `Неизвестный вид книги «${args.positionals[0]}»: укажите school или municipality.`
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
