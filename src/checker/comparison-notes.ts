/** What a change summary compares with, and why there is none: in both languages. */
import { both, type Bilingual } from "./texts.ts";

/** The data a change is compared with: the published site, the last build, or a data folder. */
export type Against = { kind: "published" } | { kind: "build"; path: string } | { kind: "folder"; path: string };

const keys = { published: "againstPublished", build: "againstBuild", folder: "againstFolder" } as const;

/** againstLabel({ kind: "build", path: "_site/files/" }) → ["bản xây dựng gần nhất (_site/files/)", "the last build (_site/files/)"]. */
export function againstLabel(against: Against): Bilingual {
  return both(`checker.changes.${keys[against.kind]}`, () => ({ path: "path" in against ? against.path : "" }));
}

/** Why the earlier data could not be compared: unreadable, or with this many errors under today's rules. */
export function noComparison(against: Against, errors: number | null): Bilingual {
  const label = againstLabel(against);
  const reason = errors === null ? both("checker.changes.reasonUnreadable") : both("checker.changes.reasonInvalid", () => ({ count: errors }));
  return both("checker.changes.unavailable", (lang) => ({ against: label[lang === "vi" ? 0 : 1], reason: reason[lang === "vi" ? 0 : 1] }));
}

/** There is no earlier build at `path` and no folder was named. */
export function noEarlierData(path: string): Bilingual {
  return both("checker.changes.reasonNone", () => ({ path }));
}
