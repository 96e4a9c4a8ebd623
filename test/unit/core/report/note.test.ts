import { withoutCandidates } from "../../../../src/core/report/note-recommendations";
import { consolidate } from "../../../../src/core/consolidate";
import { analyseEffectiveness, type Measure } from "../../../../src/core/cycle";
import { CATALOG } from "../../../../src/core/indicators/catalog";
import { defaultSettings } from "../../../../src/core/indicators/defaults";
import { computeIndicators } from "../../../../src/core/indicators/engine";
import { FULL_PROFILE, PROFILES } from "../../../../src/core/indicators/profiles";
import type { SchoolData } from "../../../../src/core/model";
import { buildRecommendations } from "../../../../src/core/recommend";
import {
  NOTE_HEADINGS,
  noteDocument,
  noteLines,
  signatureLines,
  noteSheet,
  reportJson,
  type NoteBlock,
  type NoteDocument,
  type ReportInput,
} from "../../../../src/core/report";
import { wrappedLines } from "../../../../src/core/report/note-sheet";
import { dayOf } from "../../../../src/core/time/day";
import { school } from "../fixtures/worker";

const LATIN = /\b[A-Z][A-Z0-9_]{2,}\b/;

function schools(): SchoolData[] {
  return [
    school(
      "ОО-1",
      [
        { burnout: "Высокий", courseDate: null, courseOrganisation: null },
        { courseDate: dayOf(2021, 1, 1), diagnosticsDate: null, diagnosticsLevel: null },
        { hasErrors: true },
        { employment: "Внешнее совместительство" },
      ],
      { passport: { schoolName: "МБОУ СОШ № 7" } }
    ),
    school("ОО-2", [
      { deficits: ["Цифровые"], iomDeveloped: false },
      { educationMatchesProfile: false },
    ]),
  ];
}

function input(
  overrides: Partial<ReportInput> = {},
  previous?: Map<string, number>,
  list: SchoolData[] = schools()
): ReportInput {
  const consolidation = consolidate(list, []);
  const settings = defaultSettings();
  const { results, coverage } = computeIndicators(consolidation.included, settings, { previous });
  const recommendations = buildRecommendations({
    schools: consolidation.included,
    results,
    settings,
    period: consolidation.period!,
  });
  return { consolidation, results, coverage, settings, recommendations, ...overrides };
}

const title = (code: string) => CATALOG.find((e) => e.code === code)!.title;

function resultsTable(doc: NoteDocument): Extract<NoteBlock, { kind: "table" }> {
  const section = doc.sections.find((s) => s.heading === "4. Результаты")!;
  return section.blocks.find((b) => b.kind === "table") as Extract<NoteBlock, { kind: "table" }>;
}

const rowOf = (doc: NoteDocument, code: string) =>
  resultsTable(doc).rows.find((r) => r[0] === title(code))!;

