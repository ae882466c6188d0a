/**
 * npm start: builds the site, serves _site/ on http://localhost:8080 and rebuilds on every change to
 * data/, site/ or src/, reloading the browser. A failed rebuild keeps serving the last good site. As a
 * preview, it shows a published figure the data contradict under a red banner instead of stopping.
 */
import { spawn } from "node:child_process";
import { watch } from "node:fs";
import EleventyDevServer from "@11ty/eleventy-dev-server";

function build(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts", "--preview"], { stdio: "inherit" });
    child.on("exit", (code) => resolve(code === 0));
  });
}

await build();
const server = EleventyDevServer.getServer("moit-site", "_site", { port: Number(process.env.PORT ?? 8080), domDiff: false });
server.serve(Number(process.env.PORT ?? 8080));

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
for (const dir of ["data", "site", "src"]) {
  watch(dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(async () => {
        if (await build()) server.reload({ files: [], subtype: undefined, build: {} });
      });
    }, 200);
  });
}
