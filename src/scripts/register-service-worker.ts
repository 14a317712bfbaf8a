import { withTrailingSlash } from '../lib/base-path.ts';

// Offline reading: the service worker keeps the whole paper after a first visit.
if ('serviceWorker' in navigator) {
  const base = withTrailingSlash(import.meta.env.BASE_URL);
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => {
      // Without it the site still works online; there is nothing to tell the reader.
    });
  });
}
