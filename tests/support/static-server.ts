import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { lookup } from 'mrmime';

/** A running static host serving one built site under its base path. */
export interface StaticServer {
  /** Origin plus base path, ending in '/', e.g. http://127.0.0.1:41234/archive/. */
  url: string;
  /** Every request path served, in order (tests measure what a page fetched). */
  requests: Array<{ path: string; bytes: number }>;
  close(): Promise<void>;
}

/**
 * Serves `dir` the way a plain static host does (GitHub Pages, Netlify):
 * directory → index.html, unknown path → 404.html with status 404, and
 * nothing outside `base`. Bound to 127.0.0.1 only.
 */
export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const requests: StaticServer['requests'] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(url.pathname);
    const send = (status: number, file: string) => {
      const body = fs.readFileSync(file);
      requests.push({ path: pathname, bytes: body.length });
      res.writeHead(status, { 'content-type': lookup(file) ?? 'application/octet-stream' });
      res.end(body);
    };
    const notFound = () => {
      const page = path.join(dir, '404.html');
      if (fs.existsSync(page)) send(404, page);
      else {
        res.writeHead(404).end('not found');
      }
    };
    if (!pathname.startsWith(base)) return notFound();
    let file = path.join(dir, pathname.slice(base.length));
    if (!file.startsWith(dir)) return notFound();
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/${url.search}` }).end();
        return;
      }
      file = path.join(file, 'index.html');
    }
    if (fs.existsSync(file) && fs.statSync(file).isFile()) send(200, file);
    else notFound();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
