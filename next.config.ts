import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Lets a second build (e.g. a parallel bench) use its own output folder.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  reactStrictMode: true,
  // pptxgenjs and pdf-lib run in route handlers; keep them out of the server bundle graph.
  serverExternalPackages: ['pptxgenjs', 'pdf-lib', '@pdf-lib/fontkit'],
};

export default nextConfig;
