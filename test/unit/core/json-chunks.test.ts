/**
 * Issue 11: the report's JSON is written in chunks, never as one string (at
 * 10,000 schools ~350 MB; V8 strings stop at ~536 million characters). The
 * chunks must join to exactly what JSON.stringify(data, null, 2) gives.
 */
import { generateMunicipality } from "../../../src/core/demo";
import { jsonChunks } from "../../../src/core/text/json-chunks";

const expected = (data: unknown): string => `${JSON.stringify(data, null, 2)}\n`;

describe("jsonChunks", () => {
  it.each([
    ["an empty object", {}],
    ["empty arrays and nulls", { a: [], b: null, c: [null], d: {} }],
    ["nested objects in arrays", { xs: [{ a: 1, b: [1, 2, { c: "д\nе" }] }, [], [[]], "строка"] }],
    [
      "left-out values",
      { u: undefined, f: () => 1, xs: [undefined, () => 1], n: NaN, d: new Date(0) },
    ],
    ["not an object", [1, { a: 2 }]],
    ["a string", "текст"],
    ["a date at the top", new Date(0)],
  ])("joins to JSON.stringify's text: %s", (_, data) => {
    for (const size of [1, 7, 2 ** 20])
      expect([...jsonChunks(data, size)].join("")).toBe(expected(data));
  });

  it("writes a report-sized list in chunks near the asked size, none much larger", () => {
    const schools = generateMunicipality({ schools: 30, seed: 2 });
    const data = {
      period: { start: "2024-09-01", end: "2025-08-31" },
      rows: schools.flatMap((s) => s.teachers.map((t) => ({ school: s.code, values: t }))),
      schools: schools.map((s) => s.passport),
    };
    const chunks = [...jsonChunks(data, 64 * 1024)];
    expect(chunks.join("")).toBe(expected(data));
    expect(chunks.length).toBeGreaterThan(10);
    for (const c of chunks) expect(c.length).toBeLessThan(64 * 1024 + 4096);
  });
});
