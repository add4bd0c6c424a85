/** Watches a page for console errors, failed requests and requests that leave the site's origin. */
import type { Page, Request } from '@playwright/test';

/** What went wrong on a page, collected while a test drives it. */
export interface PageProblems {
  errors: string[];
  failed: string[];
  foreign: string[];
  /** Loads cut short (net::ERR_ABORTED) because their document was left, as a share page sending the reader on does: not failures. */
  aborted: string[];
}

/** The address of a document, without its #fragment (a hash change keeps the document). */
const documentOf = (url: string): string => url.split('#')[0] ?? url;

/** The address of the page that issued a request (undefined for navigations and service-worker requests). */
function issuer(page: Page, request: Request): string | undefined {
  if (request.isNavigationRequest() || request.serviceWorker()) return undefined;
  return documentOf(page.url());
}

/** Starts collecting problems on a page; read the arrays at the end of the test. */
export function watchPage(page: Page, origin: string): PageProblems {
  const errors: string[] = [];
  const foreign: string[] = [];
  const responses: string[] = [];
  const failures: Array<{ line: string; from?: string; aborted: boolean }> = [];
  const issuedBy = new WeakMap<Request, string | undefined>();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    issuedBy.set(request, issuer(page, request));
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    failures.push({ line: `${request.url()} ${error}`, from: issuedBy.get(request), aborted: error === 'net::ERR_ABORTED' });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) responses.push(`${response.status()} ${response.url()}`);
  });
  // Decided when read, not when the failure arrives: the abort can be reported before the page's address moves on.
  const left = (from?: string): boolean => from !== undefined && from !== documentOf(page.url());
  return {
    errors,
    foreign,
    get failed() {
      return [...failures.filter((f) => !(f.aborted && left(f.from))).map((f) => f.line), ...responses];
    },
    get aborted() {
      return failures.filter((f) => f.aborted && left(f.from)).map((f) => f.line);
    },
  };
}
