/**
 * @jest-environment jsdom
 */
// Every Office API member the add-in's code uses, with the requirement set @types/office-js
// (and @types/custom-functions-runtime) annotate it with, read by the TypeScript checker.
// A member above what manifest.xml declares must be one the code detects before use (DETECTED
// below, each with where its detection lives and a test that proves it), or the test fails.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";

const ROOT = join(__dirname, "../../..");
/** The code that runs inside Office. */
const DIRS = ["src/adapters/officejs", "src/taskpane", "src/commands", "src/functions"];

/**
 * Members above the manifest's sets, used only after detection: the set reported by the host
 * and the member present on the loaded office.js. Key: Class.member; value: the file allowed
 * to use it (where the detection is) and the test that shows the fallback.
 */
const DETECTED: Record<string, { file: string; proof: string }> = {
  "Worksheet.notes": {
    file: "src/adapters/officejs/marks.ts",
    proof: "marks.test.ts, api-sets.test.ts",
  },
  "NoteCollection.add": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "NoteCollection.getItemOrNullObject": {
    file: "src/adapters/officejs/marks.ts",
    proof: "marks.test.ts",
  },
  "Note.content": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "Note.delete": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "Worksheet.comments": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "CommentCollection.add": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "Comment.content": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "Comment.delete": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
  "Comment.getLocation": { file: "src/adapters/officejs/marks.ts", proof: "marks.test.ts" },
};

/**
 * Office members reached without their typings (through globalThis, to run where the global
 * is absent): the checker cannot see them, so they are listed with their set by hand and the
 * test checks the text is still there.
 */
const UNTYPED: { file: string; text: string; member: string; set: string }[] = [
  {
    file: "src/functions/errors.ts",
    text: "new cf.Error(",
    member: "CustomFunctions.Error",
    set: "CustomFunctionsRuntime 1.2",
  },
  {
    file: "src/functions/errors.ts",
    text: "cf.ErrorCode.invalidValue",
    member: "ErrorCode.invalidValue",
    set: "CustomFunctionsRuntime 1.3",
  },
];

