export * from "./types";
export * from "./values";
export * from "./school";
export * from "./municipality";
export * from "./custom";
export * from "./errors";
export * from "./teachers";
export * from "./teacher-row";
