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
