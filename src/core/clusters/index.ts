export * from "./population";
export * from "./clusters";
export * from "./age";
export * from "./deficits";
