import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';

// `npx playwright install` cannot download browsers on machines without internet; Debian's
// Chromium works the same. Prefer it when present, else Playwright's own browser (laptops).
//
// Headless, Debian's chromium-headless-shell first: Chromium without the browser's own windows,
// which is what Playwright itself runs headless tests in. The full browser, headless, still builds
// a window per browser context, with WebUI renderers of its own (the address bar's popup): on a
// 2-core machine, with Chromium 156, that doubled the time to a ready form (bench/RESULTS.md) and
// took CPU from the page under test in every e2e test. A headed or debugging run needs the full
// browser.
const headed = process.argv.some((arg) => arg === '--headed' || arg === '--debug' || arg === '--ui') || Boolean(process.env.PWDEBUG);
const systemChromium = [...(headed ? [] : ['/usr/bin/chromium-headless-shell']), '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  existsSync(p),
);
if (!systemChromium && !existsSync(chromium.executablePath())) {
  throw new Error(
    'No Chromium for the end-to-end tests. Install one of:\n' +
      '  Debian/Ubuntu:  apt-get install -y chromium chromium-headless-shell   (used from /usr/bin)\n' +
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
