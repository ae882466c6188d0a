/** Decodes UTF-8 bytes strictly, as Excel's "CSV UTF-8" saves them (with or without BOM). */

export type Decoded = { ok: true; text: string } | { ok: false; line: number };

/** The text without its BOM, or the 1-based line of the first byte that is not UTF-8. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const before = lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")));
    return { ok: false, line: before.split("\n").length };
  }
}
