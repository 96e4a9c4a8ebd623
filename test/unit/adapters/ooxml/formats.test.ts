import { excelNumberFormat } from "../../../../src/adapters/ooxml/formats";

describe("excelNumberFormat", () => {
  it("translates the Russian date codes", () => {
    expect(excelNumberFormat("ДД.ММ.ГГГГ")).toBe("dd.mm.yyyy");
    expect(excelNumberFormat("дд.мм.гг")).toBe("dd.mm.yy");
  });

  it("leaves quoted literals and escaped characters alone (a unit after a change)", () => {
    expect(excelNumberFormat('+0" единиц";-0" единиц";0" единиц"')).toBe(
      '+0" единиц";-0" единиц";0" единиц"'
    );
    expect(excelNumberFormat('+0.0" на 100 педагогов"')).toBe('+0.0" на 100 педагогов"');
    expect(excelNumberFormat('ДД.ММ.ГГГГ" г."')).toBe('dd.mm.yyyy" г."');
    expect(excelNumberFormat("0\\д")).toBe("0\\д");
  });

  it("keeps a format without Russian codes as it is", () => {
    expect(excelNumberFormat("0.0")).toBe("0.0");
  });
});
