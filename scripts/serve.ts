/**
 * npm start: builds the site, serves _site/ on http://localhost:8080 and keeps it up to date, reloading
 * the browser. A change in data/ rebuilds the site in a process that keeps its modules loaded; a change in
 * site/ renders again only the pages of the changed template; a change in the code of src/ or scripts/
 * starts that process afresh. A failed rebuild keeps serving the last good site. As a preview, it shows a
 * published figure the data contradict under a red banner instead of stopping.
 */
import { fork, type ChildProcess } from "node:child_process";
import { watchTree } from "./lib/watch-tree.ts";

let preview: ChildProcess | undefined;

function start(): void {
  preview = fork("scripts/lib/preview-server.ts", { execArgv: ["--import", "tsx"], stdio: "inherit" });
}

async function restart(): Promise<void> {
  const old = preview;
  if (old && old.exitCode === null) {
    const exited = new Promise((resolve) => old.once("exit", resolve));
    old.kill();
    await exited;
  }
  start();
}

start();
watchTree(["src", "scripts"], () => void restart(), 300);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => (preview?.kill(), process.exit(130)));
