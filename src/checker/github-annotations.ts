/** Problems as GitHub Actions workflow commands, so they show on the changed lines of a pull request. */
import type { Problem } from "../data/problem.ts";
import { messageEn, messageVi } from "../data/messages/message.ts";
import type { TextLocation } from "./csv-locations.ts";

/** A message: "%", CR and LF escaped as the runner reads them. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value (file, title): also ":" and ",", which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** Where a problem sits in its file, or null when unknown. */
export type Locate = (problem: Problem) => TextLocation | null;

/**
 * githubAnnotations(problems, locate) → one `::error` or `::warning` line per problem:
 * `::error file=data/participants.csv,line=12,col=10,title=unknown-province::Dòng 12 …%0ARow 12 …`.
 */
export function githubAnnotations(problems: readonly Problem[], locate: Locate = () => null): string {
  return problems
    .map((item) => {
      const at = locate(item);
      const properties = [`file=${escapeProperty(item.file)}`];
      if (at) properties.push(`line=${at.line}`);
      if (at?.col) properties.push(`col=${at.col}`);
      properties.push(`title=${escapeProperty(item.code)}`);
      return `::${item.severity} ${properties.join(",")}::${escapeData(`${messageVi(item)}\n${messageEn(item)}`)}`;
    })
    .map((line) => `${line}\n`)
    .join("");
}
