import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** One step of a GitHub Actions job, as the workflow file writes it. */
export interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  "continue-on-error"?: boolean;
}

export interface Workflow {
  name: string;
  on: Record<string, { paths?: string[]; branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { "runs-on": string; needs?: string; steps: Step[]; environment?: { name: string; url: string } }>;
}

/** .github/workflows/<name> parsed with the yaml package. */
export function workflow(name: string): Workflow {
  return parse(readFileSync(new URL(`../../.github/workflows/${name}`, import.meta.url), "utf8")) as Workflow;
}
