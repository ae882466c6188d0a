import { fillTemplate } from "../text/fill.ts";
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

const PLURAL_RULES: Record<Lang, Intl.PluralRules> = { vi: new Intl.PluralRules("vi-VN"), en: new Intl.PluralRules("en-GB") };
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/**
 * Fills "{name}" placeholders, and English plurals written "{n, plural, one {# course} other {# courses}}"
 * ("#" is the number): fill("{n} tỉnh", { n: "49" }) → "49 tỉnh".
 */
export function fill(template: string, params: Record<string, string | number> = {}, lang: Lang = "vi"): string {
  if (!template.includes("{")) return template;
  const rules = PLURAL_RULES[lang];
  const plurals = template.replace(PLURAL, (whole, name: string, one: string, other: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    // A number already formatted for display ("1.234") is never "one"; a plain "1" is.
    const count = typeof value === "number" ? value : Number(value);
    const form = Number.isFinite(count) && rules.select(count) === "one" ? one : other;
    return form.replace(/#/g, String(value));
  });
  return fillTemplate(plurals, params);
}

/**
 * A translator over both languages. Strict: a missing key throws. Not strict: it is reported once
 * through `onMissing` and shown as "⟦key⟧" so it is easy to spot on the page.
 */
export function translator(tables: Record<Lang, Messages>, options: { strict: boolean; onMissing?: (key: string, lang: Lang) => void }) {
  const reported = new Set<string>();
  return function t(key: string, lang: Lang, params?: Record<string, string | number>): string {
    const template = lookup(tables[lang], key);
    if (template !== undefined) return fill(template, params, lang);
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
