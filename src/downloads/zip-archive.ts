/** ZIP archives with deterministic bytes: fixed entry order, compression level and modification time. */
import { unzipSync, zipSync, type Zippable } from "fflate";

/**
 * The modification time stamped on every entry: noon of the data date in local time. ZIP stores local
 * date and time, and fflate reads them with local getters, so a local-time Date gives the same bytes in
 * every time zone.
 */
export function zipTime(isoDate: string): Date {
  const [y = 1980, m = 1, d = 1] = isoDate.split("-").map(Number);
  return new Date(Math.max(y, 1980), m - 1, d, 12, 0, 0);
}

/** zipArchive({ "a.csv": bytes }, "2018-05-10") → ZIP bytes, entries in the given order. */
export function zipArchive(entries: Record<string, Uint8Array>, isoDate: string): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, bytes] of Object.entries(entries)) zippable[name] = bytes;
  return zipSync(zippable, { level: 6, mtime: zipTime(isoDate) });
}

/** Re-packs a ZIP-based file (such as XLSX) with fixed times, so its bytes no longer depend on the clock. */
export function rezip(bytes: Uint8Array, isoDate: string): Uint8Array {
  return zipArchive(unzipSync(bytes), isoDate);
}
