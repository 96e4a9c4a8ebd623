/**
 * Requirement sets in the fake, as real Office enforces them on the adapter. A fake host says
 * which ExcelApi version `isSetSupported` reports and which members the loaded office.js has
 * (the npm copy 1.1.110 stops at ExcelApi 1.15 while current Excel reports 1.18 and more).
 * A member of a set above the manifest's declared version is
 * - absent (undefined, so calling it is the same TypeError real code hits) when the loaded
 *   script lacks it, and
 * - refused (FakeOfficeError "ApiNotDetected") when used before `isSetSupported` of the fake
 *   said yes to its set: the adapter must detect it first.
 * Members up to the declared version are always there (Office does not load the add-in on a
 * host below its manifest). MEMBER_SETS gives the set of every member the fake implements; a
 * test holds it to the `[Api set: ExcelApi x]` annotations of @types/office-js.
 */
import type { FeatureCheck } from "../../../src/adapters/officejs/excel-run";
import type { FakeContextCore } from "./context";
import { FakeOfficeError } from "./state";

export interface FakeHostDescription {
  /** The highest ExcelApi version `isSetSupported` answers true for. */
  excelApi: string;
  /**
   * The highest ExcelApi version whose members the loaded office.js has. Default: the CDN
   * script, which has every member (on an older host they exist and fail when sent).
   */
  scriptExcelApi?: string;
  /** The manifest's ExcelApi MinVersion: members up to it need no detection. Default 1.9. */
  declaredExcelApi?: string;
}

/** The newest ExcelApi version @types/office-js knows: the CDN script has all its members. */
export const CDN_SCRIPT_EXCEL_API = "1.21";
/** Current Excel with office.js from Microsoft's CDN. */
export const CURRENT_EXCEL: FakeHostDescription = { excelApi: "1.20" };
/** Current Excel running the page with the npm office.js 1.1.110 (the bug of issue 12). */
export const CURRENT_EXCEL_NPM_SCRIPT: FakeHostDescription = {
  excelApi: "1.20",
  scriptExcelApi: "1.15",
};
/** Excel 2019 / LTSC-era hosts: comments (1.10) but no notes (1.18). */
export const EXCEL_1_12: FakeHostDescription = { excelApi: "1.12" };
/** The manifest's minimum: neither comments nor notes. */
export const EXCEL_1_9: FakeHostDescription = { excelApi: "1.9" };

/**
 * ExcelApi version of each member the fake implements, by @types/office-js class name.
 * A member missing here is not gated; test/unit/fakes/api-sets.test.ts checks the table
 * against @types/office-js and that every gated fake member exists.
 */
export const MEMBER_SETS: Record<string, Record<string, string>> = {
  Worksheet: {
    notes: "1.18",
    comments: "1.10",
    tables: "1.1",
    charts: "1.1",
    freezePanes: "1.7",
    pageLayout: "1.9",
    horizontalPageBreaks: "1.9",
    tabColor: "1.7",
    visibility: "1.1",
    getRange: "1.1",
    getRangeByIndexes: "1.7",
    getUsedRangeOrNullObject: "1.4",
    activate: "1.1",
    delete: "1.1",
  },
  Range: {
    getCellProperties: "1.9",
    hyperlink: "1.7",
    conditionalFormats: "1.6",
    dataValidation: "1.8",
    getEntireColumn: "1.1",
    merge: "1.2",
    unmerge: "1.2",
    select: "1.1",
    clear: "1.1",
    values: "1.1",
    numberFormat: "1.1",
    format: "1.1",
  },
};

function minor(version: string): number {
  const [major, minorPart] = version.split(".").map(Number);
  if (major !== 1 || !Number.isInteger(minorPart)) throw new Error(`ExcelApi version ${version}`);
  return minorPart;
}

/** A host the fake plays, with what the adapter has detected on it so far. */
export class FakeHost {
  readonly excelApi: number;
  readonly script: number;
  readonly declared: number;
  /** The highest ExcelApi version isSetSupported said yes to. */
  private detected = 0;

  constructor(description: FakeHostDescription = CURRENT_EXCEL) {
    this.excelApi = minor(description.excelApi);
    this.script = minor(description.scriptExcelApi ?? CDN_SCRIPT_EXCEL_API);
    this.declared = minor(description.declaredExcelApi ?? "1.9");
  }

  /** `Office.context.requirements.isSetSupported` of this host (for ExcelApi). */
  readonly isSetSupported: FeatureCheck = (set, version) => {
    if (set !== "ExcelApi") return false;
    const wanted = minor(version);
    if (wanted > this.excelApi) return false;
    this.detected = Math.max(this.detected, wanted);
    return true;
  };

  /** Whether the loaded script has a member of this version at all. */
  scriptHas(version: string): boolean {
    const v = minor(version);
    return v <= this.declared || v <= this.script;
  }

  /** Throws unless a member of this version may be used now. */
  checkUse(where: string, version: string): void {
    const v = minor(version);
    if (v <= this.declared) return;
    if (v > this.detected) {
      throw new FakeOfficeError(
        "ApiNotDetected",
        `${where} is ExcelApi ${version}, above the manifest's 1.${this.declared}; ` +
          `detect it (isSetSupported and the member itself) before use`
      );
    }
    if (v > this.excelApi) throw new FakeOfficeError("ApiNotFound", `${where} on this host`);
  }
}

const hosts = new WeakMap<FakeContextCore, FakeHost>();

/** Gives a request context its host: the proxies created on it are gated by it. */
export function bindHost(core: FakeContextCore, host: FakeHost): void {
  hosts.set(core, host);
}

function descriptorOf(target: object, name: string): PropertyDescriptor | undefined {
  for (let o: object | null = target; o; o = Object.getPrototypeOf(o)) {
    const found = Object.getOwnPropertyDescriptor(o, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Applies the host to a freshly built proxy of `className` (called at the end of its
 * constructor): members the script lacks become undefined, the others check their use.
 */
export function gateMembers(target: object, className: string, core: FakeContextCore): void {
  const host = hosts.get(core);
  const members = MEMBER_SETS[className];
  if (!host || !members) return;
  for (const [name, version] of Object.entries(members)) {
    const descriptor = descriptorOf(target, name);
    if (!descriptor) throw new Error(`the fake's ${className} has no ${name}`);
    if (!host.scriptHas(version)) {
      Object.defineProperty(target, name, { value: undefined, writable: true, configurable: true });
      continue;
    }
    if (minor(version) <= host.declared) continue;
    const where = `${className}.${name}`;
    Object.defineProperty(target, name, {
      configurable: true,
      get() {
        host.checkUse(where, version);
        if (descriptor.get) return descriptor.get.call(target);
        const value: unknown = descriptor.value;
        return typeof value === "function" ? value.bind(target) : value;
      },
      set(value: unknown) {
        host.checkUse(where, version);
        if (descriptor.set) descriptor.set.call(target, value);
        else throw new FakeOfficeError("InvalidOperation", `${where} is read-only`);
      },
    });
  }
}
