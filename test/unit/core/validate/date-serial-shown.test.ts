import { readTeacherTable } from "../../../../src/core/read";
import { TEACHERS } from "../../../../src/core/schema";
import { dayOf, serialFromDay } from "../../../../src/core/time/day";
import { cellAsSeen } from "../../../../src/core/validate/message";
import { renderIssue } from "../../../../src/core/validate/message";

describe("dates read as Excel serials (Office.js) are quoted as dates", () => {
  it("shows a date column's serial as ДД.ММ.ГГГГ and leaves other columns alone", () => {
    expect(cellAsSeen(serialFromDay(dayOf(2019, 10, 2)), "date")).toEqual(
      new Date(Date.UTC(2019, 9, 2))
    );
    expect(cellAsSeen(43740, "number")).toBe(43740);
    expect(cellAsSeen("весна 1985", "date")).toBe("весна 1985");
  });

  it("quotes a future birth date typed as a serial as a date in the message", () => {
    const headers = TEACHERS.fields.map((f) => f.header);
    const row = headers.map(() => null as unknown as string | number | null);
    const col = (h: string) => headers.indexOf(h);
    row[col("Табельный номер")] = "1";
    row[col("Дата рождения")] = serialFromDay(dayOf(2030, 1, 15));
    const { issues } = readTeacherTable([headers, row], {
      sheet: "Педагоги",
      file: "",
      schoolCode: "ОО-1",
      period: { start: dayOf(2024, 9, 1), end: dayOf(2025, 8, 31) },
    });
    const birth = issues.filter((i) => i.column === "Дата рождения");
    expect(birth.length).toBeGreaterThan(0);
    expect(renderIssue(birth[0])).toContain("«15.01.2030»");
  });
});
