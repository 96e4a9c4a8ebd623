/**
 * `Инструкция`: how to fill the school workbook, for a deputy head. Generated
 * from the schema's help texts, so it never disagrees with the sheets:
 * what each sheet is for, every column with whether it is required, the
 * allowed values and the help; how to check the workbook; whom to send it to.
 */
import {
  COMMUNITIES,
  INSTRUCTION_SHEET,
  PASSPORT,
  TEACHERS,
  type DataSheetSpec,
} from "../../core/schema";
import type { CellStyle, OutCell, RangeRef, SheetModel } from "../../port/sheet-model";
import { allowedText, requiredText } from "./describe";
import { HEADER, SECTION, TITLE, WRAPPED } from "./styles";

export const INSTRUCTION_TITLE =
  "Инструкция по заполнению книги мониторинга профессионального развития педагогов";
const COLUMNS = ["Показатель или столбец", "Обязательно", "Допустимые значения", "Пояснение"];
const WIDTHS = [40, 24, 44, 70];
/** Paragraphs are split into lines by hand: Excel does not grow merged rows to fit wrapped text. */
const LINE_LENGTH = 150;

const GENERAL = [
  "Книга заполняется в каждой образовательной организации (ОО) за отчётный период. Не переименовывайте листы и столбцы: программа находит их по названиям.",
  `1. Лист «${PASSPORT.name}»: ${PASSPORT.help} Заполните столбец «${PASSPORT.valueHeader}».`,
  `2. Лист «${TEACHERS.name}»: ${TEACHERS.help} Табельный номер не повторяется; ФИО можно не указывать.`,
  `3. Лист «${COMMUNITIES.name}»: ${COMMUNITIES.help}`,
  "Даты вводите как ДД.ММ.ГГГГ (например, 01.09.2024). В столбцах со списком выберите значение из раскрывающегося списка; «Да»/«Нет» — тоже из списка.",
  "Числа с дробной частью пишите через запятую (2,5). Пустая строка пропускается. Свои дополнительные столбцы добавлять можно: они сохраняются, но не учитываются.",
];
const CHECK = [
  "На вкладке «ПедМонитор» нажмите «Проверить». Ячейки с ошибками выделяются цветом, в примечании к ячейке написано, что исправить;",
  "полный список появляется на листе «Ошибки» со ссылками на ячейки. Ошибка — строка не войдёт в показатели, её нужно исправить.",
  "Предупреждение — строка учитывается, но данные стоит перепроверить. После исправления нажмите «Проверить» ещё раз.",
  "Без Excel книгу можно проверить командой: pedmonitor validate <файл>.xlsx",
];
const SEND = [
  "Исправьте все ошибки, сохраните книгу под именем «<Код ОО>.xlsx» (например, ОО-12.xlsx) и отправьте её ответственному за мониторинг",
  "в муниципальном органе управления образованием (муниципальному методисту) в установленный срок. Не отправляйте книгу с ошибками.",
];

/** For a workbook pre-filled from last period (template school --for … --previous …). */
export const RENEW_SECTION_TITLE = "Что проверить и обновить";
const RENEW = [
  "Книга заполнена заранее: в паспорте — код, наименование ОО, муниципалитет и даты нового отчётного периода; на листе «Педагоги» — педагоги из книги ОО за прошлый период.",
  "Перенесено как было: табельный номер, ФИО, пол, дата рождения, категория работника, должность, предмет, образование, квалификационная категория и дата аттестации, последняя диагностика и ИОМ, последний курс ПК, переподготовка, вид занятости, примечание. Проверьте и исправьте то, что изменилось.",
  "Педагогический стаж увеличен на длину периода: проверьте его.",
  "Жёлтые ячейки оставлены пустыми — ответьте на них заново за новый период (подсказка «Обновите» появляется при выборе ячейки): конкурсы, экспертная деятельность, МО, сетевые сообщества, наставничество, проекты, оценка профмастерства, выгорание, кадровый резерв, тьютор, ОВЗ, одарённые дети; в паспорте — штатные должности, вакансии и ответы «Да/Нет». Жёлтым отмечены и ячейки, значение которых в прошлом периоде было с ошибкой: они пусты, а подсказка «Заполните» показывает, что там было.",
  "Жёлтая ячейка со значением — значение перенесено, но его нужно проверить (подсказка «Проверьте»): например, квалификационная категория и дата аттестации, срок которой истёк или истекает до конца нового периода. Исправьте или подтвердите их.",
  "Добавьте строки новых педагогов (в пустые строки под перенесёнными) и удалите строки тех, кто уволился. Лист «Сообщества и проекты» заполните заново.",
];

export function instructionSheet(options: { prefilled?: boolean } = {}): SheetModel {
  const builder = new SheetBuilder();
  builder.line(INSTRUCTION_TITLE, TITLE);
  builder.blank();
  if (options.prefilled) builder.section(RENEW_SECTION_TITLE, RENEW);
  builder.section("Как заполнить книгу", GENERAL);
  builder.section("Как проверить книгу", CHECK);
  builder.section("Куда отправить", SEND);
  for (const spec of [PASSPORT, TEACHERS, COMMUNITIES]) builder.fieldTable(spec);
  return {
    name: INSTRUCTION_SHEET,
    cells: builder.cells,
    columns: WIDTHS.map((width) => ({ width })),
    styles: builder.styles,
    pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: true },
    tabColor: "#2F75B5",
  };
}

class SheetBuilder {
  readonly cells: OutCell[][] = [];
  readonly styles: { range: RangeRef; style: CellStyle }[] = [];

  line(text: string, style?: CellStyle): void {
    if (style)
      this.styles.push({ range: { row: this.cells.length, col: 0, rows: 1, cols: 1 }, style });
    this.cells.push([text]);
  }

  blank(): void {
    this.cells.push([]);
  }

  section(title: string, paragraphs: readonly string[]): void {
    this.styles.push({
      range: { row: this.cells.length, col: 0, rows: 1, cols: COLUMNS.length },
      style: SECTION,
    });
    this.cells.push([title]);
    for (const paragraph of paragraphs) for (const text of splitLines(paragraph)) this.line(text);
    this.blank();
  }

  fieldTable(spec: DataSheetSpec): void {
    this.section(`Лист «${spec.name}»`, [spec.help]);
    this.cells.pop();
    const header = this.cells.length;
    this.styles.push({
      range: { row: header, col: 0, rows: 1, cols: COLUMNS.length },
      style: HEADER,
    });
    this.cells.push([...COLUMNS]);
    for (const field of spec.fields) {
      this.cells.push([field.header, requiredText(field, spec), allowedText(field), field.help]);
    }
    const rows = spec.fields.length;
    this.styles.push({
      range: { row: header + 1, col: 0, rows, cols: COLUMNS.length },
      style: { ...WRAPPED, border: true },
    });
    this.blank();
  }
}

export function splitLines(text: string, max = LINE_LENGTH): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > max) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}
