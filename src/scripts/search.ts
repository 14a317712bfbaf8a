// The search page: Pagefind's JS API under our own markup, loaded on first use only.
import { readSearchState, searchParams, withHighlight, type SearchState } from '../lib/search-query.ts';

interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Results {
  results: { id: string; data: () => Promise<Fragment> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<Results | null>;
}

const MAX_RESULTS = 40;
const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const base = root.dataset['base'] ?? '/';
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLElement>('[data-search-results]')!;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = (): Promise<Pagefind> =>
    (pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ baseUrl: base, excerptLength: 28 });
      return pf;
    }));

  const stateOfForm = (): SearchState => ({
    q: input.value.trim(),
    themes: boxes.filter((b) => b.checked && b.name === 'theme').map((b) => b.value),
    sections: boxes.filter((b) => b.checked && b.name === 'section').map((b) => b.value),
  });

  // Filter values in the index are display names; the URL holds ids.
  const filterValues = (name: string): string[] =>
    boxes.filter((b) => b.checked && b.name === name).map((b) => b.dataset['filterValue'] ?? b.value);

  async function run(push: boolean): Promise<void> {
    const state = stateOfForm();
    const query = searchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (push) history.replaceState(null, '', url);
    if (state.q === '') {
      list.replaceChildren();
      status.textContent = 'Type a word or a phrase to search the paper and its notes.';
      return;
    }
    const run = ++latest;
    status.textContent = 'Searching…';
    const pf = await load();
    const filters: Record<string, { any: string[] }> = {};
    for (const name of ['theme', 'section']) {
      const values = filterValues(name);
      if (values.length > 0) filters[name] = { any: values };
    }
    const found = await pf.search(state.q, { filters });
    if (run !== latest || !found) return;
    const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (run !== latest) return;
    render(state, data, found);
  }

  function render(state: SearchState, data: Fragment[], found: Results): void {
    updateCounts(found.filters);
    const total = found.results.length;
    if (total === 0) {
      list.replaceChildren();
      status.textContent = `No passage matches “${state.q}”${state.themes.length + state.sections.length > 0 ? ' with these filters' : ''}. Try fewer words, another spelling, or fewer filters.`;
      return;
    }
    status.textContent = `${total} ${total === 1 ? 'passage matches' : 'passages match'} “${state.q}”${total > MAX_RESULTS ? `; the first ${MAX_RESULTS} are shown` : ''}.`;
    const groups = new Map<string, Fragment[]>();
    for (const d of data) groups.set(d.meta['section'] ?? '', [...(groups.get(d.meta['section'] ?? '') ?? []), d]);
    const sections = [...groups].map(([title, items]) => {
      const section = document.createElement('section');
      const h = document.createElement('h2');
      h.textContent = title;
      const ol = document.createElement('ol');
      for (const item of items) {
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = withHighlight(item.url, state.q);
        a.textContent = item.meta['title'] ?? item.url;
        a.dataset['result'] = '';
        const p = document.createElement('p');
        // Pagefind escapes the text and adds only <mark> elements.
        p.innerHTML = item.excerpt;
        li.append(a, p);
        ol.append(li);
      }
      section.append(h, ol);
      return section;
    });
    list.replaceChildren(...sections);
  }

  function updateCounts(counts: Results['filters']): void {
    for (const box of boxes) {
      const count = counts[box.name]?.[box.dataset['filterValue'] ?? box.value] ?? 0;
      const label = box.parentElement?.querySelector<HTMLElement>('[data-count]');
      if (label) label.textContent = String(count);
    }
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
  form.addEventListener('change', (event) => {
    if (event.target !== input) void run(true);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true);
  });

  // Restore a search from the URL.
  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.q;
  for (const box of boxes) box.checked = (box.name === 'theme' ? initial.themes : initial.sections).includes(box.value);
  root.dataset['ready'] = '';
  void run(false);
}
