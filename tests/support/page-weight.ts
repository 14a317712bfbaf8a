/**
 * Sizes as a host sends them. A page's first-visit weight against its text is measured from the
 * built files by tests/support/first-visit-weight.ts.
 */
import { gzipSync } from 'node:zlib';

/** The gzipped size of some text or bytes, at zlib's default level (what servers commonly use). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}
