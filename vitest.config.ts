import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Browser tests start Chromium and a static server; they get their own, longer limits.
    testTimeout: 20_000,
    hookTimeout: 120_000,
  },
});
