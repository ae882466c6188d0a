/** What a build wrote: its HTML pages, all its files and their bytes. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface SiteSize {
  pages: number;
  files: number;
  bytes: number;
}

/** Walks `dir` and counts its .html pages, its files and their bytes. */
export function siteSize(dir: string): SiteSize {
  const size: SiteSize = { pages: 0, files: 0, bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    size.files++;
    size.bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith(".html")) size.pages++;
  }
  return size;
}
