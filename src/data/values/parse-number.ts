/** Reads integers and decimals as typed in a Vietnamese or English spreadsheet. */

export type ParsedInteger = { ok: true; value: number } | { ok: false; withoutSeparators: string | null };

/** "12" → 12; "12,5" fails; "1.234" fails and suggests "1234" (a thousands separator). */
export function parseInteger(text: string): ParsedInteger {
  if (/^[+-]?\d+$/.test(text)) return { ok: true, value: Number(text) };
  const grouped = /^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(text);
  return { ok: false, withoutSeparators: grouped ? text.replace(/[.,]/g, "") : null };
}

/** "70" → 70, "12.5" and "12,5" → 12.5 (a decimal comma, as Vietnamese Excel writes it); otherwise null. */
export function parseNumber(text: string): number | null {
  if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

/** True when the text is a plain number, so a leading "-" or "+" is a sign, not a formula. */
export function isPlainNumber(text: string): boolean {
  return parseNumber(text) !== null;
}
