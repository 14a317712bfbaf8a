// The search page: Pagefind's JS API under our own markup, loaded on first use only.
import {
  excerptOf,
  FILTER_KEY,
  filterValue,
  highlightQuery,
  readSearchState,
  chosenCount,
  chosenOf,
  type FilterKind,
  searchParams,
  withHighlight,
  withSectionValues,
  type SearchState,
} from '../lib/search-query.ts';
import { contains, planQuery, suggestions, vocabularyOf, type QueryPlan, type Vocabulary } from '../lib/search-plan.ts';
import type { SearchTermsData } from '../lib/search-terms.ts';

interface Fragment {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface Result {
  id: string;
  data: () => Promise<Fragment>;
}
interface Results {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
type Filter = Record<string, unknown>;
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<Results | null>;
}

// Fragments are fetched for the results shown only: the first few, then more on demand.
const FIRST_PAGE = 4;
const MORE_PAGE = 10;
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector<HTMLFormElement>('#search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const widen = root.querySelector<HTMLElement>('[data-search-widen]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const details = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const summary = root.querySelector<HTMLElement>('[data-filter-summary]')!;
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const terms = JSON.parse(document.getElementById('search-terms')?.textContent ?? '{"forms":{}}') as SearchTermsData;
  let pagefind: Promise<Pagefind> | undefined;
  let vocabulary: Promise<Vocabulary> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      // No worker: one request less, and this index is small enough to search on the main thread.
      await pf.options({ baseUrl: base, excerptLength: 28, noWorker: true });
      // Loads the filter index, so every response carries the counts of the current query.
      await pf.filters();
      return pf;
    }));
  const loadVocabulary = (): Promise<Vocabulary> =>
    (vocabulary ??= fetch(`${base}search/vocabulary.json`)
      .then((r) => r.json() as Promise<string[]>)
      .then(vocabularyOf));

  const stateOfForm = (): SearchState => ({
    q: input.value.trim(),
    themes: boxes.filter((b) => b.checked && b.name === 'theme').map((b) => b.value),
    sections: boxes.filter((b) => b.checked && b.name === 'section').map((b) => b.value),
    papers: boxes.filter((b) => b.checked && b.name === 'paper').map((b) => b.value),
  });

  /** Pagefind's compound filter for a state, leaving out one kind (to count that kind's values). */
  function filtersOf(state: SearchState, plan: QueryPlan, except?: FilterKind): Filter {
    const all: Filter[] = [];
    for (const kind of ['theme', 'section', 'paper'] as const) {
      const chosen = chosenOf(state, kind);
      if (except !== kind && chosen.length > 0)
        all.push({ [FILTER_KEY]: { any: chosen.map((v) => filterValue(kind, v)) } });
    }
    for (const g of plan.groups) all.push({ [FILTER_KEY]: filterValue('name', g) });
    return all.length > 0 ? { all } : {};
  }

  const search = (pf: Pagefind, state: SearchState, plan: QueryPlan, except?: FilterKind) =>
    pf.search(plan.text, {
      filters: filtersOf(state, plan, except),
      ...(plan.text === null ? { sort: { position: 'asc' } } : {}),
    });

  async function run(push: boolean): Promise<void> {
    const state = stateOfForm();
    const query = searchParams(state).toString();
    if (push) history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    showFilterSummary(state);
    const run = ++latest;
    if (state.q === '') {
      list.replaceChildren();
      more.hidden = widen.hidden = true;
      const within = boxes
        .filter((b) => b.checked && b.name === 'section')
        .map((b) => `“${b.parentElement?.textContent?.replace(/\s*\(\d+\)\s*$/, '').trim()}”`);
      status.textContent =
        within.length > 0
          ? `Type a word or a phrase to search ${within.join(', ')}.`
          : 'Type a word or a phrase to search the paper and its notes.';
      return;
    }
    status.textContent = 'Searching…';
    const pf = await load();
    const known = vocabulary ? await vocabulary : undefined;
    let plan = planQuery(state.q, terms, known);
    if (plan.text === null && plan.groups.length === 0 && plan.unknown.length === 0) {
      if (run !== latest) return;
      list.replaceChildren();
      more.hidden = widen.hidden = true;
      status.textContent = `No passage matches “${state.q}”: single letters and initials are not searched on their own.`;
      return;
    }
    let found = plan.unknown.length === 0 ? await search(pf, state, plan) : null;
    let first = found ? await Promise.all(found.results.slice(0, FIRST_PAGE).map((r) => r.data())) : [];
    // Words the paper does not print: Pagefind then matches loosely (a lone initial), so check the
    // best result really holds each word; if not, respell by the rules or offer what the paper prints.
    if (!known && found && !truly(plan, found, first)) {
      plan = planQuery(state.q, terms, await loadVocabulary());
      found = plan.unknown.length === 0 ? await search(pf, state, plan) : null;
      first = found ? await Promise.all(found.results.slice(0, FIRST_PAGE).map((r) => r.data())) : [];
    }
    if (run !== latest) return;
    if (!found || plan.unknown.length > 0) return noMatch(state, plan);
    await updateCounts(pf, state, plan, found);
    // The whole paper's count for this query (Pagefind's own unfiltered count would drop the names' filters too).
    const filtered = chosenCount(state) > 0;
    const whole = filtered
      ? ((await search(pf, { ...state, themes: [], sections: [], papers: [] }, plan))?.results.length ?? 0)
      : 0;
    if (run !== latest) return;
    render(state, plan, found, first, whole);
  }

  /** Whether the best result contains each plain word of the query (the rest ride on Pagefind's phrase match). */
  function truly(plan: QueryPlan, found: Results, first: Fragment[]): boolean {
    if (plan.text === null) return true;
    const top = first[0];
    if (!top) return found.results.length === 0 && plan.groups.length > 0;
    const words = plan.text
      .replace(/"[^"]*"/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    return words.every((w) => contains(top.content, w));
  }

  async function noMatch(state: SearchState, plan: QueryPlan): Promise<void> {
    list.replaceChildren();
    more.hidden = widen.hidden = true;
    status.replaceChildren(`No passage matches “${state.q}”.`);
    const offers = plan.unknown.length > 0 ? suggestions(plan.unknown[0]!, await loadVocabulary()) : [];
    if (offers.length === 0) {
      status.append(' Try fewer words, another spelling, or fewer filters.');
      return;
    }
    const [word] = plan.unknown;
    const p = document.createElement('span');
    p.dataset['didYouMean'] = '';
    p.append(' Did you mean ');
    offers.forEach((offer, i) => {
      const q = state.q.replace(new RegExp(word!.split('').join('[^\\p{L}]?'), 'iu'), offer);
      const a = document.createElement('a');
      a.href = `?${searchParams({ ...state, q }).toString()}`;
      a.textContent = q;
      a.addEventListener('click', (event) => {
        event.preventDefault();
        input.value = q;
        void run(true);
        input.focus();
      });
      p.append(...(i > 0 ? [i === offers.length - 1 ? ' or ' : ', '] : []), a);
    });
    p.append('?');
    status.append(p);
  }

  function render(state: SearchState, plan: QueryPlan, found: Results, first: Fragment[], whole: number): void {
    const total = found.results.length;
    const filtered = chosenCount(state) > 0;
    const respelt = plan.respelt.map(([, printed]) => `“${printed}”`).join(', ');
    widen.hidden = !filtered || whole <= total;
    if (!widen.hidden) showWiden(whole);
    if (total === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = `No passage matches “${state.q}”${filtered ? ' with these filters' : ''}. Try fewer words, another spelling, or fewer filters.`;
      return;
    }
    status.textContent = `${total} ${total === 1 ? 'passage matches' : 'passages match'} “${state.q}”${respelt ? `, as the paper spells it: ${respelt}` : ''}.`;
    list.replaceChildren();
    let shown = 0;
    const show = (data: Fragment[]): void => {
      appendResults(plan, data);
      shown += data.length;
      more.hidden = shown >= total;
      more.textContent = `Show ${Math.min(MORE_PAGE, total - shown)} more of ${total - shown}`;
    };
    show(first);
    more.onclick = async () => {
      const next = await Promise.all(found.results.slice(shown, shown + MORE_PAGE).map((r) => r.data()));
      const focus = next.length > 0;
      const before = list.querySelectorAll('a[data-result]').length;
      show(next);
      if (focus) list.querySelectorAll<HTMLAnchorElement>('a[data-result]')[before]?.focus();
    };
  }

  /** Adds results to the list, under their section's heading (a heading is reused while the section runs on). */
  function appendResults(plan: QueryPlan, data: Fragment[]): void {
    const highlight = highlightQuery(plan.marks);
    for (const item of data) {
      // With several papers, a section's heading names its paper.
      const paper = root.dataset['papers'] !== '1' ? item.meta['paper'] : undefined;
      const title = paper ? `${paper}: ${item.meta['section'] ?? ''}` : (item.meta['section'] ?? '');
      let section = list.lastElementChild as HTMLElement | null;
      if (section?.dataset['section'] !== title) {
        section = document.createElement('section');
        section.dataset['section'] = title;
        const h = document.createElement('h2');
        h.textContent = title;
        section.append(h, document.createElement('ol'));
        list.append(section);
      }
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = withHighlight(item.url, highlight);
      a.textContent = item.meta['title'] ?? item.url;
      a.dataset['result'] = '';
      const p = document.createElement('p');
      // Both excerpts are escaped text with <mark> elements only; names are marked by our own excerpt.
      p.innerHTML = plan.groups.length > 0 ? excerptOf(item.content, plan.marks) : item.excerpt;
      li.append(a, p);
      section.querySelector('ol')!.append(li);
    }
  }

  /** Counts per filter value for the current query: each kind counted with the other kinds' choices applied. */
  async function updateCounts(pf: Pagefind, state: SearchState, plan: QueryPlan, found: Results): Promise<void> {
    const counts = async (kind: FilterKind): Promise<Record<string, number>> => {
      const response = chosenOf(state, kind).length > 0 ? await search(pf, state, plan, kind) : found;
      return response?.filters[FILTER_KEY] ?? {};
    };
    const kinds = ['theme', 'section', 'paper'] as const;
    const perKind = new Map(await Promise.all(kinds.map(async (k) => [k, await counts(k)] as const)));
    for (const box of boxes) {
      const kind = box.name as FilterKind;
      const count = perKind.get(kind)?.[filterValue(kind, box.value)] ?? 0;
      const label = box.parentElement;
      label?.querySelector('[data-count]')?.replaceChildren(String(count));
      label?.classList.toggle('is-empty', count === 0);
    }
  }

  function showFilterSummary(state: SearchState): void {
    const n = chosenCount(state);
    summary.textContent = n > 0 ? `(${n} chosen)` : '';
  }

  function showWiden(count: number): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = `Search the whole paper (${count} ${count === 1 ? 'passage' : 'passages'})`;
    button.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      void run(true);
      input.focus();
    });
    widen.replaceChildren(button);
  }

  // Keyboard: ↓ from the field into the results, ↑/↓ between them, Esc back to the field.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-result]')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || index >= 0)) {
      links[Math.min(index + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && index >= 0) {
      (index === 0 ? input : links[index - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape') {
      if (document.activeElement === input) input.value = '';
      input.focus();
      void run(true);
    }
  });

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 180);
  });
  for (const box of boxes) box.addEventListener('change', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });

  // Filters beside the results on wide screens (open), one tap away on narrow ones (closed).
  details.open = matchMedia('(min-width: 60rem)').matches;

  // Restore a search from the URL (a link, a bookmark, or Enter in the header's field), focused for ↓.
  // A bare `?section=<slug>` (a link from the one-paper site) becomes the section(s) it names (withSectionValues).
  const known = boxes.filter((b) => b.name === 'section').map((b) => b.value);
  const initial = withSectionValues(readSearchState(new URLSearchParams(location.search)), known);
  input.value = initial.q;
  for (const box of boxes) box.checked = chosenOf(initial, box.name as FilterKind).includes(box.value);
  root.dataset['ready'] = '';
  input.focus({ preventScroll: true });
  void run(false);
}
