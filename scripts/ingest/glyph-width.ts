/** Approximate printed width of text, from a serif face's glyph widths (Times-Roman AFM, 1/1000 em). */

const WIDTHS: Record<string, number> = {
  ' ': 250,
  a: 444,
  b: 500,
  c: 444,
  d: 500,
  e: 444,
  f: 333,
  g: 500,
  h: 500,
  i: 278,
  j: 278,
  k: 500,
  l: 278,
  m: 778,
  n: 500,
  o: 500,
  p: 500,
  q: 500,
  r: 333,
  s: 389,
  t: 278,
  u: 500,
  v: 500,
  w: 722,
  x: 500,
  y: 500,
  z: 444,
  A: 722,
  B: 667,
  C: 667,
  D: 722,
  E: 611,
  F: 556,
  G: 722,
  H: 722,
  I: 333,
  J: 389,
  K: 722,
  L: 611,
  M: 889,
  N: 722,
  O: 722,
  P: 556,
  Q: 722,
  R: 667,
  S: 556,
  T: 611,
  U: 722,
  V: 722,
  W: 944,
  X: 722,
  Y: 722,
  Z: 611,
  '.': 250,
  ',': 250,
  ':': 278,
  ';': 278,
  '!': 333,
  '?': 444,
  "'": 180,
  '"': 408,
  '(': 333,
  ')': 333,
  '[': 333,
  ']': 333,
  '-': 333,
  '–': 500,
  '—': 1000,
  '’': 333,
  '‘': 333,
  '“': 444,
  '”': 444,
  '/': 278,
  '%': 833,
  $: 500,
  '&': 778,
  '«': 500,
  '»': 500,
  '…': 1000,
  '€': 500,
};

/** Width of `text` in thousandths of an em; accented letters count as their base letter. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const known = WIDTHS[ch];
    if (known !== undefined) {
      width += known;
      continue;
    }
    const base = ch.normalize('NFD')[0] ?? ch;
    width += WIDTHS[base] ?? (/\p{N}/u.test(ch) ? 500 : 500);
  }
  return width;
}

/** Reference numbers are set as small superscripts: a trailing `text. 17` is narrower than its digits. */
export function lineWidth(text: string): number {
  const m = /\s*(\d{1,4})$/.exec(text.trim());
  if (!m) return textWidth(text.trim());
  return textWidth(text.trim().slice(0, m.index)) + 0.6 * textWidth(m[1] ?? '');
}

/** The measure of the text block: nearly the widest body line (a percentile, so one misjudged line does not count). */
export function measureOf(lines: readonly string[]): number {
  const widths = lines.map(lineWidth).sort((a, b) => a - b);
  return widths[Math.min(widths.length - 1, Math.floor(widths.length * 0.99))] ?? 0;
}
