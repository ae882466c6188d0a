/** The one licence of every download: Creative Commons Attribution 4.0. */
import type { License } from "./types.ts";

export const licence = {
  name: "CC-BY-4.0",
  title: "Creative Commons Attribution 4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
} as const satisfies License;
