import { readFileSync } from "node:fs";

const read = (name: string) => readFileSync(new URL(`../../deploy/${name}`, import.meta.url), "utf8");

export const nginx = read("nginx.conf");
export const apache = read("apache.htaccess");

/** The entries of `map $uri $name { … }` in nginx.conf: "default" or the regex, and the value, quotes removed. */
export function nginxMap(name: string): Record<string, string> {
  const body = new RegExp(`map \\$uri \\$${name} \\{([^}]*)\\}`).exec(nginx)?.[1];
  if (!body) throw new Error(`nginx.conf has no map $${name}`);
  return Object.fromEntries([...body.matchAll(/^\s*(\S+)\s+"((?:[^"\\]|\\.)*)";/gm)].map((m) => [m[1]!, m[2]!]));
}

/** `add_header Name "value" always;` lines of nginx.conf, by name. */
export function nginxHeaders(): Record<string, { value: string; always: boolean }> {
  return Object.fromEntries([...nginx.matchAll(/^\s*add_header ([\w-]+) ("[^"]*"|\S+)( always)?;/gm)].map((m) => [m[1]!, { value: m[2]!.replace(/^"|"$/g, ""), always: Boolean(m[3]) }]));
}

/** The media types of the `types { … }` block of nginx's /files/ location, by extension. */
export function nginxFileTypes(): Record<string, string> {
  const block = /location \/files\/ \{[\s\S]*?types \{([^}]*)\}/.exec(nginx)?.[1] ?? "";
  return Object.fromEntries([...block.matchAll(/^\s*(\S+)\s+(\S+);/gm)].flatMap((m) => [[m[2]!, m[1]!]]));
}

/** `AddType type .ext` lines of the Apache file, by extension. */
export function apacheTypes(): Record<string, string> {
  return Object.fromEntries([...apache.matchAll(/^\s*AddType (\S+) \.(\w+)$/gm)].map((m) => [m[2]!, m[1]!]));
}

/** `Header always set Name "value"` lines of the Apache file, in order (a later one in an <If> overrides). */
export function apacheHeaders(): { name: string; value: string; always: boolean }[] {
  return [...apache.matchAll(/^\s*Header (always )?set ([\w-]+) "([^"]*)"$/gm)].map((m) => ({ name: m[2]!, value: m[3]!, always: Boolean(m[1]) }));
}

/** A Content-Security-Policy as directives: { "script-src": ["'self'"], … }. */
export function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

/** The policy nginx sends for a path, with its frame-ancestors resolved the way the map resolves them. */
export function nginxPolicy(path: string): string {
  const map = nginxMap("moit_frame_ancestors");
  const match = Object.entries(map).find(([pattern]) => pattern.startsWith("~") && new RegExp(pattern.slice(1)).test(path));
  return nginxHeaders()["Content-Security-Policy"]!.value.replace("$moit_frame_ancestors", match?.[1] ?? map.default!);
}
