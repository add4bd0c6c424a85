/**
 * Shows each <cost-calculator>'s form at once (the page must not grow later, under a reader who has jumped past it)
 * and fetches the calculator's code only when one nears the viewport; its server-drawn numbers show until then.
 * Without JavaScript the form stays hidden and the presets table stays open.
 */
import { showForm } from './show-form';

const near = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    near.disconnect();
    void import('./element');
  },
  { rootMargin: '100% 0px' },
);
for (const calculator of document.querySelectorAll('cost-calculator')) {
  showForm(calculator);
  near.observe(calculator);
}
