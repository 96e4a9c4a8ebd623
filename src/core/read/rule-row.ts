/**
 * The fields the row rules read, taken from a row's parsed values into ONE object
 * reused from row to row: validation alone needs no Worker per row (100,000 objects
 * of 47 fields cost more than reading every cell). Values are converted exactly as
 * the Worker builder converts them, so the rules see the same thing either way.
 */
import type { FieldSpec } from "../schema/types";
import type { RuleRow } from "../validate/rows";
import { asDay, asDeficits, asNumber, asText, asYesNo } from "./worker";

export type RuleRowFiller = (values: readonly unknown[]) => RuleRow;

export function makeRuleRowFiller(fields: readonly FieldSpec[]): RuleRowFiller {
  const at = (key: keyof RuleRow): number => {
    const i = fields.findIndex((f) => f.key === key);
    if (i < 0) throw new Error(`Schema: sheet lacks ${key}`);
    return i;
  };
  const birthDate = at("birthDate");
  const attestationDate = at("attestationDate");
  const diagnosticsDate = at("diagnosticsDate");
  const courseDate = at("courseDate");
  const pedExperience = at("pedExperience");
  const qualificationCategory = at("qualificationCategory");
  const diagnosticsLevel = at("diagnosticsLevel");
  const courseOrganisation = at("courseOrganisation");
  const retrainingSent = at("retrainingSent");
  const retrainingCompleted = at("retrainingCompleted");
  const contestLevel = at("contestLevel");
  const contestResult = at("contestResult");
  const pedagogicalEducation = at("pedagogicalEducation");
  const educationLevel = at("educationLevel");
  const iomDeveloped = at("iomDeveloped");
  const courseFromDiagnostics = at("courseFromDiagnostics");
  const deficits = at("deficits");
  const courseInRegistry = at("courseInRegistry");
  const row: RuleRow = {
    birthDate: null,
    attestationDate: null,
    diagnosticsDate: null,
    courseDate: null,
    pedExperience: null,
    qualificationCategory: null,
    diagnosticsLevel: null,
    courseOrganisation: null,
    retrainingSent: null,
    retrainingCompleted: null,
    contestLevel: null,
    contestResult: null,
    pedagogicalEducation: null,
    educationLevel: null,
    iomDeveloped: null,
    courseFromDiagnostics: false,
    deficits: asDeficits(null),
    courseInRegistry: false,
  };
  return (v) => {
    row.birthDate = asDay(v[birthDate]);
    row.attestationDate = asDay(v[attestationDate]);
    row.diagnosticsDate = asDay(v[diagnosticsDate]);
    row.courseDate = asDay(v[courseDate]);
    row.pedExperience = asNumber(v[pedExperience]);
    row.qualificationCategory = asText(v[qualificationCategory]);
    row.diagnosticsLevel = asText(v[diagnosticsLevel]);
    row.courseOrganisation = asText(v[courseOrganisation]);
    row.retrainingSent = asYesNo(v[retrainingSent]);
    row.retrainingCompleted = asYesNo(v[retrainingCompleted]);
    row.contestLevel = asText(v[contestLevel]);
    row.contestResult = asText(v[contestResult]);
    row.pedagogicalEducation = asYesNo(v[pedagogicalEducation]);
    row.educationLevel = asText(v[educationLevel]);
    row.iomDeveloped = asYesNo(v[iomDeveloped]);
    row.courseFromDiagnostics = v[courseFromDiagnostics] === true;
    row.deficits = asDeficits(v[deficits]);
    row.courseInRegistry = v[courseInRegistry] === true;
    return row;
  };
}
