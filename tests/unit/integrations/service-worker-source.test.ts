/** The generated service worker: valid JavaScript, and caches that belong to its edition only. */
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource } from '../../../src/integrations/service-worker-source.ts';

const source = serviceWorkerSource({
  version: 'v1',
  base: '/papers/a/',
  files: ['/papers/a/', '/papers/a/_astro/x.css'],
});

describe('serviceWorkerSource', () => {
  it('is valid JavaScript', () => {
    expect(() => new Function(source)).not.toThrow();
  });

  it('names its caches after the edition’s base path and deletes only those', () => {
    expect(source).toContain("const PREFIX = 'paper-' + BASE + '-';");
    expect(source).toContain('const BASE = "/papers/a/"');
    expect(source).toMatch(/key\.startsWith\(PREFIX\) && key !== CACHE/);
    expect(source).not.toMatch(/startsWith\('paper-'\)/);
  });
});
