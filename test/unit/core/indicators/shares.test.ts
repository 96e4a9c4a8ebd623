/** Each people-share indicator against hand-made rows: who is counted above and below the line. */
import { d, END, START, worker } from "./fixtures";
import { figures } from "./helpers";

const mgr = { workerCategory: "Руководитель" };
const ext = { employment: "Внешнее совместительство" };

describe("shares of people", () => {
  test.each([
    // code, rows, numerator, denominator
    [
      "DIAG",
      [
        worker({ diagnosticsDate: START, diagnosticsLevel: "Школьный" }),
        worker({ ...mgr, diagnosticsDate: END, diagnosticsLevel: "ЦНППМ" }),
        worker({ diagnosticsDate: START - 1, diagnosticsLevel: "ЦНППМ" }),
        worker({ ...ext, diagnosticsDate: START, diagnosticsLevel: "ЦНППМ" }),
      ],
      2,
      3,
    ],
    [
      "DIAG_REG",
      [
        worker({ diagnosticsDate: START, diagnosticsLevel: "ЦНППМ" }),
        worker({ diagnosticsDate: START, diagnosticsLevel: "Региональный" }),
        worker({ diagnosticsDate: START, diagnosticsLevel: "Муниципальный" }),
        worker({ diagnosticsDate: END + 1, diagnosticsLevel: "ЦНППМ" }),
      ],
      2,
      4,
    ],
    [
      "IOM",
      [
        worker({
          iomDeveloped: true,
          diagnosticsDate: d(2019, 1, 1),
          diagnosticsLevel: "Школьный",
        }),
        worker({ iomDeveloped: true }),
        worker({ ...mgr, iomDeveloped: true, diagnosticsDate: START, diagnosticsLevel: "ЦНППМ" }),
      ],
      2,
      3,
    ],
    [
      "ATTEST",
      [
        worker({ attestationDate: END, qualificationCategory: "Первая" }),
        worker({ attestationDate: START - 1, qualificationCategory: "Первая" }),
        worker({ ...mgr, attestationDate: START }),
      ],
      1,
      2,
    ],
    [
      "PK_REG",
      [
        worker({ courseDate: START, courseOrganisation: "Региональная" }),
        worker({ courseDate: START, courseOrganisation: "Муниципальная" }),
        worker({ courseDate: d(2020, 1, 1), courseOrganisation: "Региональная" }),
        worker({ ...mgr, courseDate: START, courseOrganisation: "Региональная" }),
      ],
      1,
      3,
    ],
    [
      "PK_REMOTE",
      [
        worker({ courseDate: END, courseOrganisation: "Сторонняя дистанционно" }),
        worker({ courseDate: END, courseOrganisation: "Сторонняя очно" }),
      ],
      1,
      2,
    ],
    [
      "PK_DIAG",
      [
        worker({
          courseDate: END,
          courseOrganisation: "Региональная",
          courseFromDiagnostics: true,
        }),
        worker({
          courseDate: d(2023, 1, 1),
          courseOrganisation: "Региональная",
          courseFromDiagnostics: true,
        }),
        worker(),
      ],
      1,
      3,
    ],
    [
      "PK_REGISTRY",
      [
        worker({ courseDate: END, courseOrganisation: "Региональная", courseInRegistry: true }),
        worker({ courseDate: START, courseOrganisation: "Региональная" }),
        worker({ courseInRegistry: true }),
        worker(),
      ],
      1,
      2,
    ],
    [
      "DIAG_BEFORE_PK",
      [
        worker({
          courseDate: END,
          courseOrganisation: "Региональная",
          diagnosticsDate: END - 1,
          diagnosticsLevel: "ЦНППМ",
        }),
        worker({
          courseDate: END,
          courseOrganisation: "Региональная",
          diagnosticsDate: END,
          diagnosticsLevel: "ЦНППМ",
        }),
        worker({ courseDate: END, courseOrganisation: "Региональная" }),
        worker({ diagnosticsDate: START, diagnosticsLevel: "ЦНППМ" }),
      ],
      1,
      3,
    ],
    [
      "CONTEST",
      [
        worker({ contestLevel: "Школьный", contestResult: "Участник" }),
        worker(),
        worker({ ...mgr, contestLevel: "Региональный", contestResult: "Победитель" }),
      ],
      1,
      2,
    ],
    [
      "EXPERT",
      [worker({ expertActivity: true }), worker(), worker({ ...ext, expertActivity: true })],
      1,
      2,
    ],
    [
      "DPO_NOPROF",
      [
        worker({
          educationLevel: "Нет профессионального образования",
          pedagogicalEducation: false,
          courseDate: START,
          courseOrganisation: "Муниципальная",
        }),
        worker({
          educationLevel: "Нет профессионального образования",
          pedagogicalEducation: false,
          retrainingSent: true,
          retrainingCompleted: true,
        }),
        worker({
          educationLevel: "Нет профессионального образования",
          pedagogicalEducation: false,
        }),
        worker({ courseDate: START, courseOrganisation: "Муниципальная" }),
      ],
      2,
      3,
    ],
    [
      "RETRAIN_REG",
      [
        worker({
          pedagogicalEducation: false,
          retrainingSent: true,
          retrainingCompleted: true,
          retrainingInRegion: true,
        }),
        worker({ pedagogicalEducation: false, retrainingSent: true, retrainingCompleted: true }),
        worker({ retrainingSent: true, retrainingCompleted: true, retrainingInRegion: true }),
        worker(),
      ],
      1,
      4,
    ],
    [
      "RETRAIN_SENT",
      [
        worker({ retrainingSent: true, retrainingCompleted: true }),
        worker({ retrainingSent: true }),
        worker({ ...mgr, retrainingSent: true, retrainingCompleted: true }),
        worker(),
      ],
      2,
      3,
    ],
    [
      "YOUNG_SUPPORT",
      [
        worker({ birthDate: d(1995, 1, 1), pedExperience: 1, mentee: true }),
        worker({ birthDate: d(1995, 1, 1), pedExperience: 2.9, youngSupportProjects: true }),
        worker({ birthDate: d(1995, 1, 1), pedExperience: 2 }),
        worker({ birthDate: d(1995, 1, 1), pedExperience: 3, mentee: true }),
        worker({ birthDate: d(1980, 1, 1), pedExperience: 1, mentee: true }),
      ],
      2,
      3,
    ],
    ["YOUNG_PROJECTS", [worker({ youngSupportProjects: true }), worker()], 1, 2],
    [
      "MENTORS",
      [worker({ mentor: true }), worker(), worker(), worker({ ...mgr, mentor: true })],
      1,
      3,
    ],
    ["NETWORK", [worker({ networkCommunities: true }), worker()], 1, 2],
    [
      "MO",
      [worker({ methodicalAssociation: true }), worker({ methodicalAssociation: null })],
      1,
      2,
    ],
    ["PROFILE", [worker({ educationMatchesProfile: false }), worker()], 1, 2],
    [
      "SKILL_ASSESS",
      [worker({ skillAssessment: "Успешно" }), worker({ skillAssessment: "Неуспешно" }), worker()],
      1,
      3,
    ],
    [
      // In effect at the period's end (31.08.2025) only: Первая/Высшая lapse 5 years
      // after a grant before 01.09.2023 (a grant of 31.08.2020 lapses on the end day
      // itself); Педагог-методист/наставник exist from 01.09.2023; СЗД is no category.
      "CATEGORY",
      [
        worker({ qualificationCategory: "Первая", attestationDate: d(2020, 9, 1) }),
        worker({ qualificationCategory: "Первая", attestationDate: d(2020, 8, 31) }),
        worker({ qualificationCategory: "Высшая", attestationDate: d(2023, 9, 1) }),
        worker({ qualificationCategory: "Высшая", attestationDate: d(2019, 5, 1) }),
        worker({ qualificationCategory: "Педагог-методист", attestationDate: d(2023, 9, 1) }),
        worker({ qualificationCategory: "Педагог-методист", attestationDate: d(2019, 5, 1) }),
        worker({ qualificationCategory: "Педагог-наставник", attestationDate: d(2024, 2, 1) }),
        worker({ qualificationCategory: "Педагог-наставник", attestationDate: d(2023, 8, 31) }),
        worker({
          qualificationCategory: "Соответствие занимаемой должности",
          attestationDate: d(2024, 1, 1),
        }),
        worker({ qualificationCategory: "Без категории" }),
      ],
      4,
      10,
    ],
    [
      "BURNOUT_DIAG",
      [worker({ burnout: "Низкий" }), worker({ ...mgr, burnout: "Высокий" }), worker()],
      2,
      3,
    ],
    [
      "BURNOUT_HIGH",
      [
        worker({ burnout: "Низкий" }),
        worker({ burnout: "Средний" }),
        worker({ ...mgr, burnout: "Высокий" }),
        worker(),
      ],
      1,
      3,
    ],
    [
      "EXP_U3",
      [worker({ pedExperience: 0 }), worker({ pedExperience: 2.99 }), worker({ pedExperience: 3 })],
      2,
      3,
    ],
    [
      "TUTORS_PER_100",
      [
        worker({ ...mgr, tutorOrSupervisor: true }),
        worker({ tutorOrSupervisor: true }),
        worker(),
        worker({ ...ext, tutorOrSupervisor: true }),
      ],
      2,
      2,
    ],
  ] as const)("%s", (code, rows, num, den) => {
    const [n, dd, v] = figures(code, [...rows]);
    expect([n, dd]).toEqual([num, den]);
    expect(v).toBeCloseTo((100 * num) / den, 10);
  });

  test("external part-timers are left out of ALL and PED alike", () => {
    expect(
      figures("DIAG", [
        worker({
          employment: "Внешнее совместительство",
          diagnosticsDate: START,
          diagnosticsLevel: "ЦНППМ",
        }),
      ])
    ).toEqual([0, 0, null]);
  });
});
