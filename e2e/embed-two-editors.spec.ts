/**
 * Two editors mounted on one host page, each with its own `apiBase`: each talks to its own
 * server and signs in on its own (issue 10.3 — no module-level API state).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { startServer } from '../server/app';
import { DEMO_PASSWORDS } from '../server/seed';
import { basicAuth, expect, test } from './fixtures';
import { startProxyHost, twoEditorsPage } from './hosts/proxy-host';

const GET = '/plugin/datafor-modeler/api/connection/get?name=foodmart2';
const UPDATE = '/plugin/datafor-modeler/api/connection/update';

async function signInWithin(editor: Locator, user: 'admin' | 'creator') {
  const dialog = editor.getByRole('dialog', { name: 'Sign in to Datafor' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password').fill(DEMO_PASSWORDS[user]);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
}

test('two mounted editors with different apiBase values talk to their own servers and sign in on their own', async ({
  page,
  request,
  dataforServer,
}) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'datafor-e2e-beta-'));
  const beta = await startServer({ dbPath: join(dir, 'datafor.sqlite'), host: '127.0.0.1', port: 0, staticDir: 'dist' });
  const host = await startProxyHost({ '/alpha': dataforServer.url, '/beta': beta.url });
  try {
    // Tell the two servers apart: beta's foodmart2 lives on another host.
    const betaCopy = await (await request.get(beta.url + GET, { headers: basicAuth() })).json();
    const changed = await request.post(beta.url + UPDATE, { headers: basicAuth(), data: { ...betaCopy, hostname: 'beta.example' } });
    expect((await changed.json()).success).toBe(true);

    host.setPage(
      twoEditorsPage('/alpha/embed/datafor-connection-editor.js', [
        { id: 'alpha-editor', apiBase: '/alpha', connectionName: 'foodmart2' },
        { id: 'beta-editor', apiBase: '/beta', connectionName: 'foodmart2' },
      ]),
    );
    await page.goto(host.origin + '/');
    const alpha = page.locator('#alpha-editor');
    const betaEditor = page.locator('#beta-editor');

    // Nobody is signed in anywhere: each editor asks for its own server (beta's dialog is on top).
    await signInWithin(betaEditor, 'creator');
    await expect(betaEditor.getByLabel('Host name')).toHaveValue('beta.example');
    await expect(alpha.getByRole('dialog', { name: 'Sign in to Datafor' })).toBeVisible();
    await expect(alpha.getByLabel('Host name')).toHaveCount(0);

    await signInWithin(alpha, 'admin');
    await expect(alpha.getByLabel('Host name')).toHaveValue('127.0.0.1');
    await expect(betaEditor.getByLabel('Host name')).toHaveValue('beta.example');

    // A save from one editor reaches its own server only.
    await alpha.getByLabel('Host name').fill('alpha.example');
    await alpha.getByRole('button', { name: 'Save' }).click();
    await alpha.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await expect(alpha.getByText('Connection saved', { exact: false })).toBeVisible();
    const alphaStored = await (await request.get(dataforServer.url + GET, { headers: basicAuth() })).json();
    const betaStored = await (await request.get(beta.url + GET, { headers: basicAuth() })).json();
    expect([alphaStored.hostname, betaStored.hostname]).toEqual(['alpha.example', 'beta.example']);

    // Each session is its own: the cookies are confined to their prefixes.
    const cookies = (await page.context().cookies()).filter((c) => c.name === 'JSESSIONID');
    expect(cookies.map((c) => c.path).sort()).toEqual(['/alpha/', '/beta/']);
  } finally {
    await host.close();
    await beta.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
