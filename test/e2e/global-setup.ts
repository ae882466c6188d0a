/**
 * Optional vitest globalSetup for the browser tests: builds the site once for every test file
 * (each file otherwise builds its own copy) and removes it afterwards.
 */
import { rm } from "node:fs/promises";
import type { TestProject } from "vitest/node";
import { hasBrowser } from "./browser.ts";
import { buildSite } from "./build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    moitSiteDir: string;
  }
}

/** Builds the site and hands its folder to the tests as inject("moitSiteDir"). */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!hasBrowser) return async () => {};
  const dir = await buildSite();
  project.provide("moitSiteDir", dir);
  return () => rm(dir, { recursive: true, force: true });
}
