/**
 * Excel's limits on validation texts, one table (src/core/text/validation-limits.ts): every
 * validation the project makes — school and municipality templates, `Настройки` with its
 * custom-indicator block — already fits, so no adapter has to cut what a person should read.
 */
import { municipalityTemplateSheets, schoolTemplateSheets } from "../../../../src/app/template";
import { settingsSheetWithCustom } from "../../../../src/app/template/settings-sheet";
import { LIMITS, truncate } from "../../../../src/core/text/validation-limits";

describe("validation texts", () => {
  const sheets = [
    ...schoolTemplateSheets(),
    ...municipalityTemplateSheets(),
    settingsSheetWithCustom(),
  ];
  const validations = sheets.flatMap((s) =>
    (s.validations ?? []).map((v) => ({ sheet: s.name, v }))
  );

  it("are made within Excel's limits by every sheet model", () => {
    expect(validations.length).toBeGreaterThan(20);
    const over = validations.filter(
      ({ v }) =>
        (v.prompt?.title.length ?? 0) > LIMITS.promptTitle ||
        (v.prompt?.message.length ?? 0) > LIMITS.prompt ||
        (v.error?.title.length ?? 0) > LIMITS.errorTitle ||
        (v.error?.message.length ?? 0) > LIMITS.error
    );
    expect(over).toEqual([]);
  });

  it("are cut with an ellipsis, never inside a surrogate pair", () => {
    expect(truncate("Целевое значение на следующий период", LIMITS.promptTitle)).toBe(
      "Целевое значение на следующий п…"
    );
    expect(truncate(`${"а".repeat(30)}😀😀`, 32)).toBe(`${"а".repeat(30)}…`);
    expect(truncate("коротко", 32)).toBe("коротко");
  });
});
