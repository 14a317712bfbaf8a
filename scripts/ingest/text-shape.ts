/** Small predicates on the shape of a line of text, shared by the layout stages. */

/** A line ends a sentence: terminal punctuation, then closing quotes or brackets, then any reference numbers. */
export function endsSentence(text: string): boolean {
  // Read backwards from the end: a regex anchored at `$` rescans the whole paragraph on every line.
  let i = text.length;
  while (i > 0 && /[\s\d]/.test(text[i - 1]!)) i--;
  while (i > 0 && /[”"’'»)\]]/.test(text[i - 1]!)) i--;
  return i > 0 && /[.!?…]/.test(text[i - 1]!);
}

/** The text could begin a sentence: a capital, a digit, or an opening quote or bracket. */
export function startsSentence(text: string): boolean {
  return /^[\p{Lu}\p{N}“"‘'«([]/u.test(text.trim());
}

/** The first word of a line (up to the first space). */
export function firstWord(text: string): string {
  return text.trim().split(/\s+/, 1)[0] ?? '';
}

/** Text compared loosely: case, spacing and punctuation ignored. */
export function looseKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
