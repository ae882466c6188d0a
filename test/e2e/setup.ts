import { rm } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launchBrowser } from "./browser.ts";
import { buildSite } from "./build-site.ts";
import { staticServer, type StaticServer } from "./static-server.ts";

/** What every browser test reads: the served site and one Chromium. */
export interface Site {
  origin: string;
  browser: Browser;
  url: (path: string) => string;
}

/**
 * Registers hooks that build (or take from the global setup) the site, serve it and start Chromium
 * for the enclosing describe block; the returned object is filled in before its tests run.
 */
export function useSite(): Site {
  const site = { url: (p: string) => `${site.origin}${p}` } as Site;
  let server: StaticServer | undefined;
  let ownDir: string | undefined;
  beforeAll(async () => {
    const shared = inject("moitSiteDir") as string | undefined;
    const dir = shared ?? (ownDir = await buildSite());
    server = await staticServer(dir);
    site.origin = server.origin;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
    if (ownDir) await rm(ownDir, { recursive: true, force: true });
  });
  return site;
}

/** What a page did while loading that a reader should never meet: console errors, uncaught errors, requests leaving the site. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  externalRequests: string[];
}

/** Starts recording a page's problems; the returned lists grow as the page runs. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], externalRequests: [] };
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.pageErrors.push(error.stack ?? error.message));
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith("data:")) problems.externalRequests.push(url);
  });
  return problems;
}
