/** Types for subset-font (HarfBuzz subsetting, used only by scripts/generate-card-font.ts). */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    noHinting?: boolean;
    noLayoutClosure?: boolean;
    keepFeatures?: string[];
    preserveNameIds?: number[];
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Uint8Array>;
}
