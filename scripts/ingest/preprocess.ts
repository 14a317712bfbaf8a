/** Stage 1: decode and normalise the raw text (BOM, line ends, tabs), refusing what is not text. */
import { fatal } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly line: number;
  readonly text: string;
}

/** Splits a UTF-8 buffer into lines; throws EMPTY_INPUT or BINARY_INPUT with the offending line. */
export function preprocess(input: Uint8Array | string): SourceLine[] {
  const text = typeof input === 'string' ? input : decode(input);
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ');
  const raw = normalised.split('\n');
  const lines = raw.map((t, i) => ({ line: i + 1, text: t.trimEnd() }));
  const bad = lines.find((l) => /[\u0000-\u0008\u000E-\u001F\uFFFD]/.test(l.text));
  if (bad) {
    const column = bad.text.search(/[\u0000-\u0008\u000E-\u001F\uFFFD]/) + 1;
    throw fatal('BINARY_INPUT', bad.line, 'the file holds binary data or text that is not UTF-8', column);
  }
  if (lines.every((l) => l.text.trim() === '')) {
    throw fatal('EMPTY_INPUT', 1, 'the file holds no text');
  }
  return lines;
}

function decode(bytes: Uint8Array): string {
  // Non-fatal decoding turns invalid bytes into U+FFFD, which the check above reports with its line.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
