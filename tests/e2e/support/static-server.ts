import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
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
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.bib': 'text/plain; charset=utf-8',
  '.ris': 'text/plain; charset=utf-8',
};

export interface StaticServerOptions {
  /** Serve the site under this base path (`/papers/x/`), as a host would for a sub-path deployment. */
  readonly base?: string;
  /** Apply the rules of the site's `_headers` file (Netlify / Cloudflare Pages syntax). */
  readonly headers?: boolean;
  /** Gzip text responses for clients that accept it, as any real host does (for measurements). */
  readonly compress?: boolean;
}

/** Serve `root` on 127.0.0.1 at a free port, like a static host: `dir/` → `dir/index.html`, else 404.html. */
export async function startStaticServer(root: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const base = options.base ?? '/';
  const rules = options.headers ? await readHeaderRules(join(root, '_headers')) : [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    for (const rule of rules) {
      if (rule.pattern.test(pathname)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    if (!pathname.startsWith(base)) {
      notFound(root, response).catch(() => response.writeHead(500).end());
      return;
    }
    if (options.compress && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) compressed.add(response);
    serve(root, decodeURIComponent(`/${pathname.slice(base.length)}`), response).catch(() => {
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
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

// Responses to gzip: the client accepts it and the server was asked to.
const compressed = new WeakSet<ServerResponse>();
const TEXT = /^(text\/|application\/(json|javascript|manifest\+json|xml))|image\/svg/;

async function sendFile(path: string, status: number, response: ServerResponse, root: string): Promise<void> {
  const file = await stat(path).catch(() => undefined);
  if (!file?.isFile()) return notFound(root, response);
  const type = contentTypes[extname(path)] ?? 'application/octet-stream';
  if (compressed.has(response) && TEXT.test(type)) {
    const body = gzipSync(await readFile(path), { level: 9 });
    response.writeHead(status, {
      'content-type': type,
      'content-encoding': 'gzip',
      'content-length': body.length,
      vary: 'accept-encoding',
    });
    response.end(body);
    return;
  }
  response.writeHead(status, { 'content-type': type, 'content-length': file.size });
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

interface HeaderRule {
  readonly pattern: RegExp;
  readonly headers: readonly [string, string][];
}

/** Parses `_headers`: a path pattern (`*` wildcard) on its own line, then indented `Name: value` lines. */
async function readHeaderRules(file: string): Promise<HeaderRule[]> {
  const text = await readFile(file, 'utf8');
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}
