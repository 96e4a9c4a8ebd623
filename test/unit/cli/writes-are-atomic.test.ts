/**
 * Every file the command line writes goes through one helper,
 * writeFileAtomic (src/cli/atomic-write.ts). This keeps a plain write, which
 * truncates the target before the new bytes are in, from coming back anywhere
 * in src: a new output (a writer that streams, a new command) must use the helper.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "../../..");
const WRITES =
  /\b(writeFile|writeFileSync|createWriteStream|appendFile|appendFileSync|copyFile|copyFileSync|rename|renameSync)\s*\(/;
/** The helper itself, and the ExcelJS adapter's own save (its unit test's; the command line does not import it). */
const ALLOWED = new Set(["src/cli/atomic-write.ts", "src/adapters/exceljs/files.ts"]);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

const files = sources(join(ROOT, "src")).map((path) => ({
  path: relative(ROOT, path).split("\\").join("/"),
  text: readFileSync(path, "utf8"),
}));

describe("outputs are written only through writeFileAtomic", () => {
  it("no other module of src writes, appends, copies or renames a file", () => {
    const offenders = files
      .filter((f) => !ALLOWED.has(f.path) && WRITES.test(f.text))
      .map((f) => `${f.path}: ${WRITES.exec(f.text)![0]}`);
    expect(offenders).toEqual([]);
  });

  it("nothing imports the ExcelJS adapter's non-atomic save", () => {
    const users = files
      .filter(
        (f) => /\bsaveWorkbookFile\b/.test(f.text) && f.path !== "src/adapters/exceljs/files.ts"
      )
      .map((f) => f.path);
    expect(users).toEqual([]);
  });

  it("the command line's writers use the helper", () => {
    for (const path of ["src/cli/files.ts", "src/cli/output.ts", "src/cli/report-output.ts"]) {
      expect({
        path,
        uses: /\bwriteFileAtomic\(/.test(files.find((f) => f.path === path)!.text),
      }).toEqual({ path, uses: true });
    }
  });
});
