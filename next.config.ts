import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets a second build (e.g. a parallel bench) use its own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // pptxgenjs and pdf-lib run in route handlers; keep them out of the server bundle graph.
  serverExternalPackages: ['pptxgenjs', 'pdf-lib', '@pdf-lib/fontkit'],
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
