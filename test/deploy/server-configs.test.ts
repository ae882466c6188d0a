import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mediaTypes } from "../../src/downloads/paths.ts";
import { apache, apacheHeaders, apacheTypes, directives, nginx, nginxFileTypes, nginxHeaders, nginxMap, nginxPolicy } from "./server-configs.ts";

const YEAR = 31_536_000;

describe("deploy/nginx.conf", () => {
  it("serves the built _site/ folder, answers a missing address with the site's 404 page", () => {
    expect(nginx).toContain("_site/");
    expect(nginx).toMatch(/^\s*root \/\S+;$/m);
    expect(nginx).toMatch(/^\s*error_page 404 \/404\.html;$/m);
    expect(nginx).toMatch(/location \/ \{\s*try_files \$uri \$uri\/ =404;\s*\}/);
  });

  it("caches /assets/ for a year and has every other answer checked again", () => {
    const cache = nginxMap("moit_cache_control");
    expect(cache).toEqual({ default: "no-cache", "~^/assets/": "public, max-age=31536000, immutable" });
    expect(nginxHeaders()["Cache-Control"]).toEqual({ value: "$moit_cache_control", always: true });
  });

  it("gives every file under /files/ the media type the build declares for it", () => {
    const types = nginxFileTypes();
    for (const [extension, type] of Object.entries(mediaTypes)) expect(types[extension], extension).toBe(type);
    expect(types.svg).toBe("image/svg+xml");
  });

  it("sends the security headers with every answer, error pages included", () => {
    const headers = nginxHeaders();
    expect(headers["X-Content-Type-Options"]).toEqual({ value: "nosniff", always: true });
    expect(headers["Referrer-Policy"]).toEqual({ value: "strict-origin-when-cross-origin", always: true });
    expect(headers["Content-Security-Policy"]?.always).toBe(true);
    expect(headers["X-Frame-Options"]).toEqual({ value: "$moit_frame_options", always: true });
  });

  it("lets any site frame the embeds only", () => {
    expect(nginxMap("moit_frame_ancestors")).toEqual({ default: "'none'", "~^/nhung/": "*", "~^/en/embed/": "*" });
    expect(nginxMap("moit_frame_options")).toEqual({ default: "DENY", "~^/nhung/": "", "~^/en/embed/": "" });
    expect(directives(nginxPolicy("/nhung/coverage/"))["frame-ancestors"]).toEqual(["*"]);
    expect(directives(nginxPolicy("/en/embed/map-units/"))["frame-ancestors"]).toEqual(["*"]);
    expect(directives(nginxPolicy("/kiem-tra-du-lieu/"))["frame-ancestors"]).toEqual(["'none'"]);
  });
});

describe("deploy/apache.htaccess", () => {
  it("answers a missing address with the site's 404 page", () => {
    expect(apache).toContain("_site/");
    expect(apache).toMatch(/^ErrorDocument 404 \/404\.html$/m);
    expect(apache).toMatch(/^DirectoryIndex index\.html$/m);
  });

  it("gives every file under /files/ the media type the build declares for it", () => {
    const types = apacheTypes();
    for (const [extension, type] of Object.entries(mediaTypes)) expect(types[extension], extension).toBe(type);
  });

  it("caches /assets/ for a year and has every other answer checked again", () => {
    expect(apache).toMatch(/<If "%\{REQUEST_URI\} =~ m#\^\/assets\/#">\s*Header set Cache-Control "public, max-age=31536000, immutable"\s*<\/If>\s*<Else>\s*Header set Cache-Control "no-cache"\s*<\/Else>/);
  });

  it("sends the same security headers as nginx, and lets any site frame the embeds only", () => {
    const headers = apacheHeaders();
    const first = (name: string) => headers.find((h) => h.name === name);
    expect(first("X-Content-Type-Options")).toMatchObject({ value: "nosniff", always: true });
    expect(first("Referrer-Policy")).toMatchObject({ value: "strict-origin-when-cross-origin", always: true });
    const policies = headers.filter((h) => h.name === "Content-Security-Policy");
    expect(policies.map((p) => p.value)).toEqual([nginxPolicy("/"), nginxPolicy("/nhung/coverage/")]);
    expect(apache).toMatch(/<If "%\{REQUEST_URI\} =~ m#\^\/\(nhung\|en\/embed\)\/#">\s*Header always set Content-Security-Policy "[^"]*frame-ancestors \*"\s*Header always unset X-Frame-Options\s*<\/If>/);
  });
});

describe("the Content-Security-Policy of both servers", () => {
  const policy = directives(nginxPolicy("/"));

  it("allows only the site's own scripts, workers, requests, styles and images, and nothing inline but the charts' one style", () => {
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["script-src"]).toEqual(["'self'"]);
    expect(policy["worker-src"]).toEqual(["'self'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["style-src"]?.filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'", "'unsafe-hashes'"]);
    expect(Object.values(policy).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(policy).flat()).not.toContain("'unsafe-eval'");
  });

  it("is only safe to cache /assets/ for a year because every page links its assets by a digest of their bytes", () => {
    const layout = readFileSync(new URL("../../site/_includes/layouts/base.njk", import.meta.url), "utf8");
    expect(layout.match(/(?:href|src)="\/assets\/[^"]*"/g)).toBeNull();
    expect(layout).toContain("assets['main.js']");
  });
});
