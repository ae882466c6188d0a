import { readdirSync, watch } from "node:fs";
import path from "node:path";

/**
 * Calls `onChange` (at most once per `delayMs` of quiet) when anything in the folders of `roots` changes.
 * Each folder is watched itself, not its files: an editor or Excel that saves by writing a new file and
 * renaming it over the old one is seen every time (a watch on a file ends with that file).
 */
export function watchTree(roots: readonly string[], onChange: () => void, delayMs = 200): void {
  let timer: NodeJS.Timeout | undefined;
  const changed = () => {
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
  };
  const walk = (dir: string): void => {
    watch(dir, changed);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(path.join(dir, entry.name));
    }
  };
  roots.forEach(walk);
}
