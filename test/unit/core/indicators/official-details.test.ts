/**
 * Issue 13: `Настройки` holds the details of the official documents (Settings.official)
 * in a «Реквизиты документов» block: written by the template, read back wherever a
 * person moved it, text and dates read tolerantly, unreadable dates a Russian warning,
 * a sheet without the block read as the defaults.
 */
import { settingsSheetWithCustom } from "../../../../src/app/template/settings-sheet";
import { defaultOfficialDetails, defaultSettings } from "../../../../src/core/indicators/defaults";
import { findOfficialBlock, readSettings } from "../../../../src/core/indicators/settings";
import { officialBlockRows, settingsSheet } from "../../../../src/core/indicators/settings-sheet";
import type { CellValue, Grid } from "../../../../src/core/model";
import { OFFICIAL_DETAILS } from "../../../../src/core/schema/municipality";
import { dateFromDay, dayOf } from "../../../../src/core/time/day";
import { renderIssue } from "../../../../src/core/validate/message";
import type { OutCell } from "../../../../src/port/sheet-model";

const asGrid = (cells: OutCell[][]): Grid => cells.map((r) => r.map((c) => c as CellValue));
const labels = OFFICIAL_DETAILS.rows.map((f) => f.label);

/** Writes `value` beside `label` in the block of a grid (wherever it stands). */
function fill(grid: Grid, label: string, value: CellValue): void {
  const [row, labelCol, valueCol] = findOfficialBlock(grid)!;
  for (let r = row + 1; r < grid.length; r++)
    if (grid[r]?.[labelCol] === label) {
      while (grid[r].length <= valueCol) grid[r].push(null);
      grid[r][valueCol] = value;
      return;
    }
  throw new Error(`no row ${label}`);
}

describe("«Реквизиты документов» in Настройки", () => {
  it("the template holds the block with every row, Ответственный filled with the neutral default", () => {
    const grid = asGrid(settingsSheetWithCustom().cells);
    const [row, labelCol, valueCol] = findOfficialBlock(grid)!;
    expect(grid[row][labelCol]).toBe("Реквизиты документов");
    expect(grid.slice(row + 1, row + 1 + labels.length).map((r) => r[labelCol])).toEqual(labels);
    expect(labels).toEqual([
      "Орган управления образованием",
      "Нормативный акт (муниципальный/региональный)",
      "Должность подписывающего",
      "ФИО подписывающего",
      "Дата справки",
      "Контакт для ОО (ФИО, телефон, e-mail)",
      "Срок ответа ОО",
      "Ответственный по умолчанию (паспорта показателей)",
    ]);
    expect(grid[row + labels.length][valueCol]).toBe("Муниципальная методическая служба");
    const read = readSettings(grid);
    expect(read.issues).toEqual([]);
    expect(read.settings.official).toEqual(defaultOfficialDetails());
  });

  it("round trip: template → a person fills it → read", () => {
    const grid = asGrid(settingsSheetWithCustom().cells);
    fill(grid, labels[0], "Управление образования администрации Н-ского района");
    fill(grid, labels[1], "Приказ управления образования от 01.09.2025 № 123");
    fill(grid, labels[2], "Начальник управления образования");
    fill(grid, labels[3], "  Иванова И. И. ");
    fill(grid, labels[4], dateFromDay(dayOf(2025, 10, 15)));
    fill(grid, labels[5], "Петрова А. А., 8 (800) 000-00-00, imc@example.ru");
    fill(grid, labels[6], "01.11.2025");
    fill(grid, labels[7], "МБУ «ИМЦ»");
    const { settings, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(settings.official).toEqual({
      authority: "Управление образования администрации Н-ского района",
      act: "Приказ управления образования от 01.09.2025 № 123",
      signerPosition: "Начальник управления образования",
      signerName: "Иванова И. И.",
      noteDate: dayOf(2025, 10, 15),
      contact: "Петрова А. А., 8 (800) 000-00-00, imc@example.ru",
      replyBy: dayOf(2025, 11, 1),
      responsible: "МБУ «ИМЦ»",
    });
    // The targets still read: the block stands beside the table, not in its column.
    expect(settings.targets.get("DIAG")?.target).toBe(30);
  });

  it("is written back as it was read (settingsSheet of the read settings)", () => {
    const s = defaultSettings();
    s.official = { ...s.official, authority: "УО", noteDate: dayOf(2025, 12, 1), replyBy: null };
    const back = readSettings(asGrid(settingsSheet(s).cells));
    expect(back.issues).toEqual([]);
    expect(back.settings.official).toEqual(s.official);
  });

  it("dates: an Excel serial, ISO text and ДД.ММ.ГГГГ text; an unreadable one is a Russian warning", () => {
    const grid = asGrid(settingsSheetWithCustom().cells);
    fill(grid, labels[4], 45945); // 15.10.2025
    fill(grid, labels[6], "к концу ноября");
    const { settings, issues } = readSettings(grid);
    expect(settings.official.noteDate).toBe(dayOf(2025, 10, 15));
    expect(settings.official.replyBy).toBeNull();
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["settings/date", "warning"]]);
    expect(renderIssue(issues[0])).toMatch(
      /^Лист «Настройки», строка \d+: «Срок ответа ОО»: «к концу ноября» не дата\. Введите дату в виде ДД\.ММ\.ГГГГ/
    );
    const iso = asGrid(settingsSheetWithCustom().cells);
    fill(iso, labels[6], "2025-11-01");
    expect(readSettings(iso).settings.official.replyBy).toBe(dayOf(2025, 11, 1));
  });

  it("is found wherever a person moved it, rows in any order, any case", () => {
    const grid: Grid = [
      ["Код", "Целевое значение"],
      ["DIAG", 40],
      [],
      [],
      [null, null, null, "реквизиты документов", "значение"],
      [null, null, null, "СРОК ОТВЕТА ОО", "05.12.2025"],
      [null, null, null, "Орган управления образованием", "Отдел образования"],
      [null, null, null, "Ответственный по умолчанию (паспорта показателей)", "ИМЦ"],
    ];
    const { settings, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(settings.official).toMatchObject({
      authority: "Отдел образования",
      replyBy: dayOf(2025, 12, 5),
      responsible: "ИМЦ",
      signerName: "",
    });
    expect(settings.targets.get("DIAG")?.target).toBe(40);
  });

  it("under the targets, in the Код column, it ends the targets table (no unknown-code warnings)", () => {
    const grid: Grid = [
      ["Код", "Показатель", "Целевое значение"],
      ["DIAG", "x", 40],
      [],
      ...officialBlockRows({ ...defaultOfficialDetails(), authority: "УО" }).map(
        (r) => r as CellValue[]
      ),
    ];
    const { settings, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(settings.official.authority).toBe("УО");
  });

  it("an empty Ответственный keeps the neutral default (a passport always names one)", () => {
    const grid = asGrid(settingsSheetWithCustom().cells);
    fill(grid, labels[7], null);
    expect(readSettings(grid).settings.official.responsible).toBe(
      "Муниципальная методическая служба"
    );
  });

  it("an old Настройки without the block reads as the defaults, with no warning", () => {
    const grid = asGrid(settingsSheetWithCustom().cells);
    const [row, labelCol] = findOfficialBlock(grid)!;
    for (let r = row; r <= row + labels.length; r++) {
      grid[r][labelCol] = null;
      grid[r][labelCol + 1] = null;
    }
    expect(findOfficialBlock(grid)).toBeNull();
    const { settings, issues } = readSettings(grid);
    expect(issues).toEqual([]);
    expect(settings.official).toEqual(defaultOfficialDetails());
  });
});
