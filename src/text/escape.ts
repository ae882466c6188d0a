/** Escaping for XML and HTML: one function for text and attribute values alike. */

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** escapeXml('a < b & "c"') → "a &lt; b &amp; &quot;c&quot;": safe in XML and HTML text and in quoted attributes. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c] ?? c);
}
