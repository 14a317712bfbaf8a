// Margin notes level with their references (wide screens): each note is set at the top of its
// reference's line; when notes crowd, a later one moves down only as far as the one above
// requires, and the last ones move up so that none runs beside the notes list. Without this
// script the notes are CSS floats at the top of their paragraph (src/styles/reading.css).

import { wide } from './wide.ts';

// Space between two notes, in px.
const GAP = 8;

/** Where notes must fit, from `top`, and the notes in document order with the top each wants. */
function measure(article: HTMLElement): { notes: HTMLElement[]; wanted: number[]; limit: number } {
  const origin = article.getBoundingClientRect().top;
  const notes = [...article.querySelectorAll<HTMLElement>('.sidenote')];
  const wanted = notes.map((note) => {
    const ref = document.getElementById(note.dataset['note']!.replace('fn-', 'fnref-'));
    const paragraph = ref?.closest('p');
    if (!ref || !paragraph) return 0;
    // The reference's line in the paragraph's grid of lines (a raised number does not change it).
    const box = paragraph.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(paragraph).lineHeight);
    const line = Math.floor((ref.getBoundingClientRect().bottom - box.top - 1) / lineHeight);
    // The note's first line shares the text line's middle.
    const own = parseFloat(getComputedStyle(note).lineHeight);
    return box.top - origin + line * lineHeight + (lineHeight - own) / 2;
  });
  const end = article.querySelector('section[data-footnotes]') ?? article.lastElementChild;
  const limit = (end?.getBoundingClientRect().top ?? article.getBoundingClientRect().bottom) - origin;
  return { notes, wanted, limit };
}

/** Tops for boxes of `heights` wanting `wanted`, not overlapping, all ending above `limit`. */
export function resolveTops(wanted: readonly number[], heights: readonly number[], limit: number): number[] {
  const tops: number[] = [];
  let floor = -Infinity;
  wanted.forEach((want, i) => {
    tops[i] = Math.max(want, floor);
    floor = tops[i] + heights[i]! + GAP;
  });
  let ceiling = limit;
  for (let i = tops.length - 1; i >= 0; i--) {
    tops[i] = Math.min(tops[i]!, ceiling - heights[i]!);
    ceiling = tops[i]! - GAP;
  }
  return tops;
}

/**
 * Show as much of each long note as the room before the next note's reference allows (two to
 * eight lines; all of it when it fits), so that the next note need not move.
 */
function shorten(notes: readonly HTMLElement[], wanted: readonly number[], limit: number): void {
  notes.forEach((note, i) => {
    note.style.setProperty('--lines', '999');
    if (!note.matches('.long:not(.open)')) return;
    const room = (wanted[i + 1] ?? limit) - wanted[i]! - GAP;
    const line = parseFloat(getComputedStyle(note).lineHeight);
    if (note.offsetHeight <= Math.min(room, 8 * line)) return;
    note.style.setProperty('--lines', String(Math.max(2, Math.min(8, Math.floor(room / line)))));
  });
}

/** Set every margin note of `article` beside its reference (or back to the CSS floats when narrow). */
export function layout(article: HTMLElement): void {
  article.classList.toggle('placed', wide.matches);
  if (!wide.matches) return;
  const { notes, wanted, limit } = measure(article);
  shorten(notes, wanted, limit);
  const tops = resolveTops(
    wanted,
    notes.map((note) => note.offsetHeight),
    limit,
  );
  notes.forEach((note, i) => {
    note.style.top = `${tops[i]}px`;
    // "… more" only where something is hidden.
    const text = note.firstElementChild!;
    note.classList.toggle('clipped', text.scrollHeight > text.clientHeight + 1);
  });
}

/** Point out the margin note of reference `link` (opening it if shortened); false if it has none shown. */
export function pointOut(link: HTMLAnchorElement): boolean {
  const note = document.querySelector<HTMLElement>(`.placed .sidenote[data-note="${link.hash.slice(1)}"]`);
  if (!note) return false;
  document.querySelectorAll('.sidenote.pointed').forEach((other) => other.classList.remove('pointed', 'open'));
  note.classList.add('pointed', 'open');
  layout(note.closest<HTMLElement>('.reading')!);
  note.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  return true;
}

/** Place the notes now and whenever the text reflows. */
export function initSidenotes(): void {
  const article = document.querySelector<HTMLElement>('.reading:has(.sidenote)');
  if (!article) return;
  const again = () => layout(article);
  again();
  new ResizeObserver(again).observe(article);
  wide.addEventListener('change', again);
  // "Whole note" in the margin opens it in place rather than jumping to the notes list.
  article.addEventListener('click', (event) => {
    const more = (event.target as Element).closest('.placed .sidenote-more');
    if (!more) return;
    event.preventDefault();
    more.closest('.sidenote')!.classList.add('open');
    again();
  });
}
