/** Reading school and municipality workbooks into validated SchoolData. */
export { findSheetName, gridSource, type GridSource } from "./grid-source";
export { checkSchool, readSchool, type SchoolCheck } from "./school";
export { readMunicipality } from "./municipality";
export {
  checkTeacherTable,
  readTeacherTable,
  type TeacherTableContext,
  type TeacherTable,
} from "./teachers";
export { readPassport, type PassportRead } from "./passport";
export {
  isMunicipalityWorkbook,
  sheetsToRead,
  SCHOOL_READ_SHEETS,
  SCHOOL_REQUIRED_SHEETS,
  MUNICIPALITY_READ_SHEETS,
  MUNICIPALITY_REQUIRED_SHEETS,
} from "./sheets";
