import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * The architecture, made executable (docs/STYLE.md, habit 10). Imports point one way:
 *
 *   app/ ──▶ components/ ──▶ platform/ ──▶ lib/
 *     └──▶ server/ ─────────────────────────▲
 *
 * lib/ is pure domain code; platform/ (browser I/O) and server/ (HTTP) are adapters over it;
 * components/ is React, one folder per feature plus the shared components/ui; app/ holds routes.
 * Zones are folders, so a relative `../../components/x` is caught as surely as `@/components/x`.
 */
const featureFolders = ['library', 'pitch-editor', 'slide-preview', 'pitch-drafter', 'export', 'rehearsal'];

const layerZones = [
  {
    target: './lib',
    from: ['./app', './components', './platform', './server'],
    message: 'lib/ is pure domain code: it must not import routes, UI, or the platform and server adapters.',
  },
  {
    target: './platform',
    from: ['./app', './components', './server'],
    message: 'platform/ adapts browser I/O for lib/: it must not import routes, UI or server code.',
  },
  {
    target: './server',
    from: ['./app', './components', './platform'],
    message: 'server/ adapts HTTP for lib/: it must not import routes, UI or browser adapters.',
  },
  {
    target: './components',
    from: ['./app', './server'],
    message: 'Components must not import routes or server code.',
  },
  {
    target: './components/ui',
    from: './components',
    except: ['./ui'],
    message: 'components/ui is shared by every feature, so it must not import a feature folder.',
  },
  ...featureFolders.map((feature) => ({
    target: `./components/${feature}`,
    from: './components',
    except: [`./${feature}`, './ui'],
    message: 'Feature folders do not import each other; compose them in app/ or move the piece to components/ui.',
  })),
];

/** Test helpers (they read files, run poppler and LibreOffice) are for tests only. */
const testSupportZone = {
  target: ['./app', './components', './lib', './platform', './server'],
  from: './test-support',
  message: 'test-support/ is for tests only.',
};

const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

/** Browser and runtime globals that are I/O: lib/ receives what they give as arguments instead. */
const IO_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'IDBKeyRange',
  'caches',
  'BroadcastChannel',
  'Worker',
  'SharedWorker',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'requestAnimationFrame',
  'self',
  'process',
  'require',
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
      'tooling/lint-samples/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mjs}'],
    ignores: TESTS,
    rules: { 'import/no-restricted-paths': ['error', { zones: [...layerZones, testSupportZone] }] },
  },
  {
    files: TESTS,
    rules: { 'import/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    // Cycles are looked for in the app's own code (tests only add leaves to the graph).
    files: ['{app,components,lib,platform,server}/**/*.{ts,tsx}', 'tooling/lint-samples/*.ts'],
    ignores: TESTS,
    rules: { 'import/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // lib/ is pure: no React, no Next, no storage or network libraries, no Node, no DOM.
    files: ['lib/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/ is pure: no React.' },
            { group: ['next', 'next/*'], message: 'lib/ is pure: no Next.js.' },
            { group: ['idb', 'idb/*', 'dexie', 'dexie/*'], message: 'lib/ is pure: storage goes through the port in lib/storage, IndexedDB lives in platform/.' },
            { group: ['node:*'], message: 'lib/ is pure: no Node APIs (the caller does the I/O).' },
          ],
        },
      ],
      'import/no-nodejs-modules': 'error',
      'no-restricted-globals': [
        'error',
        ...IO_GLOBALS.map((name) => ({ name, message: `lib/ is pure: \`${name}\` is I/O; take what it gives as an argument.` })),
      ],
      'no-restricted-properties': [
        'error',
        ...IO_GLOBALS.map((property) => ({
          object: 'globalThis',
          property,
          message: `lib/ is pure: \`globalThis.${property}\` is I/O; take what it gives as an argument.`,
        })),
      ],
    },
  },
  {
    // The page must not load the advice engine (and its language libraries) in its first load: it
    // runs in the advice worker. Types and the light modules (findings, readiness, types) are fine.
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    ignores: [...TESTS, 'app/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@/lib/advice',
              allowTypeImports: true,
              message: 'The advice engine runs in the advice worker (platform/advice-worker); import @/lib/advice/findings, /readiness or /types instead.',
            },
          ],
        },
      ],
    },
  },
];

export default config;
