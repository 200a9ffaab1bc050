/**
 * The editor framed by a console page on another origin (`?embed=1`), talking postMessage
 * only with the origins its runtime configuration trusts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer, type RunningServer } from '../server/app';
import { basicAuth, signIn } from './fixtures';
import { iframeHostPage, startHostServer, type HostServer } from './hosts/host-server';

interface EmbedFixtures {
  trustedHost: HostServer;
  untrustedHost: HostServer;
  app: RunningServer;
}

const test = base.extend<EmbedFixtures>({
  // eslint-disable-next-line no-empty-pattern
  trustedHost: async ({}, use) => {
    const host = await startHostServer();
    await use(host);
    await host.close();
  },
  // eslint-disable-next-line no-empty-pattern
  untrustedHost: async ({}, use) => {
    const host = await startHostServer();
    await use(host);
    await host.close();
  },
  app: async ({ trustedHost, untrustedHost }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'datafor-embed-'));
    // Both hosts may frame the page (CSP); only one is trusted by the editor's configuration,
    // so the test shows the postMessage check on its own.
    const server = await startServer({
      dbPath: join(dir, 'datafor.sqlite'),
      host: '127.0.0.1',
      port: 0,
      staticDir: 'dist',
      frameAncestors: [trustedHost.origin, untrustedHost.origin],
    });
    await use(server);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ app }, use) => {
    await use(app.url);
  },
});

/** What a deployer writes into the served index.html's meta tag. */
async function configureEditor(page: Page, app: RunningServer, trustedOrigins: string[]) {
  await page.route(
    (url) => url.origin === new URL(app.url).origin && url.searchParams.get('embed') === '1',
    async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const configured = html.replace(
        /<meta name="datafor-editor-config" content='[^']*'/,
        `<meta name="datafor-editor-config" content='${JSON.stringify({ apiBase: '', trustedOrigins })}'`,
      );
      expect(configured).not.toBe(html);
      await route.fulfill({ response, body: configured });
    },
  );
}

type EditorMessage = { type: string; name?: string | null; id?: string | null; height?: number };
const received = (page: Page) => page.evaluate(() => (window as unknown as { received: EditorMessage[] }).received);

test('a trusted console frames the editor and gets ready, dirty, saved; open and setLocale steer it', async ({
  page,
  app,
  trustedHost,
}) => {
  await signIn(page, 'admin');
  await configureEditor(page, app, [trustedHost.origin]);
  trustedHost.setPage(iframeHostPage(new URL(app.url).origin, 'foodmart2'));
  await page.goto(trustedHost.origin);

  const editor = page.getByTitle('Connection editor').contentFrame();
  await expect(editor.getByLabel('Connection name')).toHaveValue('foodmart2');
  // No list and no page chrome inside the frame.
  await expect(editor.getByLabel('Search connections')).toHaveCount(0);
  await expect(editor.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

  await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('ready');
  expect((await received(page)).find((m) => m.type === 'ready')).toMatchObject({ name: 'foodmart2' });

  // The frame follows its content's height.
  await expect
    .poll(async () => (await page.getByTitle('Connection editor').boundingBox())?.height ?? 0)
    .toBeGreaterThan(600);
  // Nothing inside the frame reaches past the content whose height it reports (a visually
  // hidden span placed against the frame's own window would): the framed page never scrolls.
  await expect(editor.getByRole('region', { name: 'Advanced' })).toBeAttached();
  await expect
    .poll(async () => {
      const reported = (await received(page)).filter((m) => m.type === 'resize').at(-1)?.height ?? 0;
      const frameDocument = await editor.locator('html').evaluate((html) => html.scrollHeight);
      return frameDocument - reported;
    })
    .toBe(0);

  await editor.getByLabel('Host name').fill('framed.example.com');
  await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('dirty');

  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await editor.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
  await expect.poll(async () => (await received(page)).find((m) => m.type === 'saved')).toMatchObject({
    type: 'saved',
    name: 'foodmart2',
    id: 'd55f86ef-0c20-4442-b806-074d4211b0fb',
  });
  await expect.poll(async () => (await received(page)).map((m) => m.type)).toContain('clean');
  const stored = await (await page.request.get(`${app.url}/plugin/datafor-modeler/api/connection/get?name=foodmart2`, { headers: basicAuth() })).json();
  expect(stored.hostname).toBe('framed.example.com');

  await page.evaluate(() => (window as unknown as { sendToEditor(m: unknown): void }).sendToEditor({ type: 'open', name: 'sales_mysql' }));
  await expect(editor.getByLabel('Connection name')).toHaveValue('sales_mysql');

  await page.evaluate(() => (window as unknown as { sendToEditor(m: unknown): void }).sendToEditor({ type: 'setLocale', locale: 'zh-CN' }));
  await expect(editor.getByLabel('连接名称')).toHaveValue('sales_mysql');
});

test('closing the framed editor announces closed', async ({ page, app, trustedHost }) => {
  await signIn(page, 'admin');
  await configureEditor(page, app, [trustedHost.origin]);
  trustedHost.setPage(iframeHostPage(new URL(app.url).origin, 'foodmart2'));
  await page.goto(trustedHost.origin);
  const editor = page.getByTitle('Connection editor').contentFrame();
  await expect(editor.getByLabel('Connection name')).toHaveValue('foodmart2');
  await editor.getByRole('button', { name: 'Close' }).click();
  await expect.poll(async () => (await received(page)).find((m) => m.type === 'closed')).toMatchObject({ name: 'foodmart2' });
});

test('an origin the configuration does not trust hears nothing and cannot steer the editor', async ({
  page,
  app,
  trustedHost,
  untrustedHost,
}) => {
  await signIn(page, 'admin');
  await configureEditor(page, app, [trustedHost.origin]);
  untrustedHost.setPage(iframeHostPage(new URL(app.url).origin, 'foodmart2'));
  await page.goto(untrustedHost.origin);

  const editor = page.getByTitle('Connection editor').contentFrame();
  await expect(editor.getByLabel('Connection name')).toHaveValue('foodmart2');
  await editor.getByLabel('Host name').fill('typed.example.com');

  await page.evaluate(() => (window as unknown as { sendToEditor(m: unknown): void }).sendToEditor({ type: 'open', name: 'sales_mysql' }));
  await page.evaluate(() => (window as unknown as { sendToEditor(m: unknown): void }).sendToEditor({ type: 'setLocale', locale: 'zh-CN' }));
  // Give the ignored commands every chance to act before checking that they did not.
  await page.waitForTimeout(750);
  await expect(editor.getByLabel('Connection name')).toHaveValue('foodmart2');
  await expect(editor.getByLabel('Host name')).toHaveValue('typed.example.com');
  expect(await received(page)).toEqual([]);
});

test('the standalone page refuses to be framed by a site the server does not allow', async ({ page, app }) => {
  const stranger = await startHostServer();
  try {
    stranger.setPage(iframeHostPage(new URL(app.url).origin, 'foodmart2'));
    await signIn(page, 'admin');
    await page.goto(stranger.origin);
    const editor = page.getByTitle('Connection editor').contentFrame();
    await page.waitForTimeout(1000);
    await expect(editor.getByLabel('Connection name')).toHaveCount(0);
  } finally {
    await stranger.close();
  }
});
