/**
 * What «Книги ОО на новый период» starts from, in the command line (`template school --for`) and
 * in the pane: the municipality workbook's schools and her `Список ОО` when it has one (the
 * schools expected this round). One read of the workbook; the list found as the report finds it.
 */
import { sameSheet } from "../registry";
import { readWorkbook } from "../read-workbook";
import { readSchoolList, type ExpectedSchool } from "../../core/consolidate";
import type { SchoolData } from "../../core/model";
import { SCHOOL_LIST } from "../../core/schema/municipality";
import type { WorkbookPort } from "../../port/workbook-port";

export interface MunicipalityBook {
  schools: SchoolData[];
  /** `Список ОО`; null when the workbook has no such sheet. */
  list: ExpectedSchool[] | null;
}

/** The workbook's schools and list; null when it is not a municipality workbook. */
export async function readMunicipalityBook(
  port: WorkbookPort,
  file = ""
): Promise<MunicipalityBook | null> {
  const read = await readWorkbook(port, file);
  if (!read.municipality) return null;
  const name = read.sheetNames.find((n) => sameSheet(n, SCHOOL_LIST.name));
  const list = name === undefined ? null : readSchoolList(await port.readSheet(name));
  return { schools: read.schools, list };
}
