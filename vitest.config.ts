import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['{lib,app,components,platform,server,test-support,tooling}/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
