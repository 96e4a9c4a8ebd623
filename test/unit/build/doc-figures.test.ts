/**
 * Review 15, minors 11 and 12: the pane's bundle size is one figure everywhere (README and
 * docs/decisions/reader.md), and docs/decisions/taskpane.md does not describe the pane with
 * the libraries it no longer carries (ExcelJS, JSZip).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "../../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

it("reader.md states the taskpane.js size README states", () => {
  const readme = /стало (\d[\d ]+\d) \((\d[\d ]+\d) в gzip/.exec(read("README.md"));
  expect(readme).not.toBeNull();
  const [bytes, gzip] = [readme![1], readme![2]].map((n) => n.replace(/ /g, ","));
  const row = read("docs/decisions/reader.md")
    .split("\n")
    .find((line) => line.startsWith("| `taskpane.js` (gzip)"));
  expect(row).toContain(`${bytes} B (${gzip})`);
});

it("taskpane.md's «Feedback files» names the writer and the zip the pane uses", () => {
  const text = read("docs/decisions/taskpane.md");
  const section = text.slice(text.indexOf("## Feedback files"), text.indexOf("## Browser tests"));
  expect(section).not.toMatch(/JSZip|ExcelJsWorkbook/);
  expect(section).toMatch(/XlsxBookWriter/);
  expect(section).toMatch(/zipSync/);
});
