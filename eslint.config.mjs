/**
 * `npm run lint` (office-addin-lint check) reads this file: Microsoft's add-in rules and
 * prettier, plus the globals of the environment each folder runs in. TypeScript already
 * checks names, so no-undef here checks one thing tsc cannot (@types/node and the DOM lib
 * are global to every file): that code uses only the globals of where it runs — nothing
 * but the language in src/core (pure), Office and the browser in the pane, Node in the
 * command line and the Node-only writers; the xlsx reader and writer run in both, their bytes
 * from src/adapters/bytes (platform.ts on Node, platform.browser.ts in the webviews).
 */
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

/** Office.js and the custom-functions runtime (loaded by the pages, typed by @types/office-*). */
const office = {
  Office: "readonly",
  Excel: "readonly",
  OfficeExtension: "readonly",
  OfficeRuntime: "readonly",
  CustomFunctions: "readonly",
};
/** Type-only names of @types/node and the DOM lib, which no-undef sees as values. */
const nodeTypes = { NodeJS: "readonly", BufferEncoding: "readonly" };
const domTypes = { BlobPart: "readonly" };

const browser = { ...globals.browser, ...office, ...domTypes };
const node = { ...globals.node, ...nodeTypes };
const shared = globals["shared-node-browser"];

const TS = ["**/*.{ts,tsx,mts,cts}"];

export default [
  {
    ignores: [
      "dist/**",
      "node_modules/**",
      "coverage/**",
      "test-results/**",
      "test/fixtures/**",
      "demo/**",
      "assets/**",
      "docs/**",
    ],
  },
  // The plugin's rules block names .ts but not .tsx: the pane's components are .tsx.
  ...officeAddins.configs.recommended.map((block) =>
    block.files ? { ...block, files: [...block.files, "**/*.tsx"] } : block
  ),
  {
    files: [...TS, "**/*.{js,mjs,cjs}"],
    languageOptions: { parser: tsParser, ecmaVersion: "latest" },
    rules: {
      // A leading underscore marks a parameter an interface requires and this code ignores.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  // Pure: only what the language itself defines.
  { files: ["src/core/**"], languageOptions: { globals: {} } },
  // Run both in the pane and on the command line: timers, TextEncoder, URL, console.
  {
    files: [
      "src/port/**",
      "src/app/**",
      "src/adapters/exceljs/**",
      "src/adapters/ooxml/**",
      "src/adapters/xlsx-reader/**",
      "src/adapters/xlsx-writer/**",
      "src/adapters/bytes/*.ts",
    ],
    languageOptions: { globals: shared },
  },
  // The bytes of the add-in's webviews.
  { files: ["src/adapters/bytes/platform.browser.ts"], languageOptions: { globals: browser } },
  // The pane, the ribbon commands, the custom functions and the Office.js adapter.
  {
    files: ["src/taskpane/**", "src/commands/**", "src/functions/**", "src/adapters/officejs/**"],
    languageOptions: { globals: browser },
  },
  // The Node side: the command line and the writers/readers it alone uses.
  {
    files: [
      "src/cli/**",
      "src/adapters/bytes/platform.ts",
      "src/adapters/xlsx-patch/**",
      "scripts/**",
      "bench/**",
      "*.config.js",
      "*.config.mjs",
    ],
    languageOptions: { globals: node },
  },
  // The pane-read bench: its page runs in Chromium; its case drives that page from Node and
  // hands page.evaluate callbacks that run in the page.
  { files: ["bench/pane-read/**"], languageOptions: { globals: browser } },
  { files: ["bench/cases/pane-read.ts"], languageOptions: { globals: { ...node, ...browser } } },
  // An ES5 script for old webviews (Internet Explorer 11): checked as ES5, in the browser.
  {
    files: ["src/old-webview/**/*.js"],
    languageOptions: { ecmaVersion: 5, sourceType: "script", globals: globals.browser },
    // ES5 has no `catch {}` without a binding.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
  // The Office.js rules guess proxies from names (`context`, `cell`, `sheet`): outside the
  // Office.js adapter, the pane and the functions nothing is a proxy (ExcelJS cells, fakes).
  {
    files: ["**/*"],
    ignores: ["src/adapters/officejs/**", "src/taskpane/**", "src/commands/**", "src/functions/**"],
    rules: {
      "office-addins/call-sync-after-load": "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/no-context-sync-in-loop": "off",
      "office-addins/no-empty-load": "off",
      "office-addins/no-navigational-load": "off",
      "office-addins/test-for-null-using-isNullObject": "off",
    },
  },
  // Tests run under jest in Node or jsdom, with Office fakes installed as globals.
  {
    files: ["test/**"],
    languageOptions: { globals: { ...node, ...browser, ...globals.jest } },
  },
  {
    files: ["*.config.js", "jest.config.js", "webpack.config.js"],
    languageOptions: { sourceType: "commonjs" },
  },
];
