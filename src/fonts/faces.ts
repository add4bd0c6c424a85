/**
 * The web faces' source files (package paths): what src/fonts/site-fonts.ts narrows for the build. They are the
 * whole fonts, not fontsource's Latin subsets, because the site prints a few characters beyond Latin (→, ≈, ≤, the
 * superscript digits of 10²⁴): drawn from the web face, they match the text around them in every engine instead of
 * coming from whatever system font has them.
 */
export const faceFiles = {
  /** The body face, Adobe's variable files (weight and optical-size axes), one per style. */
  serif: {
    normal: 'source-serif/VAR/SourceSerif4Variable-Roman.ttf',
    italic: 'source-serif/VAR/SourceSerif4Variable-Italic.ttf',
  },
  /** The charts' face, the two weights charts use (the social cards and the glyph-width table read the same files). */
  sans: {
    400: '@expo-google-fonts/source-sans-3/400Regular/SourceSans3_400Regular.ttf',
    700: '@expo-google-fonts/source-sans-3/700Bold/SourceSans3_700Bold.ttf',
  },
} as const;
