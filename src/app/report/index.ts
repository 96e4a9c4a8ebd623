/** The report as application steps over the workbook port: used by the command line and the add-in. */
export * from "./sources";
export * from "./people";
export * from "./build";
export * from "./write";
export * from "./previous";
export * from "./municipal";
export * from "./preview";
export * from "./school-book";
