/**
 * One planted fault per rule: exactly that issue, at its row and column, with the
 * rule's severity; the clean row beside it stays unflagged.
 */
import { validWorker, type Row } from "../read/fixtures";
import { CODES, type ValidationCode as IssueCode } from "../../../../src/core/validate/codes";
import { brief, headerOf, NO_COURSE, NO_DATES, NO_DIAGNOSTICS, readRows } from "./helpers";
import { renderIssue } from "../../../../src/core/validate/message";

interface Case {
  name: string;
  plant: Row;
  code: IssueCode;
  column: string;
}

const CASES: Case[] = [
  {
    name: "age below 16",
    plant: { ...NO_DATES, birthDate: "01.01.2010", pedExperience: 0 },
    code: "row/constraint/age-out-of-range",
    column: "birthDate",
  },
  {
    name: "age above 100",
    plant: { ...NO_DATES, birthDate: "01.01.1920" },
    code: "row/constraint/age-out-of-range",
    column: "birthDate",
  },
  {
    name: "age above 80",
    plant: { birthDate: "01.01.1940" },
    code: "row/constraint/age-above-80",
    column: "birthDate",
  },
  {
    name: "experience above age − 14",
    plant: { pedExperience: 27 },
    code: "row/constraint/experience-exceeds-age",
    column: "pedExperience",
  },
  {
    name: "course after the period",
    plant: { courseDate: "01.09.2025" },
    code: "row/constraint/date-after-period-end",
    column: "courseDate",
  },
  {
    name: "attestation after the period",
    plant: { attestationDate: "2025-12-01" },
    code: "row/constraint/date-after-period-end",
    column: "attestationDate",
  },
  {
    name: "diagnostics before turning 14",
    plant: { diagnosticsDate: "01.01.1995" },
    code: "row/constraint/date-before-age-14",
    column: "diagnosticsDate",
  },
  {
    name: "diagnostics level without a date",
    plant: { ...NO_DIAGNOSTICS, diagnosticsLevel: "Школьный" },
    code: "row/constraint/diagnostics-level-without-date",
    column: "diagnosticsLevel",
  },
  {
    name: "diagnostics date without a level",
    plant: { diagnosticsLevel: null },
    code: "cell/required-when",
    column: "diagnosticsLevel",
  },
  {
    name: "course organisation without a date",
    plant: { ...NO_COURSE, courseOrganisation: "Муниципальная" },
    code: "row/constraint/course-organisation-without-date",
    column: "courseOrganisation",
  },
  {
    name: "course date without an organisation",
    plant: { courseOrganisation: null },
    code: "cell/required-when",
    column: "courseOrganisation",
  },
  {
    name: "retraining completed, not sent",
    plant: { retrainingCompleted: "Да", retrainingSent: "Нет" },
    code: "row/constraint/retraining-completed-not-sent",
    column: "retrainingCompleted",
  },
  {
    name: "contest result without taking part",
    plant: { contestLevel: "Не участвовал" },
    code: "row/constraint/contest-result-without-participation",
    column: "contestResult",
  },
  {
    name: "contest level without a result",
    plant: { contestResult: null },
    code: "cell/required-when",
    column: "contestResult",
  },
  {
    name: "pedagogical education without a professional one",
    plant: { educationLevel: "Нет профессионального образования" },
    code: "row/constraint/ped-education-without-professional",
    column: "pedagogicalEducation",
  },
  {
    name: "category without an attestation date",
    plant: { attestationDate: null },
    code: "cell/required-when",
    column: "attestationDate",
  },
  {
    name: "Первая granted before 01.09.2023 lapsed",
    plant: { attestationDate: "10.10.2019" },
    code: "row/constraint/attestation-lapsed",
    column: "attestationDate",
  },
  {
    name: "Соответствие lapsed after 5 years",
    plant: {
      qualificationCategory: "Соответствие занимаемой должности",
      attestationDate: "01.06.2020",
    },
    code: "row/constraint/attestation-lapsed",
    column: "attestationDate",
  },
  {
    name: "Высшая lapsing on the period's last day",
    plant: { qualificationCategory: "Высшая", attestationDate: "31.08.2020" },
    code: "row/constraint/attestation-lapsed",
    column: "attestationDate",
  },
  {
    name: "Педагог-методист granted 31.08.2023, the day before the category exists",
    plant: { qualificationCategory: "Педагог-методист", attestationDate: "31.08.2023" },
    code: "row/constraint/category-before-introduction",
    column: "attestationDate",
  },
  {
    name: "Педагог-наставник dated 2019",
    plant: { qualificationCategory: "Педагог-наставник", attestationDate: "20.05.2019" },
    code: "row/constraint/category-before-introduction",
    column: "attestationDate",
  },
  {
    name: "attestation a year and a day before the career's start (стаж 2 → 31.08.2023)",
    plant: { pedExperience: 2, attestationDate: "30.08.2022" },
    code: "row/constraint/attestation-before-career",
    column: "attestationDate",
  },
  {
    name: "attestation before the career's start, fractional стаж (2,5 → ~01.03.2023)",
    plant: { pedExperience: 2.5, attestationDate: "01.01.2022" },
    code: "row/constraint/attestation-before-career",
    column: "attestationDate",
  },
  {
    name: "ИОМ without diagnostics",
    plant: { ...NO_DIAGNOSTICS, iomDeveloped: "Да" },
    code: "row/constraint/iom-without-diagnostics",
    column: "iomDeveloped",
  },
  {
    name: "course from diagnostics without diagnostics",
    plant: { ...NO_DIAGNOSTICS, courseFromDiagnostics: "Да" },
    code: "row/constraint/course-from-diagnostics-without-diagnostics",
    column: "courseFromDiagnostics",
  },
  {
    name: "deficits without diagnostics",
    plant: { ...NO_DIAGNOSTICS, deficits: "Цифровые" },
    code: "row/constraint/deficits-without-diagnostics",
    column: "deficits",
  },
  {
    name: "registry programme without a course",
    plant: { ...NO_COURSE, courseInRegistry: "Да" },
    code: "row/constraint/registry-without-course",
    column: "courseInRegistry",
  },
  {
    name: "duplicate tab number",
    plant: { tabNumber: "Т-001" },
    code: "row/unique",
    column: "tabNumber",
  },
  {
    name: "not a date",
    plant: { birthDate: "31.02.1980" },
    code: "cell/type",
    column: "birthDate",
  },
  { name: "not in the list", plant: { sex: "X" }, code: "cell/enum", column: "sex" },
  { name: "required empty", plant: { sex: null }, code: "cell/required", column: "sex" },
  { name: "not yes/no", plant: { mentor: "может быть" }, code: "cell/type", column: "mentor" },
  {
    name: "not a number",
    plant: { pedExperience: "десять" },
    code: "cell/type",
    column: "pedExperience",
  },
  {
    name: "negative number",
    plant: { pedExperience: -1 },
    code: "cell/minimum",
    column: "pedExperience",
  },
  {
    name: "deficit not in the list",
    plant: { deficits: "Методические; Космические" },
    code: "cell/enum",
    column: "deficits",
  },
  {
    name: "text of 10,000 characters",
    plant: { note: "я".repeat(10_000) },
    code: "cell/too-long",
    column: "note",
  },
];

