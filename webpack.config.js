/**
 * The add-in's bundles, after Microsoft's Excel-Custom-Functions-Shared template: one shared
 * runtime page (taskpane.html) hosts the task pane, the ribbon commands and the custom
 * functions. The pages load office.js from Microsoft's CDN, as Microsoft requires; nothing of
 * office.js is copied into dist/ (see docs/decisions/officejs.md, test/unit/build).
 */
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const path = require("path");

const urlDev = "https://localhost:3000/";
// Where the add-in is hosted in production; the manifest in dist/ gets this address.
const urlProd = process.env.PEDMONITOR_URL || urlDev;

async function getHttpsOptions() {
  // Loaded only for `webpack serve`: the production build must not need certificates.
  const devCerts = require("office-addin-dev-certs");
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

/** The syntax every shipped bundle keeps to: what src/old-webview/old-webview.js tests for. */
const ES_TARGET = "es2020";

/** The ES5 guard of the pages (src/old-webview): shipped as written, never minified to ES2015+. */
const oldWebviewGuard = {
  from: "src/old-webview/old-webview.js",
  to: "old-webview.js",
  info: { minimized: true },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const config = {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: "./src/functions/functions.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // dist/cli holds the command line (scripts/build-cli.mjs): keep it.
      clean: { keep: /^cli\// },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The pane reads and writes .xlsx files with the command line's reader and writer; their
      // bytes (inflate, deflate, UTF-8) come from src/adapters/bytes/platform.ts on Node and from
      // platform.browser.ts (fflate) here: package.json's `browser` field, which webpack honours
      // for a web target (aliasFields: ["browser"]). No Node built-in may reach a bundle:
      // test/unit/build/bundle-contents.test.ts reads the built source maps.
      aliasFields: ["browser"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
        {
          // Libraries ship newer syntax than the pages support (tabster, under Fluent UI, has
          // `??=` and class `static {}` blocks): down-level them to the ES2020 the old-webview
          // guard checks for. test/ui/bundles.ui.mjs (run by `npm run test:ui`) holds every bundle to it.
          test: /\.[cm]?js$/,
          include: /node_modules/,
          use: { loader: "esbuild-loader", options: { target: ES_TARGET } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Deferred scripts run in this order: the custom functions (small) register first and
        // never wait for the pane's bundle to download and run (issue 15).
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
      }),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
          oldWebviewGuard,
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: serving ? { type: "https", options: await getHttpsOptions() } : "http",
      port: process.env.npm_package_config_dev_server_port || 3000,
    },
  };
  return config;
};
