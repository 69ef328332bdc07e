import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const featureFolders = [
  'library',
  'pitch-editor',
  'slide-preview',
  'pitch-drafter',
  'export',
  'rehearsal',
];

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'next-env.d.ts',
      'public/sw.js',
    ],
  },
  {
    // lib/ is pure domain code: no React, no Next, no UI layers.
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ is pure: no React.' },
            { group: ['next', 'next/*'], message: 'lib/ is pure: no Next.js.' },
            { group: ['@/components/*', '@/app/*', '../components/*', '../app/*'], message: 'lib/ must not import UI or routes.' },
          ],
        },
      ],
    },
  },
  // One feature folder never reaches into another; shared pieces live in components/ui.
  ...featureFolders.map((feature) => ({
    files: [`components/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: featureFolders.filter((f) => f !== feature).map((f) => `@/components/${f}/*`),
              message: 'Feature folders do not import each other; compose them in app/ or move the piece to components/ui.',
            },
            { group: ['@/app/*'], message: 'Components must not import routes.' },
          ],
        },
      ],
    },
  })),
];

export default config;
