/** The web faces' files as fontsource ships them (package paths): what src/fonts/site-fonts.ts narrows for the build. */
export const faceFiles = {
  /** The body face, one variable file per style. */
  serif: {
    normal: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
    italic: '@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
  },
  /** The charts' face, the two weights charts use. */
  sans: {
    400: '@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2',
    700: '@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2',
  },
} as const;
