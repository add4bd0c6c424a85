/** Fetches the calculator's code only when a <cost-calculator> nears the viewport (its server-drawn form and numbers show until then). */
const near = new IntersectionObserver(
  (entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    near.disconnect();
    void import('./element');
  },
  { rootMargin: '100% 0px' },
);
for (const calculator of document.querySelectorAll('cost-calculator')) near.observe(calculator);
