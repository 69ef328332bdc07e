import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets a second build (e.g. a parallel bench) use its own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // pptxgenjs and pdf-lib run in route handlers; keep them out of the server bundle graph. pako is
  // pdf-lib's zlib: the card points it at fflate (lib/card/fast-deflate.ts), so it must be the
  // very module pdf-lib requires, not a bundled copy.
  serverExternalPackages: ['pptxgenjs', 'pdf-lib', '@pdf-lib/fontkit', 'pako'],
  turbopack: {
    resolveAlias: {
      // JSZip's source entry makes Turbopack pull in Node's `util` polyfill, whose
      // is-generator-function calls `Function(...)`: an `eval` the page's CSP refuses (and
      // reports) when the PPTX export loads. JSZip's own browser build needs no polyfill.
      jszip: { browser: 'jszip/dist/jszip.min.js' },
    },
  },
};

export default nextConfig;
