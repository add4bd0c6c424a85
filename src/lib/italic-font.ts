/**
 * Adds the body face's italic once the page has loaded. Italics appear only in source lists far down the page;
 * declared in CSS, the italic would download during the first paint and delay it.
 */
import latinExtItalic from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-italic.woff2?url';
import latinItalic from '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2?url';

/** The same unicode ranges as the regular faces in src/styles/fonts.css. */
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C4, U+2113, U+2C60-2C7F, U+A720-A7FF';

/** Registers the italic faces (they load when italic text needs them). */
export function addItalicFaces(): void {
  for (const [url, unicodeRange] of [[latinItalic, LATIN], [latinExtItalic, LATIN_EXT]] as const) {
    const face = new FontFace('Source Serif 4 Variable', `url(${url}) format('woff2-variations')`, {
      style: 'italic',
      weight: '200 900',
      display: 'swap',
      unicodeRange,
    });
    document.fonts.add(face);
  }
}

const start = (): void => {
  if ('requestIdleCallback' in window) requestIdleCallback(addItalicFaces, { timeout: 2000 });
  else setTimeout(addItalicFaces, 200);
};
if (document.readyState === 'complete') start();
else window.addEventListener('load', start, { once: true });
