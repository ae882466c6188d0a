import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { workflow, type Step } from "./workflows.ts";

const named = (steps: Step[], name: string) => {
  const step = steps.find((s) => s.name === name);
  if (!step) throw new Error(`no step "${name}"`);
  return step;
};

describe(".github/workflows/check-data.yml", () => {
  const flow = workflow("check-data.yml");
  const steps = flow.jobs.check!.steps;

  it("runs on pull requests that change data/, and may comment on them", () => {
    expect(flow.on).toEqual({ pull_request: { paths: ["data/**"] } });
    expect(flow.permissions).toEqual({ contents: "read", "pull-requests": "write" });
  });

  it("installs with npm ci, checks against the base branch's data with annotations, and keeps the summary for the comment", () => {
    expect(steps.map((s) => s.uses?.replace(/@.*/, "") ?? s.run?.split("\n")[0])).toEqual([
      "actions/checkout",
      "actions/setup-node",
      "npm ci --no-audit --no-fund",
      'mkdir -p "$RUNNER_TEMP/base"',
      'npm run check -- --format github --against "$RUNNER_TEMP/base/data" --summary "$RUNNER_TEMP/data-check.md"',
      "actions/github-script",
      "exit 1",
    ]);
    expect(steps[0]?.with).toEqual({ "fetch-depth": 2 });
    const check = named(steps, "Check the data");
    expect(check).toMatchObject({ id: "check", "continue-on-error": true });
    expect(named(steps, "Fail when the check found errors").if).toBe("steps.check.outcome == 'failure'");
  });

  it("updates its own earlier comment, found by the summary's first line, or else comments", () => {
    const script = String(named(steps, "Comment on the pull request").with?.script);
    expect(script).toContain("data-check.md");
    expect(script).toContain('body.split("\\n", 1)[0]');
    expect(script).toMatch(/updateComment[\s\S]*createComment/);
  });
});

describe(".github/workflows/deploy.yml", () => {
  const flow = workflow("deploy.yml");

  it("builds on a push to main and deploys to GitHub Pages with the permissions Pages needs", () => {
    expect(flow.on).toEqual({ push: { branches: ["main"] }, workflow_dispatch: null });
    expect(flow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
    expect(flow.jobs.deploy).toMatchObject({ needs: "build", environment: { name: "github-pages" } });
    expect(flow.jobs.deploy!.steps.map((s) => s.uses?.replace(/@.*/, ""))).toEqual(["actions/deploy-pages"]);
  });

  it("builds with SITE_URL from the Pages configuration and uploads _site/", () => {
    const steps = flow.jobs.build!.steps;
    const pages = steps.find((s) => s.uses?.startsWith("actions/configure-pages@"));
    expect(pages?.id).toBe("pages");
    expect(named(steps, "Build")).toMatchObject({ run: "npm run build", env: { SITE_URL: "${{ steps.pages.outputs.base_url }}" } });
    expect(steps.findIndex((s) => s.name === "Build")).toBeGreaterThan(steps.indexOf(pages!));
    expect(steps.at(-1)).toMatchObject({ uses: expect.stringMatching(/^actions\/upload-pages-artifact@/), with: { path: "_site" } });
  });

  it("refuses an address below a path, where the site's links from the root would break, and accepts a domain", () => {
    const script = named(flow.jobs.build!.steps, "Require the site at the root of its address").run!;
    const run = (url: string) => spawnSync("bash", ["-e", "-c", script], { env: { ...process.env, SITE_URL: url }, encoding: "utf8" });
    expect(run("https://sxsh.moit.gov.vn").status).toBe(0);
    expect(run("https://sxsh.moit.gov.vn/").status).toBe(0);
    const below = run("https://moit.github.io/sxsh");
    expect(below.status).toBe(1);
    expect(below.stdout).toContain("::error::");
  });
});
