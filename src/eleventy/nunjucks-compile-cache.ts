/**
 * Compiles each Nunjucks template once per build. Eleventy 3 marks Nunjucks as not cacheable and makes a
 * new `Template` for every page it writes, so a paginated template (one per province, one per course) and
 * its layout were parsed and compiled again for each page: on the shipped data that was two thirds of
 * Eleventy's rendering time. A Template built from precompiled properties (`tmplProps`) skips the
 * compiler, so the first compile of a (path, source) pair is kept and handed to the next Template.
 * The key holds the source itself: a template edited under `npm start` compiles anew.
 */

interface NunjucksTemplate {
  env: object & { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
  path: string | null;
  tmplStr: string;
  tmplProps?: Record<string, unknown>;
  _compile(): void;
}

interface NunjucksLib {
  Template: { prototype: NunjucksTemplate };
  compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, name: string | null, opts: unknown): string };
}

const compiled = new WeakMap<object, Map<string, Record<string, unknown>>>();
const patched = new WeakSet<object>();

/** Makes `nunjucks.Template` reuse the compiled code of an identical template of the same environment. */
export function cacheNunjucksCompiles(nunjucks: NunjucksLib): void {
  const prototype = nunjucks.Template.prototype;
  if (patched.has(prototype)) return;
  patched.add(prototype);
  const compile = prototype._compile;
  prototype._compile = function (this: NunjucksTemplate) {
    if (!this.tmplProps) {
      let byKey = compiled.get(this.env);
      if (!byKey) compiled.set(this.env, (byKey = new Map()));
      const key = `${this.path ?? ""}\0${this.tmplStr}`;
      let props = byKey.get(key);
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts);
        props = new Function(source)() as Record<string, unknown>;
        byKey.set(key, props);
      }
      this.tmplProps = props;
    }
    compile.call(this);
  };
}
