/**
 * Shows each <cost-calculator>'s form at once (the page must not grow later, under a reader who has jumped past it)
 * and fetches the calculator's code only when one nears the viewport; its server-drawn numbers show until then. On a
 * slide (data-wake="shown") every slide is stacked in view, so the deck loads it with its slide instead
 * (src/present/slide-build.ts). Without JavaScript the form stays hidden and the presets table stays open.
 */
/** Shows a calculator's form and folds its presets table away: what a reader with JavaScript sees. */
function showForm(calculator: Element): void {
  const form = calculator.querySelector('form');
  if (form) form.hidden = false;
  const presetTable = calculator.querySelector<HTMLDetailsElement>('[data-presets]');
  if (presetTable) presetTable.open = false;
}

const near = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    near.disconnect();
    void import('./element');
  },
  { rootMargin: '100% 0px' },
);
for (const calculator of document.querySelectorAll<HTMLElement>('cost-calculator')) {
  showForm(calculator);
  // Written for bytes: this file is on every read of the article, whose JavaScript is held to 45 KB.
  if (!calculator.dataset.wake) near.observe(calculator);
}
