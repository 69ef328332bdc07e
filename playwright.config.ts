import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromiumPath } from './scripts/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const externalBaseURL = process.env.PLAYWRIGHT_BASE_URL;
const baseURL = externalBaseURL ?? `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.PW_OUTPUT_DIR ?? './test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium where there is one (this machine, CI); Playwright's own browser elsewhere.
      executablePath: systemChromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: externalBaseURL
    ? undefined
    : {
        // A production build made by `npm run build` (npm test builds first), served as `npm start`
        // serves it: through the front door (server/main.mjs).
        command: `node server/main.mjs -p ${port} -H 127.0.0.1`,
        url: `${baseURL}/`,
        // Never reuse a server already on the port: it may be serving another build.
        reuseExistingServer: false,
        timeout: 120_000,
        // No rate limit for the suite (e2e/server-rate-limit.spec.ts starts servers that have one).
        env: {
          NODE_ENV: 'production',
          NEXT_TELEMETRY_DISABLED: '1',
          RATE_LIMIT_PER_MINUTE: process.env.RATE_LIMIT_PER_MINUTE ?? '0',
        },
      },
});
