import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// `npx playwright install` cannot download browsers on machines without internet; Debian's
// Chromium works the same. Prefer it when present, else Playwright's own browser (laptops).
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!systemChromium && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium for the end-to-end tests. Install one of:\n' +
      '  Debian/Ubuntu:  apt-get install -y chromium      (used from /usr/bin/chromium)\n' +
      '  elsewhere:      npx playwright install chromium',
  );
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    ...devices['Desktop Chrome'],
    locale: 'en-US',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
