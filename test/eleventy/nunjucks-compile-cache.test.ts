import nunjucks from "nunjucks";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheNunjucksCompiles } from "../../src/eleventy/nunjucks-compile-cache.ts";

type Lib = Parameters<typeof cacheNunjucksCompiles>[0];
const lib = nunjucks as unknown as Lib & typeof nunjucks;

describe("cacheNunjucksCompiles", () => {
  cacheNunjucksCompiles(lib);
  const compile = vi.spyOn(lib.compiler, "compile");
  afterEach(() => compile.mockClear());

  it("compiles a template once for the pages that share it, each page with its own data", () => {
    const env = new nunjucks.Environment();
    const pages = ["Hà Nội", "Huế", "Cần Thơ"].map((name) => new nunjucks.Template("<h1>{{ name }}</h1>{% block b %}{{ name | upper }}{% endblock %}", env, "province.njk").render({ name }));
    expect(pages).toEqual(["<h1>Hà Nội</h1>HÀ NỘI", "<h1>Huế</h1>HUẾ", "<h1>Cần Thơ</h1>CẦN THƠ"]);
    expect(compile).toHaveBeenCalledTimes(1);
  });

  it("compiles anew when the source changes, as under npm start, or the path or the environment differs", () => {
    const env = new nunjucks.Environment();
    const other = new nunjucks.Environment();
    other.addFilter("shout", (s: string) => `${s}!`);
    expect(new nunjucks.Template("a {{ x }}", env, "p.njk").render({ x: 1 })).toBe("a 1");
    expect(new nunjucks.Template("b {{ x }}", env, "p.njk").render({ x: 1 })).toBe("b 1");
    expect(new nunjucks.Template("a {{ x }}", env, "q.njk").render({ x: 1 })).toBe("a 1");
    expect(new nunjucks.Template("{{ x | shout }}", other, "p.njk").render({ x: 1 })).toBe("1!");
    expect(compile).toHaveBeenCalledTimes(4);
  });
});