interface Use {
  member: string;
  set: string;
  version: string;
  where: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return filesUnder(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** "ExcelApi 1.18" out of "[Api set: ExcelApi 1.18]" or "**Requirement set**: {@link … | SharedRuntime 1.1}". */
function setsIn(text: string): { set: string; version: string }[] {
  const found: { set: string; version: string }[] = [];
  for (const m of text.matchAll(/Api set: ([A-Za-z]+) (\d+\.\d+)/g))
    found.push({ set: m[1], version: m[2] });
  // The checker joins a {@link url | text} without its bar: "{@link url SharedRuntime 1.1}".
  for (const m of text.matchAll(
    /Requirement set\*\*: \{@link \S+\s*\|?\s*([A-Za-z]+) (\d+\.\d+)\}/g
  ))
    found.push({ set: m[1], version: m[2] });
  return found;
}

function tagText(tag: ts.JSDocTagInfo): string {
  return (tag.text ?? []).map((part) => part.text).join("");
}

function officeDeclaration(decl: ts.Declaration): boolean {
  const file = decl.getSourceFile().fileName;
  return /@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/.test(file);
}

function ownerName(decl: ts.Declaration): string {
  const parent = decl.parent as ts.Node & { name?: ts.Node };
  return parent && parent.name && ts.isIdentifier(parent.name) ? parent.name.text : "?";
}

function scan(): Use[] {
  const files = DIRS.flatMap(filesUnder);
  const program = ts.createProgram(
    files.map((f) => join(ROOT, f)),
    {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      esModuleInterop: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      noEmit: true,
      types: ["office-js", "custom-functions-runtime", "node"],
      typeRoots: [join(ROOT, "node_modules/@types")],
      lib: ["lib.es2020.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    }
  );
  const checker = program.getTypeChecker();
  const uses: Use[] = [];
  for (const file of files) {
    const source = program.getSourceFile(join(ROOT, file))!;
    const visit = (node: ts.Node): void => {
      // Property accesses only: type references (Excel.Note in a signature) run nothing.
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const decl = symbol?.declarations?.find(officeDeclaration);
        if (symbol && decl) {
          const text = symbol
            .getJsDocTags(checker)
            .map(tagText)
            .concat(ts.displayPartsToString(symbol.getDocumentationComment(checker)))
            .join("\n");
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          for (const { set, version } of setsIn(text)) {
            uses.push({
              member: `${ownerName(decl)}.${symbol.name}`,
              set,
              version,
              where: `${file}:${line}`,
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  for (const entry of UNTYPED) {
    const source = readFileSync(join(ROOT, entry.file), "utf8");
    expect({ entry: entry.text, found: source.includes(entry.text) }).toEqual({
      entry: entry.text,
      found: true,
    });
    const [set, version] = entry.set.split(" ");
    uses.push({ member: entry.member, set, version, where: entry.file });
  }
  return uses;
}

function declaredSets(): Map<string, string> {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(ROOT, "manifest.xml"), "utf8"),
    "application/xml"
  );
  const sets = new Map<string, string>();
  for (const s of [...doc.getElementsByTagName("*")].filter((e) => e.localName === "Set")) {
    sets.set(s.getAttribute("Name")!, s.getAttribute("MinVersion") ?? "1.1");
  }
  return sets;
}

/**
 * Members whose typings carry another host's set: `Office.AddinCommands.Event.completed` is
 * annotated with Outlook's Mailbox 1.3; in Excel it belongs to add-in commands (AddinCommands 1.1).
 */
const HOST_SETS: Record<string, { set: string; version: string }> = {
  "Event.completed": { set: "AddinCommands", version: "1.1" },
};

/**
 * Sets the manifest implies without listing them: AddinCommands 1.1 comes with its
 * VersionOverrides (Office shows no ribbon, and calls no command, on hosts without it).
 */
const IMPLIED = new Map([["AddinCommands", "1.1"]]);

const above = (version: string, declared: string) => {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = declared.split(".").map(Number);
  return a > c || (a === c && b > d);
};

describe("Office APIs the add-in uses against the manifest's requirement sets", () => {
  let uses: Use[];
  let declared: Map<string, string>;

  beforeAll(() => {
    uses = scan();
    declared = declaredSets();
  });

  it("finds the add-in's Office calls at all (the scan can see them)", () => {
    const members = new Set(uses.map((u) => u.member));
    for (const known of [
      "Worksheet.getRangeByIndexes",
      "Range.getCellProperties",
      "Worksheet.notes",
      "Addin.showAsTaskpane",
    ])
      expect({ known, seen: members.has(known) }).toEqual({ known, seen: true });
  });

  it("uses nothing above the declared sets except members it detects, where it detects them", () => {
    const undetected: string[] = [];
    for (const found of uses) {
      const use = { ...found, ...HOST_SETS[found.member] };
      const limit = declared.get(use.set) ?? IMPLIED.get(use.set);
      if (limit !== undefined && !above(use.version, limit)) continue;
      const detected = DETECTED[use.member];
      if (detected && use.where.startsWith(`${detected.file}:`)) continue;
      undetected.push(`${use.member} (${use.set} ${use.version}) at ${use.where}`);
    }
    expect(undetected).toEqual([]);
  });

  it("lists no detected member the code no longer uses", () => {
    const members = new Set(uses.map((u) => u.member));
    expect(Object.keys(DETECTED).filter((m) => !members.has(m))).toEqual([]);
  });

  it("declares each runtime set at the highest version the code needs", () => {
    for (const set of ["CustomFunctionsRuntime", "SharedRuntime"]) {
      const needed = uses
        .filter((u) => u.set === set && !DETECTED[u.member])
        .map((u) => u.version)
        .reduce((max, v) => (above(v, max) ? v : max), "1.1");
      expect({ set, declared: declared.get(set) }).toEqual({ set, declared: needed });
    }
  });
});