describe.each(CASES)("row rule: $name", ({ plant, code, column }) => {
  const clean = validWorker({}, 0);
  const faulty = validWorker(plant, 1);
  const { workers, issues } = readRows([clean, faulty]);

  it(`reports exactly ${code} at row 3, «${headerOf(column)}»`, () => {
    expect(brief(issues)).toEqual([`${code}@3:${headerOf(column)}`]);
    expect(issues[0].severity).toBe(CODES[code].severity);
  });

  it("marks only the faulty row, and only for an error", () => {
    expect(workers.map((w) => w.hasErrors)).toEqual([false, CODES[code].severity === "error"]);
  });

  it("names sheet, row, column and the value, and says how to fix it", () => {
    const message = renderIssue(issues[0]);
    expect(message.startsWith(`Педагоги, строка 3, «${headerOf(column)}»: `)).toBe(true);
    expect(message).toMatch(/ — .+\. [А-ЯЁ].+\.$/);
    expect(issues[0].file).toBe("школа.xlsx");
    expect((issues[0].value ?? "").length).toBeLessThanOrEqual(80);
  });
});

describe("attestation without a term", () => {
  it.each([
    ["Высшая", "01.09.2023"],
    ["Первая", "15.05.2024"],
    ["Педагог-методист", "01.09.2023"],
    ["Педагог-наставник", "15.01.2025"],
    ["Первая", "01.09.2020"],
  ])("%s granted %s has not lapsed", (category, date) => {
    expect(
      readRows([validWorker({ qualificationCategory: category, attestationDate: date })]).issues
    ).toEqual([]);
  });
});