describe("Аналитическая справка: the document model", () => {
  it("has the eight sections of recommendations.md in order when a previous period exists", () => {
    const doc = noteDocument(input({}, new Map([["DIAG|total", 70]])));
    expect(doc.sections.map((s) => s.heading)).toEqual([...NOTE_HEADINGS]);
    expect(NOTE_HEADINGS).toHaveLength(8);
  });

  it("leaves out the effectiveness section without a previous period", () => {
    const doc = noteDocument(input());
    expect(doc.sections.map((s) => s.heading)).toEqual(NOTE_HEADINGS.slice(0, 7));
  });

  it.each([...PROFILES.map((p) => p.id)])(
    "shows no Latin indicator code anywhere (profile %s)",
    (id) => {
      const profile = PROFILES.find((p) => p.id === id)!;
      const lines = noteLines(noteDocument(input({ profile }, new Map([["DIAG|total", 70]]))));
      expect(lines.filter((l) => LATIN.test(l))).toEqual([]);
    }
  );

  it("gives each share its base «n из d», value, target and status", () => {
    const doc = noteDocument(input());
    expect(resultsTable(doc).headers).toHaveLength(6);
    expect(rowOf(doc, "DIAG")).toEqual([
      title("DIAG"),
      "75,0 %",
      "3 из 4",
      "≥ 30,0 %",
      "соответствие",
      "нет данных",
    ]);
  });

  it("writes trends of shares in п. п. with the verdict, counts in units without «лучше/хуже» when neutral", () => {
    const prev = new Map([
      ["DIAG|total", 70],
      ["PART_TIME|total", 3],
    ]);
    const doc = noteDocument(input({}, prev));
    expect(rowOf(doc, "DIAG")[5]).toBe("+5,0 п. п. (лучше)");
    expect(rowOf(doc, "PART_TIME")[5]).toBe("−2 человека");
    expect(rowOf(doc, "PART_TIME")[1]).toBe("1 человек");
    expect(rowOf(doc, "PART_TIME")[2]).toBe("—");
    expect(rowOf(doc, "PART_TIME")[4]).toBe("цель не задана");
  });

  it("shows only the chosen profile's indicators (004 lists six and cites no other)", () => {
    const profile = PROFILES.find((p) => p.id === "004")!;
    const doc = noteDocument(input({ profile }));
    expect(resultsTable(doc).rows.map((r) => r[0])).toEqual(profile.codes.map(title));
    const text = noteLines(doc).join("\n");
    for (const e of CATALOG.filter((c) => !profile.codes.includes(c.code)))
      expect(text).not.toContain(`«${e.title}»`);
  });

  it("agrees every count with its number and names schools without «ОО ОО-1»", () => {
    const text = noteLines(noteDocument(input())).join("\n");
    expect(text).toContain(
      "Данные представили 2 ОО из 2; в своде 6 строк о педагогических работниках: в расчёт показателей вошли — 5 строк, исключены из расчёта из-за ошибок — 1 строка."
    );
    expect(text).not.toMatch(/ОО ОО-/);
    expect(text).not.toMatch(/\(ов\)|строк: \d/);
    expect(text).toContain("ОО-1 (МБОУ СОШ № 7)");
  });

  it("counts received schools against the expected list", () => {
    const text = noteLines(noteDocument(input({ expectedSchools: ["ОО-1", "ОО-2", "ОО-3"] }))).join(
      "\n"
    );
    expect(text).toContain("Данные представили 2 ОО из 3");
    expect(text).toContain("Не представили данные: ОО-3.");
    const other = noteLines(noteDocument(input({ expectedSchools: ["ОО-1", "ОО-9"] }))).join("\n");
    expect(other).toContain("Данные представили 1 ОО из 2");
    expect(other).toContain("Сверх списка ОО получены данные — 1 ОО: ОО-2.");
  });

  it("has the figures of the JSON, rounded as shown", () => {
    const full = input({ profile: FULL_PROFILE });
    const doc = noteDocument(full);
    const json = reportJson(full);
    for (const row of resultsTable(doc).rows) {
      const code = CATALOG.find((e) => e.title === row[0])!.code;
      const j = json.indicators.find((i) => i.code === code && i.scope === "total")!;
      const unit = CATALOG.find((e) => e.code === code)!.unit;
      const count = unit === "человек" || unit === "единиц";
      const shown = count ? String(j.value) : j.value?.toFixed(1).replace(".", ",");
      if (j.value !== null) expect(row[1].split(" ")[0]).toBe(shown);
      if (j.denominator !== null) expect(row[2]).toBe(`${j.numerator} из ${j.denominator}`);
    }
  });

  it("fills the signature from Настройки and leaves «________» where empty", () => {
    const base = input();
    const empty = noteDocument(base).signature;
    expect(empty).toEqual({ position: "________", name: "________", date: "________" });
    expect(signatureLines(empty)[1]).toBe("(должность)    (подпись)    (инициалы, фамилия)");
    const official = {
      ...base.settings.official,
      signerPosition: "Начальник управления образования",
      signerName: "И. И. Петрова",
      noteDate: dayOf(2025, 6, 10),
      act: "Постановление администрации от 01.02.2024 № 15",
    };
    const doc = noteDocument({ ...base, settings: { ...base.settings, official } });
    expect(doc.signature).toEqual({
      position: "Начальник управления образования",
      name: "И. И. Петрова",
      date: "10.06.2025",
    });
    expect(noteLines(doc).join("\n")).toContain("Постановление администрации от 01.02.2024 № 15.");
    expect(signatureLines(doc.signature)).toEqual([
      "Начальник управления образования    ________    И. И. Петрова",
      "Дата: 10.06.2025",
    ]);
  });

  it("lists the measures of `Меры` and their effectiveness", () => {
    const measure: Measure = {
      row: 2,
      measure: "Семинар по диагностике дефицитов (DIAG)",
      indicator: "DIAG",
      level: "муниципальный",
      schoolCode: null,
      responsible: "ИМЦ",
      due: dayOf(2025, 3, 1),
      status: "Выполнена",
      decision: "Приказ № 12 от 10.09.2024",
    };
    const prev = new Map([["DIAG|total", 70]]);
    const base = input({ measures: [measure] }, prev);
    const effectiveness = analyseEffectiveness(base.results, prev, [measure], base.settings);
    const doc = noteDocument({ ...base, effectiveness });
    const decisions = doc.sections[6].blocks.find((b) => b.kind === "table");
    expect(decisions).toMatchObject({
      rows: [
        [
          `Семинар по диагностике дефицитов\nПоказатель: ${title("DIAG")}\nОхват: в целом`,
          "ИМЦ",
          "01.03.2025",
          "Выполнена",
          "Приказ № 12 от 10.09.2024",
        ],
      ],
    });
    const judged = doc.sections[7].blocks.find((b) => b.kind === "table");
    expect(judged).toMatchObject({
      rows: [
        [
          expect.stringContaining(`Показатель: ${title("DIAG")}`),
          "70,0 %",
          "75,0 %",
          "+5,0 п. п.",
          expect.stringMatching(/^эффективна/),
        ],
      ],
    });
    expect(noteLines(doc).join("\n")).toContain(
      "Мер в листе «Меры» — 1; оценено 1, эффективными признаны 1"
    );
  });

  it("addresses the recommendations by addressee with the deadline of the next period's end", () => {
    const doc = noteDocument(input());
    const section = doc.sections[5];
    const heads = section.blocks.filter((b) => b.kind === "paragraph" && b.bold);
    expect(heads.length).toBeGreaterThan(0);
    const tables = section.blocks.filter((b) => b.kind === "table");
    for (const t of tables)
      expect(t.rows.every((r) => r[r.length - 1] === "до 31.05.2026")).toBe(true);
  });
});

