import { csvLocator, type Locate } from "../../src/checker/index.ts";
import type { FolderCheck } from "./cli.ts";

/** Finds each problem's line and column in the file it names, reading each file's text once. */
export function locateProblems(check: Pick<FolderCheck, "files" | "displayPrefix">): Locate {
  const locators = new Map<string, ReturnType<typeof csvLocator>>();
  return (item) => {
    if (item.row === null || !item.file.startsWith(check.displayPrefix)) return null;
    if (!locators.has(item.file)) {
      const bytes = check.files[item.file.slice(check.displayPrefix.length)];
      locators.set(item.file, bytes ? csvLocator(bytes) : null);
    }
    return locators.get(item.file)?.(item.row, item.column) ?? null;
  };
}
