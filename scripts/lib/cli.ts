import path from "node:path";
import { formatReport } from "../../src/data/index.ts";
import { checkPackage, type CheckResult } from "../../src/pipeline/index.ts";
import { readDataFolder } from "./read-data.ts";

/**
 * The local preview (`npm start` passes --preview): a published figure the data contradict is shown
 * under a red banner instead of stopping the build. Never in CI.
 */
export function isPreview(argv: string[]): boolean {
  return argv.includes("--preview") && !(process.env.CI && process.env.CI !== "false");
}

/** What a check of a data folder read and found. */
export type FolderCheck = CheckResult & { descriptor: unknown; files: Record<string, Uint8Array>; displayPrefix: string };

/** How problems name the files of a folder, as the official sees them from the project folder: "data/". */
export function displayPrefixOf(dir: string): string {
  const relative = path.relative(process.cwd(), dir) || ".";
  return `${relative.startsWith("..") ? path.resolve(dir) : relative}/`.replace(/\\/g, "/");
}

/** Reads and checks the data folder, printing every problem in Vietnamese and English; returns the descriptor and files it read. */
export async function checkDataFolder(dir: string, preview: boolean): Promise<FolderCheck> {
  let input;
  try {
    input = await readDataFolder(dir);
  } catch (error) {
    const reason = error instanceof SyntaxError ? `datapackage.json: ${error.message}` : String((error as Error).message ?? error);
    console.error(
      `Không đọc được thư mục dữ liệu "${dir}": ${reason}\nThe data folder "${dir}" could not be read: ${reason}\n\n` +
        "Chưa xuất bản gì. / Nothing was published.",
    );
    return { dataset: null, aggregates: null, problems: [], ok: false, descriptor: null, files: {}, displayPrefix: displayPrefixOf(dir) };
  }
  const displayPrefix = displayPrefixOf(dir);
  const result = checkPackage(input.descriptor, input.files, { preview, displayPrefix });
  if (result.problems.length > 0) {
    const report = formatReport(result.problems);
    (result.ok ? console.warn : console.error)(report);
  }
  return { ...result, descriptor: input.descriptor, files: input.files, displayPrefix };
}
