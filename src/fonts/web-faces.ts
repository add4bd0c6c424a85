/**
 * Brings in the web faces once the first frame is drawn. Base.astro puts the Fonts API's rules (the @font-face rules
 * and the custom properties naming each family) in <noscript id="web-faces">: readers without JavaScript get them as
 * the page loads. Here they are text: this module reads them, fetches each face with the FontFace API, and only when
 * all have arrived adds the faces and the properties in one go, so the page is laid out again once (not once when
 * the rules come and again when the files do). Until then the text is drawn in the metric-matched fallbacks that
 * global.css names. No font download competes with the document and the scripts for the first paint: Lighthouse's
 * simulated mobile load waits for every request that ended before that paint, which on a fast load was the fonts.
 */

/** Fetches the web faces and puts them in use together; a face that fails to load is left out. */
export async function useWebFaces(): Promise<void> {
  const source = document.getElementById('web-faces');
  const root = document.documentElement;
  if (!source) return;
  // The Fonts API's output, minified: @font-face{font-family:"…";src:url(…) format(…);…}, then :root{--font-…:…}.
  const css = source.textContent ?? '';
  const faces = [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, rule = '']) => {
    const descriptor = (name: string): string => new RegExp(`${name}:([^;]*)`).exec(rule)?.[1] ?? '';
    // The rule quotes the family; FontFace takes the name itself.
    return new FontFace(descriptor('font-family').replace(/"/g, ''), descriptor('src'), {
      style: descriptor('font-style'),
      weight: descriptor('font-weight'),
      unicodeRange: descriptor('unicode-range'),
    });
  });
  const loaded = (await Promise.all(faces.map((face) => face.load().catch(() => null)))).filter((face) => face !== null);
  for (const face of loaded) document.fonts.add(face);
  // Then the custom properties that put each web family at the head of its stack (set through the CSSOM, which the
  // page's Content-Security-Policy leaves open, on the element the rules' :root selects).
  for (const [, name = '', value = ''] of css.matchAll(/(--[\w-]+):([^;}]+)/g)) root.style.setProperty(name, value);
  // Faces added already loaded fire no event of their own: this mark is what a deck fitting its text to its faces
  // (src/present/controller.ts), a PDF or a test waits for.
  root.setAttribute('data-web-faces', '');
}

// Once the first text is on screen: the paint-timing entry is recorded when that frame is presented, the moment
// Lighthouse counts from (a task queued by a frame callback may still run before it). Firefox records no such entry
// for a page opened at a fragment (/#outlook, and the share pages that send readers there): after a second then.
let started = false;
const start = (): void => {
  if (started) return;
  started = true;
  void useWebFaces();
};
new PerformanceObserver((entries, observer) => {
  if (!entries.getEntriesByName('first-contentful-paint').length) return;
  observer.disconnect();
  setTimeout(start);
}).observe({ type: 'paint', buffered: true });
setTimeout(start, 1000);