describe("attestation and the career's start: one year of tolerance", () => {
  it.each([
    [2, "31.08.2022", []],
    [2, "30.08.2022", ["row/constraint/attestation-before-career@2:Дата аттестации"]],
    [0, "31.08.2024", []],
    [0, "30.08.2024", ["row/constraint/attestation-before-career@2:Дата аттестации"]],
  ] as const)("стаж %s, attested %s", (experience, date, expected) => {
    const { issues } = readRows([
      validWorker({ pedExperience: experience, attestationDate: date }),
    ]);
    expect(brief(issues)).toEqual(expected);
  });

  it("a category lapsing on the period's last day lapsed «в последний день периода», not «до конца периода»", () => {
    const lapsed = (category: string, date: string) =>
      renderIssue(
        readRows([
          validWorker({ qualificationCategory: category, attestationDate: date }),
        ]).issues.find((i) => i.code === "row/constraint/attestation-lapsed")!
      );
    const last = lapsed("Высшая", "31.08.2020");
    expect(last).toContain(
      "категория «Высшая» действует 5 лет и истекла 31.08.2025 — в последний день периода."
    );
    expect(last).not.toContain("до конца периода");
    expect(lapsed("Высшая", "30.08.2020")).toContain("истекла 30.08.2025, до конца периода.");
    expect(lapsed("Соответствие занимаемой должности", "31.08.2020")).toContain(
      "аттестация на соответствие занимаемой должности действует 5 лет и истекла 31.08.2025 — в последний день периода."
    );
  });

  it("names the date, the стаж and the career's start in Russian", () => {
    const [issue] = readRows([
      validWorker({ pedExperience: 2, attestationDate: "01.02.2021" }),
    ]).issues;
    expect(renderIssue(issue)).toBe(
      "Педагоги, строка 2, «Дата аттестации»: «01.02.2021» — дата аттестации раньше начала педагогической деятельности: при стаже 2 года на конец периода она началась около 31.08.2023 (допуск 1 год). Проверьте дату аттестации и педагогический стаж."
    );
  });

  it("Педагог-методист before 01.09.2023 is an error naming the category and the date", () => {
    const { issues, workers } = readRows([
      validWorker({ qualificationCategory: "Педагог-методист", attestationDate: "15.03.2019" }),
    ]);
    expect(workers[0].hasErrors).toBe(true);
    expect(renderIssue(issues[0])).toContain("«15.03.2019»");
    expect(renderIssue(issues[0])).toContain("категория «Педагог-методист» введена с 01.09.2023");
  });
});

describe("the spec's message style", () => {
  it("quotes the value found and says how to fix it", () => {
    const [issue] = readRows([
      validWorker({}, 0),
      validWorker({}, 1),
      validWorker({}, 2),
      validWorker({}, 3),
      validWorker({}, 4),
      validWorker({ birthDate: "31.02.1980" }, 5),
    ]).issues;
    expect(renderIssue(issue)).toBe(
      "Педагоги, строка 7, «Дата рождения»: «31.02.1980» — не дата. Введите дату в виде ДД.ММ.ГГГГ, например 01.09.2024."
    );
    expect(issue.row).toBe(7);
    expect(issue.columnIndex).toBe(3);
  });

  it("truncates a long value to about 80 characters", () => {
    const [issue] = readRows([validWorker({ note: "ж".repeat(10_000) })]).issues;
    expect(issue.value!.length).toBe(80);
    expect(renderIssue(issue).length).toBeLessThan(250);
  });

  it("says «пусто» for an empty required cell", () => {
    const [issue] = readRows([validWorker({ position: "  " })]).issues;
    expect(renderIssue(issue)).toBe(
      "Педагоги, строка 2, «Должность»: пусто — обязательное поле. Заполните ячейку."
    );
  });
});

describe("rules that need the period", () => {
  it("are skipped, not crashed, when the period is unusable", () => {
    const { issues, workers } = readRows(
      [validWorker({ courseDate: "01.01.2030", birthDate: "01.01.1900" })],
      null
    );
    expect(brief(issues)).toEqual([]);
    expect(workers[0].hasErrors).toBe(false);
  });
});
