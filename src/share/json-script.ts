/** Data for a <script type="application/ld+json"> block, the one place JSON goes into HTML unescaped by Astro. */

/** JSON with every "<", ">", "&" and line separator written as a \u escape: no text in it can close the element. */
export const jsonForScript = (data: unknown): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
