import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const SRC = path.resolve(import.meta.dirname, "../src");

/**
 * The direction of the code: data → stats → site (the site's data and its pages) → downloads → checker →
 * eleventy, with text, i18n, geo and charts as leaves beneath them all. A folder imports only from itself
 * and from folders of a lower rank; the browser code (client) imports only the leaves, except the checker
 * page's script and worker (client/checker), which run the validator of src/ in the browser.
 */
const RANK: Record<string, number> = { text: 0, i18n: 1, geo: 1, charts: 2, data: 2, stats: 3, pipeline: 4, site: 5, downloads: 6, checker: 6.5, eleventy: 7, types: 0 };
const LEAVES = new Set(["text", "i18n", "geo", "charts"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Every relative import of every module of src/, as absolute paths. */
const graph = new Map(
  files(SRC).map((file) => {
    const text = readFileSync(file, "utf8");
    const specs = [...text.matchAll(/^(?:import|export)\b[^;]*?from\s+"(\.[^"]+)"/gmsu)].map((m) => path.resolve(path.dirname(file), m[1]!));
    return [file, specs] as const;
  }),
);
const folder = (file: string) => path.relative(SRC, file).split(path.sep)[0]!;

describe("the import graph of src/", () => {
  it("knows the rank of every folder", () => {
    const unknown = [...new Set([...graph.keys()].map(folder))].filter((f) => !(f in RANK) && f !== "client");
    expect(unknown).toEqual([]);
  });

  it("goes one way: no folder imports one above it, and the browser code imports only the leaves", () => {
    const wrong: string[] = [];
    for (const [file, imports] of graph) {
      const from = folder(file);
      for (const target of imports) {
        const to = folder(target);
        if (to === from) continue;
        const inChecker = path.relative(SRC, file).startsWith(`client${path.sep}checker${path.sep}`);
        const allowed =
          from === "client"
            ? LEAVES.has(to) || (inChecker && (RANK[to] ?? Infinity) <= RANK.checker!)
            : (RANK[to] ?? Infinity) < (RANK[from] ?? -Infinity);
        if (!allowed) wrong.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("has no circle of modules", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(SRC, f)).join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) if (graph.has(next)) visit(next, [...trail, file]);
      state.set(file, "done");
    };
    for (const file of graph.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });
});
