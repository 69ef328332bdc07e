import type { MetadataRoute } from 'next';

/** Web app manifest: lets the library be installed and opened like an app, offline included. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'One-Slide Pitch',
    short_name: 'Pitch',
    description:
      'Turn your project into one executive slide and a 60-second pitch you can deliver from memory.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#f8fafc',
    theme_color: '#4338ca',
    categories: ['business', 'productivity'],
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: '/icons/icon-maskable-512.png',
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}
