/** Cell text with invisible characters made visible, for messages: " 01 " → "␣01␣". */

const marks: Record<string, string> = {
  "\u00A0": "[NBSP]",
  "\uFEFF": "[BOM]",
  "\u200B": "[ZWSP]",
  "\t": "→",
  "\r": "↵",
  "\n": "↵",
};

/** Leading and trailing spaces become "␣"; NBSP, BOM, zero-width space, tabs and line breaks are named. */
export function visible(raw: string): string {
  const lead = raw.length - raw.trimStart().length;
  const trail = raw.length - raw.trimEnd().length;
  return raw.split("").map((char, index) => {
    const mark = marks[char];
    if (mark) return mark;
    if (char === " " && (index < lead || index >= raw.length - trail)) return "␣";
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return `[U+${code.toString(16).toUpperCase().padStart(4, "0")}]`;
    return char;
  }).join("");
}
