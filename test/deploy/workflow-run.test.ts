import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/checker/index.ts";
import { newCourseRows } from "../checker/support.ts";
import { runSteps, type StepRun } from "./run-steps.ts";
import { workflow, type Step } from "./workflows.ts";

const root = path.resolve(import.meta.dirname, "../..");
const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "Cán bộ", GIT_AUTHOR_EMAIL: "canbo@example.vn", GIT_COMMITTER_NAME: "Cán bộ", GIT_COMMITTER_EMAIL: "canbo@example.vn" } });
const outcomes = (runs: StepRun[]) => runs.map((r) => [r.name, r.outcome]);
/** A job's steps without its "Install" step, which the copy's linked node_modules stands for. */
const installed = (steps: Step[]) => steps.filter((s) => s.name !== "Install");

/**
 * The workflows' run-steps, in order, on a fresh copy of the project: a repository whose last commit adds
 * a course to data/, as a pull request would. The copy uses the project's installed node_modules in place
 * of the "Install" step (npm ci of the same lock file, which .ci/run proves on a clean clone), so the run
 * costs a check and a build, not two installs.
 */
describe("the workflows run locally on a fresh copy of the project", { timeout: 600_000 }, () => {
  const work = mkdtempSync(path.join(tmpdir(), "moit-workflow-"));
  const repo = path.join(work, "repo");
  const runner = path.join(work, "runner");
  // The runner's environment: none of the project's own variables (MOIT_DATA, MOIT_OUTPUT…) that a test run may carry.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k, v]) => !k.startsWith("MOIT_") && v !== undefined)) as Record<string, string>;
  const env = { ...inherited, RUNNER_TEMP: runner, CI: "true", npm_config_prefer_offline: "true" };

  beforeAll(() => {
    mkdirSync(runner);
    const files = git(root, "ls-files", "--cached", "--others", "--exclude-standard", "-z").split("\0").filter((f) => f && existsSync(path.join(root, f)));
    for (const file of files) cpSync(path.join(root, file), path.join(repo, file));
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-qm", "Base");
    for (const [file, rows] of Object.entries(newCourseRows)) writeFileSync(path.join(repo, "data", file), readFileSync(path.join(repo, "data", file), "utf8") + rows);
    git(repo, "commit", "-qam", "Add the 2019 course");
    // Linked after the commits: .gitignore's "node_modules/" matches a folder, not a link.
    symlinkSync(path.join(root, "node_modules"), path.join(repo, "node_modules"), "dir");
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("check-data.yml checks the change against the base branch and writes the comment with what it does", () => {
    const runs = runSteps(installed(workflow("check-data.yml").jobs.check!.steps), repo, env);
    expect(outcomes(runs), runs.map((r) => r.output).join("\n")).toEqual([
      ["Check out the pull request with its base", "skipped"],
      ["Set up Node.js", "skipped"],
      ["Take the data of the base branch", "success"],
      ["Check the data", "success"],
      ["Comment on the pull request", "skipped"],
      ["Fail when the check found errors", "skipped"],
    ]);
    const comment = readFileSync(path.join(runner, "data-check.md"), "utf8");
    expect(comment.startsWith(`${COMMENT_MARKER}\n\n### ✅`)).toBe(true);
    expect(comment).toContain(`Changes against the data folder ${runner}/base/data/`.replace(/_/g, "\\_"));
    expect(comment).toContain("participants.csv: 2 added, 0 changed, 0 removed");
    expect(runs[3]?.output).not.toContain("::error");
  });

  it("check-data.yml annotates an error, still writes the comment, and fails the job", () => {
    const participants = path.join(repo, "data", "participants.csv");
    writeFileSync(participants, readFileSync(participants, "utf8").replace(/\n2019-ADV,02,/, "\n2019-ADV,2,"));
    git(repo, "commit", "-qam", "A code without its leading zero");
    const steps = installed(workflow("check-data.yml").jobs.check!.steps);
    const runs = runSteps(steps, repo, env);
    expect(outcomes(runs).slice(3)).toEqual([
      ["Check the data", "failure"],
      ["Comment on the pull request", "skipped"],
      ["Fail when the check found errors", "failure"],
    ]);
    expect(runs[3]?.output).toMatch(/^::error file=data\/participants\.csv,line=\d+,col=10,title=unknown-province::/m);
    expect(readFileSync(path.join(runner, "data-check.md"), "utf8")).toContain("### ❌ Kiểm tra dữ liệu: 1 lỗi · Data check: 1 problem");
    git(repo, "revert", "--no-edit", "HEAD");
  });

  it("deploy.yml builds the site for the Pages address into _site/, ready to upload", () => {
    const runs = runSteps(installed(workflow("deploy.yml").jobs.build!.steps), repo, env, { "steps.pages.outputs.base_url": "https://sxsh.example.vn" });
    expect(outcomes(runs), runs.map((r) => r.output).join("\n")).toEqual([
      ["Check out", "skipped"],
      ["Set up Node.js", "skipped"],
      ["Read the address of the Pages site", "skipped"],
      ["Require the site at the root of its address", "success"],
      ["Build", "success"],
      ["Upload the site", "skipped"],
    ]);
    expect(readFileSync(path.join(repo, "_site", "index.html"), "utf8")).toContain('<link rel="canonical" href="https://sxsh.example.vn/">');
    expect(existsSync(path.join(repo, "_site", "khoa-hoc", "2019-adv", "index.html"))).toBe(true);
  });
});
