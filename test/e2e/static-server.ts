import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".zip": "application/zip",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
};

/** A running static server: its origin ("http://127.0.0.1:41234") and how to stop it. */
export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

async function fileAt(file: string): Promise<string | null> {
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) return fileAt(path.join(file, "index.html"));
  return null;
}

/** The file a URL path names inside `root`, or null (outside root, missing, or a folder without index.html). */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.join(root, path.normalize(decoded));
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  return fileAt(file);
}

/** Serves `root` on 127.0.0.1 at a free port, as a static host does: folders by index.html, misses by 404.html with status 404. */
export async function staticServer(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const found = await resolveFile(base, url.pathname);
    if (found && !url.pathname.endsWith("/") && found.endsWith(`${path.sep}index.html`) && !url.pathname.endsWith("index.html")) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const file = found ?? (await fileAt(path.join(base, "404.html")));
    const status = found ? 200 : 404;
    if (!file) {
      response.writeHead(404, { "content-type": TYPES[".txt"] }).end("Not found");
      return;
    }
    response.writeHead(status, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "cache-control": "no-store" });
    if (request.method === "HEAD") response.end();
    else createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
