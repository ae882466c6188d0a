import { readFileSync } from "node:fs";

/** The published address of the site (package.json "homepage"), which canonical and hreflang links use. */
export const HOMEPAGE = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { homepage: string }).homepage;

/** Maps an address on the published site or the test server to the test server; null for any other site. */
export function localUrl(href: string, origin: string): URL | null {
  const url = new URL(href, `${origin}/`);
  const published = new URL(HOMEPAGE);
  if (url.origin === origin) return url;
  if (url.origin === published.origin) return new URL(`${url.pathname}${url.search}${url.hash}`, origin);
  return null;
}

/**
 * Checks internal links by fetching each page once: a link is broken when its page does not answer
 * 200 or its #fragment names no id on that page. Results are cached across calls.
 */
export function linkChecker(): (url: URL) => Promise<string | null> {
  const pages = new Map<string, Promise<{ status: number; body: string }>>();
  return async (url) => {
    const page = `${url.origin}${url.pathname}${url.search}`;
    if (!pages.has(page)) pages.set(page, fetch(page).then(async (r) => ({ status: r.status, body: await r.text() })));
    const { status, body } = await pages.get(page)!;
    if (status !== 200) return `status ${status}`;
    const id = decodeURIComponent(url.hash.slice(1));
    if (id && !body.includes(`id="${id}"`)) return `no element with id="${id}"`;
    return null;
  };
}
