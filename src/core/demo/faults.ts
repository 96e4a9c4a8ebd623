/**
 * Deliberate faults for the demo: each kind is put into one school (spread
 * over the schools, all of them in school 1 when there is only one), so the
 * demo shows what validation reports and tests can check it is found.
 */
import { fieldByKey, TEACHERS } from "../schema";
import type { Random } from "./random";
import type { SchoolValues } from "./school";
import type { RowValues } from "./worker";

export const FAULT_KINDS = [
  "badDate",
  "duplicateTabNumber",
  "experienceAboveAge",
  "unknownListValue",
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface PlantedFault {
  kind: FaultKind;
  sheet: string;
  /** 0-based index of the row among the sheet's data rows. */
  dataRow: number;
  /** The column's header, as the schema spells it. */
  column: string;
  value: string | number;
}

export function plantFaults(rnd: Random, schools: SchoolValues[]): PlantedFault[][] {
  const faults: PlantedFault[][] = schools.map(() => []);
  FAULT_KINDS.forEach((kind, k) => {
    const school = k % schools.length;
    const rows = schools[school].teachers;
    // Row 0 is the head: faults go to ordinary teachers, one row per fault.
    const taken = new Set(faults[school].map((f) => f.dataRow));
    let index = rnd.int(4, rows.length - 1);
    while (taken.has(index) || taken.has(index - 1))
      index = 4 + ((index - 4 + 1) % (rows.length - 4));
    faults[school].push(plant(kind, rows, index));
  });
  return faults;
}

function plant(kind: FaultKind, rows: RowValues[], index: number): PlantedFault {
  const row = rows[index];
  const fault = (key: string, value: string | number): PlantedFault => {
    row[key] = value;
    return {
      kind,
      sheet: TEACHERS.name,
      dataRow: index,
      column: fieldByKey(TEACHERS, key).header,
      value,
    };
  };
  switch (kind) {
    case "badDate":
      return fault("birthDate", "весна 1985");
    case "duplicateTabNumber":
      return fault("tabNumber", String(rows[index - 1].tabNumber));
    case "experienceAboveAge": {
      const born = (row.birthDate as Date).getUTCFullYear();
      return fault("pedExperience", 2025 - born - 14 + 3);
    }
    case "unknownListValue":
      return fault("qualificationCategory", "Вторая");
  }
}
