/** Watches a page for console errors, failed requests and requests that leave the site's origin. */
import type { Page } from '@playwright/test';

/** What went wrong on a page, collected while a test drives it. */
export interface PageProblems {
  errors: string[];
  failed: string[];
  foreign: string[];
}

/** Starts collecting problems on a page; read the arrays at the end of the test. */
export function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], failed: [], foreign: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(String(error)));
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.foreign.push(url);
  });
  return problems;
}
