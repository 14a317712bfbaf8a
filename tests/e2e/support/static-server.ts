import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** A running static server; `url` ends with a slash. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** Serve `root` on 127.0.0.1 at a free port, like a static host: `dir/` → `dir/index.html`, else 404.html. */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    serve(root, decodeURIComponent(pathname), response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

async function serve(root: string, pathname: string, response: ServerResponse): Promise<void> {
  const path = normalize(join(root, pathname));
  // Never serve outside root, whatever `..` the request carries.
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return notFound(root, response);

  const file = await stat(path).catch(() => undefined);
  if (file?.isDirectory()) {
    // Static hosts redirect `/slug` to `/slug/` so relative URLs resolve the same way.
    if (!pathname.endsWith('/')) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    return sendFile(join(path, 'index.html'), 200, response, root);
  }
  if (file?.isFile()) return sendFile(path, 200, response, root);
  return notFound(root, response);
}

async function sendFile(path: string, status: number, response: ServerResponse, root: string): Promise<void> {
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) return notFound(root, response);
  response.writeHead(status, {
    'content-type': contentTypes[extname(path)] ?? 'application/octet-stream',
    'content-length': file.size,
  });
  createReadStream(path).pipe(response);
}

async function notFound(root: string, response: ServerResponse): Promise<void> {
  const page = join(root, '404.html');
  const file = await stat(page).catch(() => undefined);
  if (!file?.isFile()) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(404, { 'content-type': contentTypes['.html'] ?? '', 'content-length': file.size });
  createReadStream(page).pipe(response);
}
