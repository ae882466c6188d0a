import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**", "**/node_modules/**"] } },
      // One build of the site serves every browser test file.
      // Browser tests drive Chromium on a shared 2-CPU machine: the longest takes about 5 s, far from this limit.
      { extends: true, test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], globalSetup: ["test/e2e/global-setup.ts"], testTimeout: 60_000 } },
    ],
  },
});
