export * from "./types";
export * from "./consolidate";
export * from "./data-sheets";
export * from "./diff";
export * from "./calc-block";
export * from "./collection";
export * from "./school-list";
