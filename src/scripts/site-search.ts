// On every page: `/` or Ctrl+K goes to the search field; on a page opened from a search result,
// the searched words are highlighted (that code loads only then). Pagefind itself is only loaded
// by the search page.

function searchField(): HTMLInputElement | null {
  return (
    document.querySelector<HTMLInputElement>('#search-q') ?? document.querySelector<HTMLInputElement>('#site-search')
  );
}

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement | null;
  const typing = target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
  const slash = event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
  const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
  if (!slash && !ctrlK) return;
  const field = searchField();
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.select();
});

// A page opened from a search result: mark the searched words. Bundled on its own (a classic
// script, as `?worker&url` gives) and added only then, so other visits fetch nothing more.
import highlightUrl from './highlight.ts?worker&url';

if (new URLSearchParams(location.search).has('highlight')) {
  const script = document.createElement('script');
  script.src = highlightUrl;
  document.head.append(script);
}
