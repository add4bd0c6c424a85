/**
 * Charts whose section is out of view are hidden from assistive technology (aria-hidden and inert), so a
 * screen reader meets only the chart that goes with the prose being read. Sighted readers see no change.
 */

/** Watches each figure's section and toggles the figure's exposure; returns the teardown. */
export function hideOffscreenCharts(figures: HTMLElement[]): () => void {
  const figureOf = new Map<Element, HTMLElement>();
  for (const figure of figures) {
    const section = figure.closest('section');
    if (section) figureOf.set(section, figure);
  }
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      const figure = figureOf.get(entry.target);
      if (!figure) continue;
      figure.toggleAttribute('inert', !entry.isIntersecting);
      if (entry.isIntersecting) figure.removeAttribute('aria-hidden');
      else figure.setAttribute('aria-hidden', 'true');
    }
  });
  for (const section of figureOf.keys()) observer.observe(section);

  return () => {
    observer.disconnect();
    for (const figure of figureOf.values()) {
      figure.removeAttribute('inert');
      figure.removeAttribute('aria-hidden');
    }
  };
}
