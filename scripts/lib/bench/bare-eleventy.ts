/** The floor a build is compared with: Eleventy alone writing the same number of pages from a trivial Nunjucks pagination. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const TEMPLATE = `---
pagination:
  data: items
  size: 1
permalink: "p/{{ pagination.pageNumber }}/index.html"
---
<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>Trang {{ pagination.pageNumber + 1 }}</title></head>
<body><h1>Trang {{ pagination.pageNumber + 1 }}</h1><p>{{ pagination.items[0] }}</p></body></html>
`;

/** Writes a minimal Eleventy project into `dir` that renders `pages` pages; returns the arguments for node to build it into `output`. */
export function bareEleventyProject(root: string, dir: string, pages: number, output: string): string[] {
  mkdirSync(path.join(dir, "_data"), { recursive: true });
  writeFileSync(path.join(dir, "pages.njk"), TEMPLATE);
  writeFileSync(path.join(dir, "_data", "items.json"), JSON.stringify(Array.from({ length: pages }, (_, i) => `Mục ${i + 1}`)));
  return [path.join(root, "node_modules", "@11ty", "eleventy", "cmd.cjs"), `--input=${dir}`, `--output=${output}`, "--quiet"];
}
