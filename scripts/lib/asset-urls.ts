import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

/**
 * assetUrls({ "main.js": file }) → { "main.js": "/assets/main.js?v=3f2a…" }: each asset's address with a
 * digest of its bytes, so a server may cache /assets/ for a year and a new release is still fetched.
 */
export async function assetUrls(files: Record<string, string>): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(files).map(async ([name, file]) => [name, `/assets/${name}?v=${createHash("sha256").update(await readFile(file)).digest("hex").slice(0, 12)}`]),
  );
  return Object.fromEntries(entries);
}
