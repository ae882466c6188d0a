import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (apt-get install -y chromium): the only browser the tests use; none is downloaded. */
export const CHROMIUM = "/usr/bin/chromium";

/** False when Chromium is missing: the browser suites are skipped, loudly, unless MOIT_REQUIRE_BROWSER=1 makes that a failure. */
export const hasBrowser = existsSync(CHROMIUM);

if (!hasBrowser) {
  if (process.env.MOIT_REQUIRE_BROWSER === "1") {
    throw new Error(`Chromium not found at ${CHROMIUM} and MOIT_REQUIRE_BROWSER=1: install it with apt-get install -y chromium`);
  }
  console.warn(`\n!!! Chromium not found: browser tests NOT run; install with apt-get install -y chromium !!!\n`);
}

/** Starts headless Chromium with everything that would reach the network switched off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}
