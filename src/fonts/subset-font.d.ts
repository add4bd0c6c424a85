/** The part of subset-font (harfbuzz's subsetter, compiled to WebAssembly) the build uses; the package ships no types. */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt';
    /** Axes to pin to a value or narrow to a range; the rest are kept whole. */
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    /** The OpenType layout features kept (four-letter tags); all of them when left out. */
    keepFeatures?: string[];
  }
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
