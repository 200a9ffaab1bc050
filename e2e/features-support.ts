/**
 * Shared steps of the issue-4 feature specs (e2e/features-*.spec.ts): open a connection, read
 * or change it behind the browser's back through the API, and find a closed port.
 */
import { createServer } from 'node:net';
import type { APIRequestContext, Page } from '@playwright/test';
import { basicAuth, expect } from './fixtures';

export const CONNECTION_API = '/plugin/datafor-modeler/api/connection';

/** Opens `/?name=NAME` and waits until the form shows that connection. */
export async function openConnection(page: Page, name: string): Promise<void> {
  await page.goto(`/?name=${encodeURIComponent(name)}`);
  await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue(name);
}

/** What the server holds now, read as an administrator (not through the page's session). */
export async function readConnection(request: APIRequestContext, name: string): Promise<Record<string, unknown>> {
  const response = await request.get(`${CONNECTION_API}/get`, { params: { name }, headers: basicAuth('admin') });
  expect(response.status(), `get ${name}`).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/** Saves a connection as another administrator would, from outside the page. */
export async function updateConnectionAsAdmin(request: APIRequestContext, body: Record<string, unknown>): Promise<void> {
  const response = await request.post(`${CONNECTION_API}/update`, { data: body, headers: basicAuth('admin') });
  const answer = (await response.json()) as { success: boolean; msg?: string };
  expect(answer.success, answer.msg).toBe(true);
}

/** A TCP port on 127.0.0.1 that nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Replaces a text box's whole value and waits until the form shows it. */
export async function retype(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await expect(box).toHaveValue(value);
}

/**
 * The real PostgreSQL the "Test connection" tests need (`bash .ci/postgres.sh` prints the URL).
 * In CI (`REQUIRE_POSTGRES=1`) its absence is a failure, elsewhere a skip.
 */
export function postgresTarget():
  | { available: true; host: string; port: string; database: string; user: string; password: string }
  | { available: false; required: boolean } {
  const raw = process.env.DATAFOR_TEST_PG_URL;
  if (!raw) return { available: false, required: process.env.REQUIRE_POSTGRES === '1' };
  const url = new URL(raw);
  return {
    available: true,
    host: url.hostname,
    port: url.port || '5432',
    database: decodeURIComponent(url.pathname.replace(/^\//, '')) || 'postgres',
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
  };
}
