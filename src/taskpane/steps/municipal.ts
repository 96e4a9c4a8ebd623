/**
 * What every municipality step starts from: the schools (the files collected in this pane, or
 * else the open municipality workbook's own consolidated data), the people's sheets of the open
 * workbook (`Настройки`, `Меры`, `Правила рекомендаций`) and the chosen profile.
 */
import { readWorkbook } from "../../app/read-workbook";
import { buildReport, readPeopleSheets, type OpenedSources, type PeopleSheets, type Report } from "../../app/report";
import type { Profile } from "../../core/indicators";
import type { Issue, SchoolData } from "../../core/model";
import { MEASURES, RULE_TEXTS, TARGETS } from "../../core/schema";
import type { WorkbookPort } from "../../port/workbook-port";
import { PaneError } from "../failure";
import { profileById } from "./school";

export interface MunicipalInput {
  /** Files collected in the pane; null: use the open workbook's consolidated data. */
  sources: OpenedSources | null;
  profileId: string;
}

export interface MunicipalBasis {
  origin: "files" | "workbook";
  schools: SchoolData[];
  issues: Issue[];
  people: PeopleSheets;
  profile: Profile;
}

export async function municipalBasis(port: WorkbookPort, input: MunicipalInput): Promise<MunicipalBasis> {
  const people = await readPeopleSheets(port);
  const profile = profileById(input.profileId);
  if (input.sources !== null && input.sources.schools.length > 0) {
    const issues = [...input.sources.issues, ...people.issues];
    return { origin: "files", schools: input.sources.schools, issues, people, profile };
  }
  const read = await readWorkbook(port);
  if (!read.municipality || read.schools.length === 0) {
    throw new PaneError(
      "Нет данных для свода: файлы ОО не собраны, а открытая книга — не книга муниципалитета с данными.",
      "Откройте шаг «Файлы ОО» и выберите книги ОО (.xlsx), затем повторите."
    );
  }
  return { origin: "workbook", schools: read.schools, issues: people.issues, people, profile };
}

/** The whole report from the basis: pure computation, nothing written. */
export function reportOf(basis: MunicipalBasis, previous?: Map<string, number>): Report {
  const { people } = basis;
  return buildReport(basis.schools, basis.issues, {
    settings: people.settings,
    custom: people.custom,
    previous,
    profile: basis.profile,
    measures: people.measures,
    rules: people.rules,
    linkSheets: [TARGETS.name, MEASURES.name, RULE_TEXTS.name],
  });
}
