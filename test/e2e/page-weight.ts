import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** What a browser transfers to show one page, each part gzipped as a server would send it. */
export interface PageWeight {
  /** The page's address on the site, e.g. "/ban-do/". */
  page: string;
  html: number;
  css: number;
  js: number;
  /** Icons, images, frames and preloaded data the page requests as it loads. */
  other: number;
  total: number;
  /** The page holds the interactive map (a [data-map-explorer] section). */
  map: boolean;
  /** Site paths of everything the page loads besides itself. */
  loads: string[];
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, "iu").exec(tag)?.slice(1).find((v) => v !== undefined);

/** The same-site paths an HTML page requests while loading: stylesheets, scripts, icons, preloads, images and frames. */
export function pageLoads(html: string): { css: string[]; js: string[]; other: string[] } {
  const loads = { css: [] as string[], js: [] as string[], other: [] as string[] };
  for (const m of html.matchAll(/<(link|script|img|iframe|source)\b[^>]*>/giu)) {
    const [tag, name] = [m[0], m[1]!.toLowerCase()];
    const rel = (attr(tag, "rel") ?? "").toLowerCase().split(/\s+/u);
    // An asset's address carries a digest of its bytes ("/assets/main.js?v=…"): the file is the path.
    const url = (name === "link" ? attr(tag, "href") : attr(tag, "src"))?.split(/[?#]/u)[0];
    if (!url || !url.startsWith("/") || url.startsWith("//")) continue;
    if (name === "link" && rel.includes("stylesheet")) loads.css.push(url);
    else if (name === "script" || (name === "link" && rel.includes("modulepreload"))) loads.js.push(url);
    else if (name !== "link" || rel.some((r) => ["icon", "preload", "prefetch"].includes(r))) loads.other.push(url);
  }
  return loads;
}

/** Measures the page at `file` (relative to `siteDir`); `gzipped` caches the size of files shared by several pages. */
export function pageWeight(siteDir: string, file: string, gzipped = new Map<string, number>()): PageWeight {
  const size = (sitePath: string) => {
    const cached = gzipped.get(sitePath);
    if (cached !== undefined) return cached;
    const bytes = gzipSync(readFileSync(path.join(siteDir, decodeURI(sitePath.split(/[?#]/u)[0]!).replace(/\/$/u, "/index.html"))));
    gzipped.set(sitePath, bytes.length);
    return bytes.length;
  };
  const html = readFileSync(path.join(siteDir, file), "utf8");
  const loads = pageLoads(html);
  const sum = (paths: string[]) => [...new Set(paths)].reduce((n, p) => n + size(p), 0);
  const weight = { html: gzipSync(html).length, css: sum(loads.css), js: sum(loads.js), other: sum(loads.other) };
  return {
    page: `/${file.replace(/\\/gu, "/").replace(/(^|\/)index\.html$/u, "$1")}`,
    ...weight,
    total: weight.html + weight.css + weight.js + weight.other,
    map: /\sdata-map-explorer[\s>=]/u.test(html),
    loads: [...new Set([...loads.css, ...loads.js, ...loads.other])],
  };
}

/** "12.3 KB" with KB = 1,024 bytes. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
