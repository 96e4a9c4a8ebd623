/**
 * The reader's and writer's own tests once more, on the byte platform the add-in's bundles get
 * (platform.browser.ts: fflate, TextDecoder): equivalence with ExcelJS, hostile files, budgets,
 * large sheets read in parts, and written workbooks read back. Requiring a test module here
 * declares its tests in this file, after the platform module has been replaced.
 */
jest.mock("../../../../src/adapters/bytes/platform", () =>
  jest.requireActual("../../../../src/adapters/bytes/platform.browser")
);

import { platform } from "../../../../src/adapters/bytes/platform";
import { platform as browser } from "../../../../src/adapters/bytes/platform.browser";

it("runs on the browser's byte platform", () => {
  expect(platform).toBe(browser);
});

require("../xlsx-reader/equivalence.test");
require("../xlsx-reader/hostile.test");
require("../xlsx-reader/deviations.test");
require("../xlsx-reader/cell-notes.test");
require("../xlsx-reader/large-sheet.test");
require("../xlsx-reader/zip-budget-cumulative.test");
require("../xlsx-writer/features.test");
require("../xlsx-writer/calc-block-styles.test");
