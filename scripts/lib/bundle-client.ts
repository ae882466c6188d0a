import { build } from "esbuild";

/** Bundles the browser enhancements (src/client/main.ts) into one small ES module. */
export async function bundleClient(outfile: string): Promise<void> {
  await build({
    entryPoints: ["src/client/main.ts"],
    outfile,
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2019",
    legalComments: "none",
    logLevel: "silent",
  });
}

/**
 * Bundles the checker page's script and its worker into `dir` (checker.js, checker-worker.js): the
 * validator of src/ itself, loaded on that page only. The worker is a classic script, the widest supported.
 */
export async function bundleChecker(dir: string): Promise<void> {
  const common = { bundle: true, minify: true, target: "es2019", legalComments: "none", logLevel: "silent", platform: "browser" } as const;
  await build({ ...common, entryPoints: { checker: "src/client/checker/checker-page.ts" }, outdir: dir, format: "esm" });
  await build({ ...common, entryPoints: { "checker-worker": "src/client/checker/checker-worker.ts" }, outdir: dir, format: "iife" });
}
