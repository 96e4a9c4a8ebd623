/** Unit, property and end-to-end tests; browser tests run apart (npm run test:ui). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/ui/"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { jsx: "react-jsx", module: "commonjs", isolatedModules: true } },
    ],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose index pulls ESM-only packages.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
  },
  testTimeout: 60000,
};
