/**
 * Stage 1: decode and normalise the raw text (BOM, line ends, tabs, form feeds, vertical tabs),
 * refusing what is not text.
 */
import type { Diagnostic } from './diagnostics.ts';
import { fatal } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the source file. */
  readonly line: number;
  readonly text: string;
  /** A form feed (pdftotext's page break) comes just before this line's text. */
  readonly pageBreak?: boolean;
}

export interface PreprocessResult {
  readonly lines: SourceLine[];
  readonly diagnostics: Diagnostic[];
}

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return; U+FFFD from bad UTF-8.
const BINARY = /[\u0000-\u0008\u000E-\u001F\uFFFD]/;
// C1 controls: never text; usually a Windows-1252 file decoded as Latin-1 somewhere upstream.
const C1 = /[\u0080-\u009F]/;

/** Splits a UTF-8 buffer into lines; throws EMPTY_INPUT, BINARY_INPUT or CONTROL_CHARACTER with the offending line. */
export function preprocess(input: Uint8Array | string): PreprocessResult {
  const text = typeof input === 'string' ? input : decode(input);
  const normalised = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ');
  const diagnostics: Diagnostic[] = [];
  const lines: SourceLine[] = [];
  let pageBreak = false;
  normalised.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const bad = raw.search(BINARY);
    if (bad >= 0) throw fatal('BINARY_INPUT', line, 'the file holds binary data or text that is not UTF-8', bad + 1);
    const control = raw.search(C1);
    if (control >= 0) {
      const code = raw.charCodeAt(control).toString(16).toUpperCase().padStart(4, '0');
      throw fatal(
        'CONTROL_CHARACTER',
        line,
        `U+${code} is a control character, not text (a Windows-1252 file decoded as Latin-1?): convert the file to UTF-8`,
        control + 1,
      );
    }
    const vt = raw.indexOf('\v');
    if (vt >= 0)
      diagnostics.push({
        code: 'VERTICAL_TAB',
        severity: 'warning',
        line,
        column: vt + 1,
        message: 'a vertical tab (a manual line break) is read as a space',
      });
    // A form feed starts a page: one space in its place keeps the columns, the flag keeps the break.
    if (/^\s*\f/.test(raw)) pageBreak = true;
    const clean = raw.replace(/[\v\f]/g, ' ').trimEnd();
    if (pageBreak && clean.trim() !== '') {
      lines.push({ line, text: clean.replace(/^ +/, ' '), pageBreak: true });
      pageBreak = false;
    } else lines.push({ line, text: clean });
  });
  if (lines.every((l) => l.text.trim() === '')) throw fatal('EMPTY_INPUT', 1, 'the file holds no text');
  return { lines, diagnostics };
}

function decode(bytes: Uint8Array): string {
  // Non-fatal decoding turns invalid bytes into U+FFFD, which the check above reports with its line.
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
