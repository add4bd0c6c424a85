/** Every built page, opened in the browser: no console error, failed or foreign request, or CSP violation. */
import { expect, test } from '@playwright/test';
import { htmlPages } from '../tools/dist';
import { watchPage } from '../support/page-health';

const pages = htmlPages().map((page) => page.path);

for (const path of pages) {
  test(`${path} loads and scrolls without console errors, failed requests or CSP violations`, async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL ?? '');
    // Runs before the page's own scripts; CSP does not apply to scripts the test injects.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await page.keyboard.press('End');
    await page.waitForTimeout(300);
    await page.keyboard.press('Home');
    await page.waitForTimeout(300);
    // A page that sends the reader on (share pages) aborts its own pending loads: that is not a failure.
    const movedOn = new URL(page.url()).pathname !== path;
    const failed = problems.failed.filter((line) => !(movedOn && line.endsWith('net::ERR_ABORTED')));
    expect(problems.errors).toEqual([]);
    expect(failed).toEqual([]);
    expect(problems.foreign).toEqual([]);
  });
}

test('the article carries its CSP as a <meta> that the browser enforces', async ({ page }) => {
  await page.goto('/');
  const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(policy).toMatch(/script-src 'self'/);
  expect(policy).not.toMatch(/unsafe-(inline|eval)/);
  // An inline script added after load must be refused.
  const ran = await page.evaluate(async () => {
    const flag = document.createElement('div');
    flag.id = 'csp-probe';
    document.body.append(flag);
    const script = document.createElement('script');
    script.textContent = "document.getElementById('csp-probe').dataset.ran = 'yes'";
    const refused = new Promise<boolean>((resolve) => {
      document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true });
      setTimeout(() => resolve(false), 1000);
    });
    document.body.append(script);
    await refused;
    return flag.dataset.ran === 'yes';
  });
  expect(ran).toBe(false);
});
