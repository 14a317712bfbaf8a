/** Reads generated MDX back as plain data, independently of the ingest code, for tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ParsedSection {
  readonly file: string;
  readonly frontMatter: Record<string, unknown>;
  /** Paragraph lines with escapes removed; references stay as `[^N]`. */
  readonly paragraphs: readonly string[];
  /** Note definitions: number and text with escapes removed. */
  readonly notes: readonly { readonly number: number; readonly text: string }[];
}

/** Undoes the backslash escapes of Markdown/MDX punctuation. */
export function unescape(text: string): string {
  // A URL is written as an explicit link, `[text](<address>)`: its text is what was printed.
  // One left-to-right pass, so an escaped `\[` is never taken for the start of a link.
  const escaped = /\\([!-/:-@[-`{-~])/g;
  return text.replace(
    /\\([!-/:-@[-`{-~])|\[((?:\\.|[^\]\\])*)\]\(<(?:\\.|[^>\\])*>\)/g,
    (_, char: string | undefined, link: string | undefined) => char ?? link!.replace(escaped, '$1'),
  );
}

/** Parses one generated section file. */
export function parseSection(file: string, content: string): ParsedSection {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(content);
  if (!match) throw new Error(`${file}: no front matter`);
  const blocks = match[2]!
    .split(/\n{2,}/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const paragraphs: string[] = [];
  const notes: { number: number; text: string }[] = [];
  for (const block of blocks) {
    const def = /^\[\^(\d+)\]: ([\s\S]*)$/.exec(block);
    if (def) notes.push({ number: Number(def[1]), text: unescape(def[2]!) });
    else paragraphs.push(unescape(block));
  }
  return { file, frontMatter: parse(match[1]!) as Record<string, unknown>, paragraphs, notes };
}

/** Every section file of an output folder, in file-name order. */
export function readSections(dir: string): ParsedSection[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => parseSection(f, readFileSync(join(dir, f), 'utf8')));
}
