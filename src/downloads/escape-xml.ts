/** Escapes text for XML content and attribute values. */

/** escapeXml('a < b & "c"') → "a &lt; b &amp; &quot;c&quot;". */
export function escapeXml(value: string): string {
  return value.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c] ?? c);
}
