import type { Lang } from "./format.ts";

/** A translation table: nested objects of strings, one file per language (src/i18n/vi.json, en.json). */
export type Messages = { [key: string]: string | Messages };

/** Raised for a key missing in a language; the build fails on it when strict (in CI). */
export class MissingTranslationError extends Error {}

function lookup(messages: Messages, key: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** Fills "{name}" placeholders: fill("{n} tỉnh", { n: "49" }) → "49 tỉnh". */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * A translator over both languages. Strict: a missing key throws. Not strict: it is reported once
 * through `onMissing` and shown as "⟦key⟧" so it is easy to spot on the page.
 */
export function translator(tables: Record<Lang, Messages>, options: { strict: boolean; onMissing?: (key: string, lang: Lang) => void }) {
  const reported = new Set<string>();
  return function t(key: string, lang: Lang, params?: Record<string, string | number>): string {
    const template = lookup(tables[lang], key);
    if (template !== undefined) return fill(template, params);
    if (options.strict) throw new MissingTranslationError(`Missing translation "${key}" for language "${lang}"`);
    if (!reported.has(`${lang}:${key}`)) {
      reported.add(`${lang}:${key}`);
      options.onMissing?.(key, lang);
    }
    return `⟦${key}⟧`;
  };
}

/** Every key path of a table, for checking that both languages have the same keys. */
export function keysOf(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "string" ? [prefix + k] : keysOf(v, `${prefix}${k}.`)));
}
