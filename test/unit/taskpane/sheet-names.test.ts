/**
 * The pane never names a sheet that does not exist: every «…» a text of the pane (screens,
 * steps, the ribbon's lines) puts after «лист», «листы», «листа»… must be a sheet of the
 * schema, of the templates or of the report. «Сообщества» or «Сводные сообщества» fail here.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { templateSheets } from "../../../src/app/make-template";
import * as schema from "../../../src/core/schema";

const ROOT = join(__dirname, "../../..");
const SOURCES = ["src/taskpane", "src/commands", "src/app/check-texts.ts"];

function files(path: string): string[] {
  const full = join(ROOT, path);
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full).flatMap((name) => files(join(path, name)));
}

/** Every sheet the project knows: schema objects' names, output sheets, template sheets. */
function knownSheets(): Set<string> {
  const names = new Set<string>([schema.INSTRUCTION_SHEET, ...Object.values(schema.OUTPUT_SHEETS)]);
  for (const value of Object.values(schema)) {
    const name = (value as { name?: unknown } | null)?.name;
    if (typeof value === "object" && typeof name === "string") names.add(name);
  }
  for (const level of ["school", "municipality"] as const)
    for (const sheet of templateSheets(level)) names.add(sheet.name);
  return names;
}

/** «X» after лист/листы/листа/листе/листов/листах (a list: «А», «Б» и «В»; or «листы свода (…)»). */
export function sheetMentions(text: string): string[] {
  const out: string[] = [];
  const lead = /лист(?:ы|а|е|ов|ах|ом)?\s+(?:свода\s*\(\s*)?((?:«[^»]+»(?:\s*(?:,|и|или)\s*)?)+)/g;
  for (const match of text.matchAll(lead))
    for (const name of match[1].matchAll(/«([^»]+)»/g)) out.push(name[1].replace(/\s+/g, " "));
  return out;
}

/** The pane's texts as they are shown: template literals' static parts joined to the rest. */
function paneTexts(): { file: string; text: string }[] {
  return SOURCES.flatMap(files)
    .filter((f) => /\.(ts|tsx)$/.test(f))
    .map((file) => ({ file, text: readFileSync(join(ROOT, file), "utf8") }));
}

it("finds the names in a list after «листы»", () => {
  expect(sheetMentions("листы «Паспорт ОО», «Педагоги» и «Сообщества»")).toEqual([
    "Паспорт ОО",
    "Педагоги",
    "Сообщества",
  ]);
  expect(sheetMentions("листы свода («ОО», «Сводные сообщества») и")).toEqual([
    "ОО",
    "Сводные сообщества",
  ]);
});

it("every sheet a pane text names exists in the schema, a template or the report", () => {
  const known = knownSheets();
  const unknown = paneTexts().flatMap(({ file, text }) =>
    sheetMentions(text)
      // A name computed in the text (`«${…}»`) is checked where it is defined.
      .filter((name) => !name.includes("${") && !known.has(name))
      .map((name) => `${file}: «${name}»`)
  );
  expect(unknown).toEqual([]);
});
