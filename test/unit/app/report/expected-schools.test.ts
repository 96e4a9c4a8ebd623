import { expectedCodes, schoolCodesOf } from "../../../../src/app/report/people";

describe("the schools a municipality workbook's `ОО` sheet lists", () => {
  it("reads the codes under «Код ОО», each once, blanks skipped", () => {
    const grid = [
      ["Код ОО", "Наименование ОО"],
      ["ОО-1", "Школа 1"],
      [" ОО-2 ", "Школа 2"],
      [null, "без кода"],
      ["ОО-1", "повтор"],
      [12, "числовой код"],
    ];
    expect(schoolCodesOf(grid)).toEqual(["ОО-1", "ОО-2", "12"]);
  });
  it("has no list without the header or without codes", () => {
    expect(schoolCodesOf([["Наименование"], ["Школа"]])).toBeUndefined();
    expect(schoolCodesOf([["Код ОО"], [null]])).toBeUndefined();
  });
  it("counts a code `Список ОО` repeats with look-alike letters once (the справка's «из N»)", () => {
    expect(expectedCodes([{ code: "ОО-1" }, { code: "ОО-2" }, { code: "OO-1" }])).toEqual([
      "ОО-1",
      "ОО-2",
    ]);
  });
});
