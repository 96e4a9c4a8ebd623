/**
 * @jest-environment jsdom
 */
// Offline structural checks of manifest.xml: Microsoft's validator needs the network, and its
// published XSDs predate <Runtimes> (docs/decisions/officejs.md, "The manifest checked offline").
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RIBBON_STEPS } from "../../../src/commands/ribbon-steps";
import { FakeHost } from "../../fakes/office";

const ROOT = join(__dirname, "../../..");
const ORIGIN = "https://localhost:3000/";
const text = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(text, "application/xml");
const all = (name: string) =>
  [...doc.getElementsByTagName("*")].filter((e) => e.localName === name);
const one = (name: string) => {
  const found = all(name);
  expect(found).toHaveLength(1);
  return found[0];
};
const xsiType = (e: Element) =>
  e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");

/** Resource id → [kind, value] from <Resources>. */
function resources(): Map<string, { kind: string; value: string }> {
  const map = new Map<string, { kind: string; value: string }>();
  const resourcesElement = one("Resources");
  for (const e of [...resourcesElement.getElementsByTagName("*")]) {
    const id = e.getAttribute("id");
    if (!id) continue;
    expect(map.has(id)).toBe(false); // ids are unique
    map.set(id, { kind: e.parentElement!.localName, value: e.getAttribute("DefaultValue") ?? "" });
  }
  return map;
}

function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  it("is well-formed XML of a task pane add-in for Excel", () => {
    const broken = new DOMParser().parseFromString("<a><b></a>", "application/xml");
    expect(broken.getElementsByTagName("parsererror").length).toBeGreaterThan(0); // the check can fail
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(all("Host").some((h) => h.getAttribute("Name") === "Workbook")).toBe(true);
    expect(one("DefaultLocale").textContent).toBe("ru-RU");
    expect(one("DisplayName").getAttribute("DefaultValue")).toBe("ПедМонитор");
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/);
  });

  it("requires the shared runtime, custom functions and the Excel API", () => {
    const sets = Object.fromEntries(
      all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])
    );
    // CustomFunctions.Error is CustomFunctionsRuntime 1.2, its ErrorCode members 1.3
    // (api-surface.test.ts derives this from the code; Office 2021/LTSC have 1.1–1.3 alike).
    expect(sets).toMatchObject({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.3" });
    expect(sets.ExcelApi).toMatch(/^1\.\d+$/);
    // The Office fake treats members up to this version as usable without detection.
    expect(sets.ExcelApi).toBe(`1.${new FakeHost().declared}`);
  });

  it("runs the task pane, the commands and the functions in one long-lived runtime", () => {
    const runtime = one("Runtime");
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const resid = runtime.getAttribute("resid");
    expect(one("FunctionFile").getAttribute("resid")).toBe(resid);
    const page = one("Page").getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(resid);
    expect(resources().get(resid!)?.value).toBe(`${ORIGIN}taskpane.html`);
    const start = one("DefaultSettings").getElementsByTagName("SourceLocation")[0];
    expect(start.getAttribute("DefaultValue")).toBe(`${ORIGIN}taskpane.html`);
  });

  it("declares the custom functions' script, metadata and the PEDMON namespace", () => {
    const point = all("ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions")!;
    const resid = (name: string) =>
      point
        .getElementsByTagName(name)[0]
        .getElementsByTagName("SourceLocation")[0]
        .getAttribute("resid")!;
    const res = resources();
    expect(res.get(resid("Script"))?.value).toBe(`${ORIGIN}functions.js`);
    expect(res.get(resid("Metadata"))?.value).toBe(`${ORIGIN}functions.json`);
    expect(res.get(one("Namespace").getAttribute("resid")!)?.value).toBe("PEDMON");
  });

  it("defines every resid it uses, within Office's length limits", () => {
    const res = resources();
    const used = [...doc.getElementsByTagName("*")]
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => !!r);
    expect(used.length).toBeGreaterThan(20);
    for (const resid of used)
      expect({ resid, defined: res.has(resid) }).toEqual({ resid, defined: true });
    for (const [id, { kind, value }] of res) {
      expect(id.length).toBeLessThanOrEqual(32);
      if (kind === "ShortStrings") expect(value.length).toBeLessThanOrEqual(125);
      if (kind === "LongStrings") expect(value.length).toBeLessThanOrEqual(250);
    }
  });

  it("points every URL at https://localhost:3000 (webpack rewrites it for production)", () => {
    const urls = [...doc.getElementsByTagName("*")]
      .flatMap((e) => [
        e.getAttribute("DefaultValue"),
        e.localName === "AppDomain" ? e.textContent : null,
      ])
      .filter((v): v is string => !!v && /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls)
      expect(url.startsWith(ORIGIN) || url === ORIGIN.slice(0, -1)).toBe(true);
    // the pages it names are built by webpack, the files under assets/ exist
    for (const url of urls.filter((u) => u.includes("/assets/"))) {
      expect(existsSync(join(ROOT, url.slice(ORIGIN.length)))).toBe(true);
    }
  });

  it("has icons of the declared pixel sizes", () => {
    const res = resources();
    const images = [...res].filter(([, r]) => r.kind === "Images");
    expect(images.length).toBeGreaterThanOrEqual(3 * 6);
    for (const [id, { value }] of images) {
      const size = Number(/\.(\d+)$/.exec(id)![1]);
      expect(pngSize(join(ROOT, value.slice(ORIGIN.length)))).toEqual({
        width: size,
        height: size,
      });
    }
    expect(pngSize(join(ROOT, "assets/icon-32.png")).width).toBe(32);
    expect(pngSize(join(ROOT, "assets/icon-64.png")).width).toBe(64);
    // every <bt:Image size="n"> in a control points at an n-pixel image
    for (const image of all("Image").filter((e) => e.getAttribute("size"))) {
      expect(image.getAttribute("resid")!.endsWith(`.${image.getAttribute("size")}`)).toBe(true);
    }
  });

  it("has a «ПедМонитор» tab whose buttons run functions the commands register", () => {
    const res = resources();
    const tab = one("CustomTab");
    const tabLabel = [...tab.children].find((e) => e.localName === "Label")!;
    expect(res.get(tabLabel.getAttribute("resid")!)?.value).toBe("ПедМонитор");
    const labels = all("Control").map((c) => {
      const label = [...c.children].find((e) => e.localName === "Label")!;
      return res.get(label.getAttribute("resid")!)?.value;
    });
    expect(labels).toEqual([
      "Шаблон ОО",
      "Шаблон муниципалитета",
      "Проверить",
      "Снять отметки",
      "Сводка и рекомендации",
      "Открыть панель",
    ]);
    const functions = all("FunctionName").map((f) => f.textContent);
    expect([...functions].sort()).toEqual(Object.keys(RIBBON_STEPS).sort());
    const show = all("Action").find((a) => xsiType(a) === "ShowTaskpane")!;
    expect(show.getElementsByTagName("SourceLocation")[0].getAttribute("resid")).toBe(
      one("Runtime").getAttribute("resid")
    );
    const ids = all("Control").map((c) => c.getAttribute("id"));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
