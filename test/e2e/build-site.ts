import { spawn } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Builds the site with scripts/build.ts into a new temporary folder and returns it; throws with the build's output when it fails. */
export async function buildSite(): Promise<string> {
  const output = await mkdtemp(path.join(os.tmpdir(), "moit-e2e-site-"));
  // The tests compare the pages with the aggregate of data/, so the build reads data/ and every page.
  const { MOIT_DATA: _data, MOIT_SKIP: _skip, ...env } = process.env;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], {
    cwd: root,
    env: { ...env, MOIT_OUTPUT: output },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`The site did not build (scripts/build.ts exited ${code}):\n${log}`);
  return output;
}