describe("Адресные рекомендации", () => {
  it("shows the engine's `needed` as the gap to target in workers, «—» where it does not apply", () => {
    const base = input();
    const recommendations = [
      ...base.recommendations,
      {
        rule: "IND_BELOW_TARGET",
        addressee: "МОУО" as const,
        scope: "total",
        indicator: "DIAG",
        teacher: null,
        text: "Показатель «Диагностика» (DIAG) не достигнут.",
        needed: 3,
      },
      {
        rule: "SCHOOL_BELOW_TARGET",
        addressee: "ОО" as const,
        scope: "ОО-1",
        indicator: "DIAG",
        teacher: null,
        text: "Показатель в ОО ОО-1 не достигнут.",
        needed: 1,
      },
    ];
    const doc = noteDocument({ ...base, recommendations });
    const rows = doc.sections[5].blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
    expect(rows).toContainEqual([
      "Показатель «Диагностика» не достигнут.",
      "3 работника",
      "до 31.05.2026",
    ]);
    expect(rows).toContainEqual([
      "ОО-1 (МБОУ СОШ № 7): Показатель в ОО-1 не достигнут.",
      "1 работник",
      "до 31.05.2026",
    ]);
    expect(rows.every((r) => r[r.length - 2] !== "undefined")).toBe(true);
  });
});

describe("Аналитическая справка: the sheet", () => {
  it("renders headings bold, the results as bordered columns, paragraphs merged across", () => {
    const sheet = noteSheet(input());
    const cells = sheet.cells;
    const at = (text: string) => cells.findIndex((r) => r[0] === text);
    const heading = at("4. Результаты");
    expect(heading).toBeGreaterThan(0);
    expect(sheet.styles!.some((s) => s.range.row === heading && s.style.bold === true)).toBe(true);
    const header = at("Показатель");
    expect(cells[header].filter((c) => c !== null)).toEqual([
      "Показатель",
      "Значение",
      "Числитель из знаменателя",
      "Цель",
      "Статус",
      "Динамика к прошлому периоду",
    ]);
    const diag = cells.find((r) => r[0] === title("DIAG"))!;
    expect(diag.filter((c) => c !== null)).toContain("3 из 4");
    expect(sheet.styles!.some((s) => s.range.row === header + 1 && s.style.border)).toBe(true);
    expect(sheet.merges!.some((m) => m.row === heading && m.cols === 7)).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ orientation: "portrait", paper: "A4" });
  });
});

