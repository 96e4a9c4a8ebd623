import { WRITERS } from "./helpers";
import { inspectXlsx } from "../../../support/xlsx-inspect";

describe.each(WRITERS)("%s: list validation without an error text", (_writer, create) => {
  it("suggests the values but does not refuse other text (several deficits in one cell)", async () => {
    const wb = create();
    await wb.writeSheet({
      name: "Лист",
      cells: [["Дефициты"], [null]],
      validations: [
        {
          range: { row: 1, col: 0, rows: 1, cols: 1 },
          rule: { kind: "list", values: ["Методические", "Цифровые"] },
        },
        {
          range: { row: 1, col: 1, rows: 1, cols: 1 },
          rule: { kind: "list", values: ["Да", "Нет"] },
          error: { title: "Да/Нет", message: "Выберите из списка" },
        },
      ],
    });
    const xml = await inspectXlsx(await wb.toBuffer());
    const validations = xml.sheets.find((s) => s.name === "Лист")!.validations;
    const bySqref = new Map(validations.map((v) => [v.sqref, v]));
    expect(bySqref.get("A2")!.showErrorMessage).toBe(false);
    expect(bySqref.get("B2")!.showErrorMessage).toBe(true);
  });
});
