import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "./cli-run.ts";

/** A free port on this machine. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Polls until `ok()` is true; fails with what the preview printed. */
async function until(ok: () => boolean | Promise<boolean>, log: () => string, seconds = 120): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    if (await Promise.resolve().then(ok).catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Timed out. The preview printed:\n${log()}`);
}

/**
 * npm start in a copy of the project's site/ and data/ (the code linked, not copied): a template edit
 * renders only its pages again, a data edit rebuilds the site, and bad data keeps the last good site.
 */
describe("npm start", () => {
  const project = mkdtempSync(path.join(tmpdir(), "moit-serve-"));
  const site = path.join(project, "_site");
  let child: ChildProcess;
  let output = "";
  let port = 0;
  const page = (p: string) => readFileSync(path.join(site, p), "utf8");

  beforeAll(async () => {
    for (const link of ["node_modules", "src", "scripts", "package.json", "tsconfig.json", ".eleventy.js"]) symlinkSync(path.join(root, link), path.join(project, link));
    for (const copy of ["site", "data"]) cpSync(path.join(root, copy), path.join(project, copy), { recursive: true });
    port = await freePort();
    child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { cwd: project, env: { ...process.env, CI: "", PORT: String(port) } });
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await until(async () => (await fetch(`http://localhost:${port}/`)).ok, () => output);
  }, 240_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    rmSync(project, { recursive: true, force: true });
  });

  it("serves the built site", async () => {
    const home = await (await fetch(`http://localhost:${port}/`)).text();
    expect(home).toContain('<html lang="vi"');
  });

  it("renders again only the pages of a changed template", async () => {
    const other = path.join(site, "tinh", "ha-noi", "index.html");
    const old = new Date("2020-01-01T00:00:00Z");
    utimesSync(other, old, old);
    const template = path.join(project, "site", "pages", "about.njk");
    writeFileSync(template, readFileSync(template, "utf8").replace("</h1>", "</h1><p>Bản sửa mẫu thử</p>"));
    await until(() => page("gioi-thieu/index.html").includes("Bản sửa mẫu thử") && page("en/about/index.html").includes("Bản sửa mẫu thử"), () => output);
    expect(statSync(other).mtime.getTime()).toBe(old.getTime());
  }, 240_000);

  it("rebuilds the site when the data change, and keeps the last good site when they are wrong", async () => {
    const courses = path.join(project, "data", "courses.csv");
    const text = readFileSync(courses, "utf8");
    const title = text.split("\n")[1]!.split(",")[3]!;
    const builds = () => output.split("Site built").length;
    const before = builds();
    writeFileSync(courses, text.replace(title, "Khóa học đã đổi tên"));
    await until(() => builds() > before, () => output);
    expect(page("khoa-hoc/index.html")).toContain("Khóa học đã đổi tên");
    expect(page("files/courses.csv")).toContain("Khóa học đã đổi tên");
    const good = builds();
    writeFileSync(courses, text.replace(title, "Khóa học, có dấu phẩy, không ngoặc kép"));
    await until(() => output.includes("The preview keeps the last good build"), () => output);
    expect(builds()).toBe(good);
    expect(page("khoa-hoc/index.html")).toContain("Khóa học đã đổi tên");
  }, 240_000);
});
