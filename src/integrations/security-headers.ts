import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withTrailingSlash } from '../lib/base-path.ts';

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The hashes of every inline `<script>`, `<style>` and `style=""` of the built pages, which the policy must allow. */
export function inlineHashes(pages: readonly string[]): {
  scripts: string[];
  styles: string[];
  styleAttributes: string[];
} {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const styleAttributes = new Set<string>();
  for (const html of pages) {
    for (const m of html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      if (m[1]!.trim() !== '') scripts.add(sha256(m[1]!));
    }
    for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) styles.add(sha256(m[1]!));
    for (const m of html.matchAll(/\sstyle="([^"]*)"/g))
      styleAttributes.add(sha256(m[1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')));
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort(), styleAttributes: [...styleAttributes].sort() };
}

/**
 * A strict Content-Security-Policy that the built site satisfies: only its own origin, inline
 * code allowed by hash only, WebAssembly for the search engine, no framing, no plugins.
 */
export function contentSecurityPolicy(pages: readonly string[]): string {
  const { scripts, styles, styleAttributes } = inlineHashes(pages);
  const styleSources = [
    "'self'",
    ...styles,
    ...(styleAttributes.length > 0 ? ["'unsafe-hashes'", ...styleAttributes] : []),
  ];
  return [
    "default-src 'self'",
    // Pagefind's search runs as WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
    `style-src ${styleSources.join(' ')}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The `_headers` file (Netlify, Cloudflare Pages) for a site under `base`. */
export function headersFile(base: string, policy: string): string {
  return [
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=()',
    '  Cross-Origin-Opener-Policy: same-origin',
    // Fingerprinted by Astro: the name changes whenever the content does.
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    // Pagefind's index chunks are named by their hash; its entry file is not.
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** Writes `_headers` after the build, with a CSP computed from the pages actually built. */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'paper-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((f) => readFileSync(f, 'utf8'));
        writeFileSync(join(root, '_headers'), headersFile(base, contentSecurityPolicy(pages)));
        logger.info(`_headers: CSP for ${pages.length} pages`);
      },
    },
  };
}