describe("wrappedLines", () => {
  it.each([
    ["", 10, 1],
    ["короткий", 10, 1],
    ["Динамика к прошлому периоду", 10, 3],
    ["Динамика к прошлому периоду", 9, 4],
    ["один два три", 20, 1],
    ["абвгдеёжзийклмнопрст", 10, 2],
    ["строка\nещё строка", 20, 2],
  ])("«%s» in %i characters: %i lines", (text, width, lines) => {
    expect(wrappedLines(text, width)).toBe(lines);
  });
});

describe("the справка's school recommendations", () => {
  it("leave the candidates' numbers to the feedback file", () => {
    expect(
      withoutCandidates(
        "Для достижения цели нужно ещё 2 работника. Кандидаты (табельные номера): 0001, 0002, 0003; из них нужно выбрать 2. Срок — до 31.08.2026."
      )
    ).toBe(
      "Для достижения цели нужно ещё 2 работника. Кандидаты — в файле обратной связи ОО. Срок — до 31.08.2026."
    );
    expect(withoutCandidates("Кандидаты (табельные номера): 0001. Срок — до 31.08.2026.")).toBe(
      "Кандидаты — в файле обратной связи ОО. Срок — до 31.08.2026."
    );
  });
});

describe("Адресные рекомендации: review of issue 13", () => {
  const rows = (doc: NoteDocument) =>
    doc.sections[5].blocks.flatMap((b) => (b.kind === "table" ? b.rows : []));
  const extra = (rec: Partial<ReportInput["recommendations"][number]>) => ({
    rule: "SCHOOL_BELOW_TARGET",
    addressee: "ОО" as const,
    scope: "ОО-1",
    indicator: "PK_REG",
    teacher: null,
    text: "…",
    ...rec,
  });

  it("names a school once when the text already names it", () => {
    const base = input();
    const recommendations = [
      ...base.recommendations,
      extra({
        rule: "SCHOOL_BEST_PRACTICE",
        addressee: "ММС",
        indicator: "DIAG",
        text: "ОО-1 (МБОУ СОШ № 7) входит в лучшую четверть ОО по показателю «Диагностика».",
      }),
    ];
    const texts = rows(noteDocument({ ...base, recommendations })).map((r) => r[0]);
    expect(texts).toContain(
      "ОО-1 (МБОУ СОШ № 7) входит в лучшую четверть ОО по показателю «Диагностика»."
    );
    expect(texts.join("\n")).not.toContain("ОО-1 (МБОУ СОШ № 7): ОО-1");
  });

  it("counts `needed` with the noun of the text: педагог for a share of teachers", () => {
    const base = input();
    const recommendations = [
      ...base.recommendations,
      extra({ text: "Показатель в ОО.", needed: 1 }),
    ];
    const row = rows(noteDocument({ ...base, recommendations })).find((r) =>
      r[0].endsWith("Показатель в ОО.")
    );
    expect(row?.[1]).toBe("1 педагог");
  });

  it("counts individual recommendations in workers (heads and deputies included)", () => {
    const lines = noteLines(noteDocument(input()));
    const counts = lines.filter((l) => / — \d+ (педагог|работник)/.test(l));
    expect(counts.length).toBeGreaterThan(0);
    for (const l of counts) expect(l).toMatch(/ — \d+ работник/);
  });

  it("shows only the individual rules that serve the profile's indicators (004: no burnout, attestation, mentor)", () => {
    const profile = PROFILES.find((p) => p.id === "004")!;
    const list = schools();
    list[1].workers.push({ ...list[1].workers[0], tabNumber: "9999", burnout: "Высокий" });
    const all = noteLines(noteDocument(input({ profile }, undefined, list))).join("\n");
    const lines = all.slice(all.indexOf("6. Адресные рекомендации"), all.indexOf("7. "));
    expect(lines).toContain("направить на повышение квалификации");
    expect(lines).not.toMatch(/выгорани|аттестац|наставник|по профилю предмета/i);
    const full = noteLines(noteDocument(input({ profile: FULL_PROFILE }, undefined, list))).join(
      "\n"
    );
    expect(full).toMatch(/выгорани/);
    expect(full).toContain("направить на переподготовку по профилю предмета");
  });
});
