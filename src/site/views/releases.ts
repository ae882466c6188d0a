import type { Lang } from "../../i18n/format.ts";
import { releasesNewestFirst } from "../../stats/releases.ts";
import type { ViewContext } from "./context.ts";

/** Data releases, newest first, in the page's language. */
export function releases(ctx: ViewContext, lang: Lang) {
  return releasesNewestFirst(ctx.site.dataset.changelog).map((r) => ({ version: r.version, date: r.date, summary: lang === "vi" ? r.summary_vi : r.summary_en }));
}

/** The latest data release, or null when the changelog is empty. */
export function latestRelease(ctx: ViewContext, lang: Lang) {
  return releases(ctx, lang)[0] ?? null;
}
