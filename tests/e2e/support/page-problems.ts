import type { BrowserContext, Page, Request } from 'playwright-core';

/** What Playwright itself logs on a page whose context has `serviceWorkers: 'block'`. */
export const WORKER_BLOCKED = 'console warning: Service Worker registration blocked by Playwright';

/**
 * Start recording what a reader would never want a page to do: console errors and
 * warnings, uncaught exceptions, failed requests and HTTP error responses, less the exact
 * lines in `ignore` (the test tool's own, such as WORKER_BLOCKED).
 * Read the returned array after the page has loaded.
 */
export function recordProblems(page: Page, { ignore = [] }: { ignore?: readonly string[] } = {}): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    const line = `console ${message.type()}: ${message.text()}`;
    if (!ignore.includes(line)) problems.push(line);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  // A request still running when the reader moves on (the favicon, fetched after `load`) is cancelled by
  // the browser as ERR_ABORTED: leaving the page, not a failure of it. Anything else failing is one.
  // Visits are counted from the moment the next page is asked for: the browser cancels the last one's then.
  let visit = 0;
  const visitOf = new WeakMap<Request, number>();
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) visit += 1;
    visitOf.set(request, visit);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? 'unknown';
    if (error === 'net::ERR_ABORTED' && (visitOf.get(request) ?? visit) < visit) return;
    problems.push(`request failed: ${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * Start recording Content Security Policy violations on every page of `context` (call before its
 * first page opens); read the returned array once the pages have run.
 */
export async function recordPolicyViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${e.violatedDirective} ${e.blockedURI} on ${location.pathname}`,
      );
    });
  });
  return violations;
}
