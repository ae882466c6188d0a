/** The downloads' own texts (src/i18n/downloads.*.json), for the files built outside the page templates. */
import type { Lang } from "../i18n/format.ts";
import { translator, type Messages } from "../i18n/translate.ts";
import en from "../i18n/downloads.en.json" with { type: "json" };
import vi from "../i18n/downloads.vi.json" with { type: "json" };

/** The translation tables, for merging into the site's. */
export const downloadMessages: Record<Lang, Messages> = { vi: vi as Messages, en: en as Messages };

/** text("downloads.release", "en", { version: "1.0.0" }) → "Version 1.0.0"; a missing key throws. */
export const text = translator(downloadMessages, { strict: true });
