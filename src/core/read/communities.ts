/** `Сообщества и проекты`: may be empty or absent; rows validated by the schema. */
import type { Community, Grid, Issue } from "../model";
import { CONSOLIDATED_COMMUNITIES } from "../schema/municipality";
import { COMMUNITIES } from "../schema/school";
import type { TableSheetSpec } from "../schema/types";
import { TableReader } from "./table";

export interface CommunityTable {
  communities: Community[];
  issues: Issue[];
}

function read(
  grid: Grid,
  spec: TableSheetSpec,
  sheet: string,
  file: string,
  codeOf: (values: readonly unknown[]) => string
): CommunityTable {
  const reader = new TableReader(grid, spec, { sheet, file });
  const i = (key: string): number => reader.fieldIndex(key);
  const [type, title, level, participants] = [i("type"), i("title"), i("level"), i("participants")];
  const communities: Community[] = [];
  reader.forEachRow(({ values, row, hasErrors }) => {
    communities.push({
      schoolCode: codeOf(values),
      row,
      hasErrors,
      type: values[type] as string | null,
      title: values[title] as string | null,
      level: values[level] as string | null,
      participants: values[participants] as number | null,
    });
  });
  return { communities, issues: reader.issues };
}

export function readCommunities(
  grid: Grid,
  sheet: string,
  file: string,
  schoolCode: string
): CommunityTable {
  return read(grid, COMMUNITIES, sheet, file, () => schoolCode);
}

/** The consolidated sheet: each row carries its school's `Код ОО`. */
export function readConsolidatedCommunities(
  grid: Grid,
  sheet: string,
  file: string
): CommunityTable {
  const code = CONSOLIDATED_COMMUNITIES.fields.findIndex((f) => f.key === "schoolCode");
  return read(
    grid,
    CONSOLIDATED_COMMUNITIES,
    sheet,
    file,
    (values) => (values[code] as string | null) ?? ""
  );
}
