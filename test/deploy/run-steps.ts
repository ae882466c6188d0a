import { spawnSync } from "node:child_process";
import type { Step } from "./workflows.ts";

/** What a step did when the workflow ran locally. */
export interface StepRun {
  name: string;
  outcome: "success" | "failure" | "skipped";
  output: string;
}

/** Values of the GitHub-only expressions a local run stands in for: "steps.pages.outputs.base_url" → "https://…". */
export type Expressions = Record<string, string>;

function substitute(text: string, expressions: Expressions): string {
  return text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, name: string) => {
    if (!(name in expressions)) throw new Error(`no local value for \${{ ${name} }}`);
    return expressions[name]!;
  });
}

/** The conditions a run-step may carry that a local run can decide: a failure of an earlier step. */
function decide(condition: string, runs: Map<string, StepRun>): boolean {
  const m = /^steps\.([\w-]+)\.outcome == '(success|failure)'$/.exec(condition.trim());
  if (!m) throw new Error(`cannot decide "${condition}" locally`);
  return runs.get(m[1]!)?.outcome === m[2];
}

/**
 * Runs the run-steps of a job in order with bash in `cwd` and only the environment `env`, as the runner would; steps that use an
 * action (checkout, setup-node, github-script, Pages) exist only on GitHub and are skipped. A failed
 * step stops the job unless it may continue on error.
 */
export function runSteps(steps: Step[], cwd: string, env: Record<string, string>, expressions: Expressions = {}): StepRun[] {
  const runs = new Map<string, StepRun>();
  const all: StepRun[] = [];
  for (const [i, step] of steps.entries()) {
    const name = step.name ?? step.uses ?? `step ${i + 1}`;
    let run: StepRun;
    if (!step.run || (step.if && !decide(step.if, runs))) {
      run = { name, outcome: "skipped", output: "" };
    } else {
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(String(v), expressions)]));
      const result = spawnSync("bash", ["-e", "-o", "pipefail", "-c", substitute(step.run, expressions)], { cwd, env: { ...env, ...stepEnv }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
      run = { name, outcome: result.status === 0 ? "success" : "failure", output: `${result.stdout}${result.stderr}` };
    }
    all.push(run);
    if (step.id) runs.set(step.id, run);
    if (run.outcome === "failure" && !step["continue-on-error"]) break;
  }
  return all;
}
