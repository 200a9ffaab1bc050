/**
 * Every test gets its own local Datafor API (server/app.ts) on a free port, with a fresh,
 * freshly seeded SQLite file, serving the built app from dist/. Tests never share state.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../server/app';
import { DEMO_PASSWORDS, type DemoUser } from '../server/seed';

export interface DataforFixture extends RunningServer {
  dbPath: string;
}

export const test = base.extend<{ dataforServer: DataforFixture }>({
  // eslint-disable-next-line no-empty-pattern
  dataforServer: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'datafor-e2e-'));
    const dbPath = join(dir, 'datafor.sqlite');
    const server = await startServer({ dbPath, host: '127.0.0.1', port: 0, staticDir: 'dist' });
    await use({ ...server, dbPath });
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ dataforServer }, use) => {
    await use(dataforServer.url);
  },
});

/** Signs the browser context in through the documented login endpoint (sets JSESSIONID). */
export async function signIn(page: Page, user: DemoUser = 'admin'): Promise<void> {
  const response = await page.request.post('/plugin/datafor/api/extension/auth/login', {
    form: { username: user, password: DEMO_PASSWORDS[user] },
  });
  expect(response.ok()).toBe(true);
  expect((await response.json()).success).toBe(true);
}

/** Basic auth header for direct API calls from a test (reading back what the server holds). */
export function basicAuth(user: DemoUser = 'admin'): Record<string, string> {
  return { Authorization: 'Basic ' + Buffer.from(`${user}:${DEMO_PASSWORDS[user]}`).toString('base64') };
}

export { expect };
