/**
 * The age bounds are inclusive: a worker who is exactly 16 or exactly 100 at the
 * period's end is valid, one day either side is not; above 80 warns, 80 itself does not.
 */
import { brief, NO_DATES, readOne } from "./helpers";

const OUT = "row/constraint/age-out-of-range";
const OLD = "row/constraint/age-above-80";

function codesFor(birthDate: string): string[] {
  // Period ends 31.08.2025; no experience so that experience-exceeds-age stays silent.
  const { issues } = readOne({ ...NO_DATES, birthDate, pedExperience: 0 });
  return brief(issues).map((b) => b.split("@")[0]);
}

describe("worker age bounds at the period's end (31.08.2025)", () => {
  it("accepts a worker who turns 16 on the last day of the period", () => {
    expect(codesFor("31.08.2009")).not.toContain(OUT);
  });

  it("rejects a worker who turns 16 one day after the period", () => {
    expect(codesFor("01.09.2009")).toContain(OUT);
  });

  it("accepts a worker who is exactly 100, rejects one who is 101", () => {
    expect(codesFor("01.09.1924")).not.toContain(OUT);
    expect(codesFor("31.08.1924")).toContain(OUT);
  });

  it("warns above 80 but not at exactly 80", () => {
    expect(codesFor("01.09.1944")).not.toContain(OLD);
    expect(codesFor("31.08.1944")).toContain(OLD);
  });
});

describe("the issue records the whole expected range", () => {
  it("an age outside 16–100 expects «16–100», not its lower bound alone; the message is unchanged", () => {
    const { issues } = readOne({ ...NO_DATES, birthDate: "01.09.2009", pedExperience: 0 });
    const issue = issues.find((i) => i.code === OUT);
    expect(issue?.expected).toBe("16–100");
    expect(issue?.detail).toBe(
      "возраст на конец периода 15 — не от 16 до 100 лет. Проверьте год рождения."
    );
  });
});
