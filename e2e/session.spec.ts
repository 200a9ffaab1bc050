import { basicAuth, expect, signIn, test } from './fixtures';
import { shownValue } from './editor-support';
import type { Page } from '@playwright/test';
import { DEMO_PASSWORDS } from '../server/seed';

async function signInThroughDialog(page: Page, user: 'admin' | 'creator' | 'reader' = 'admin') {
  const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('User name').fill(user);
  await dialog.getByLabel('Password').fill(DEMO_PASSWORDS[user]);
  await dialog.getByRole('button', { name: 'Sign in' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('sign-in and resume', () => {
  test('the first visit without a session asks to sign in, shows the server refusal, then loads', async ({ page }) => {
    await page.goto('/?name=foodmart2');
    const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('User name')).toBeFocused();

    await dialog.getByLabel('User name').fill('admin');
    await dialog.getByLabel('Password').fill('not-the-password');
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('wrong user name or password');
    // The user name survives the refusal; only the password needs retyping.
    await expect(dialog.getByLabel('User name')).toHaveValue('admin');

    await dialog.getByLabel('Password').fill(DEMO_PASSWORDS.admin);
    await dialog.getByRole('button', { name: 'Sign in' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    await expect(page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /sales_mysql/ })).toBeVisible();
  });

  test('the page’s first reads leave before the app has loaded, and each is sent once', async ({ page }) => {
    await signIn(page, 'admin');
    const sent: string[] = [];
    page.on('request', (request) => sent.push(new URL(request.url()).pathname));
    await page.goto('/?name=foodmart2');
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    await expect(page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /sales_mysql/ })).toBeVisible();
    const count = (path: string) => sent.filter((p) => p === path).length;
    // Sent by the early script ahead of the app's bundle; the app takes those answers instead of asking again.
    const early = sent.findIndex((p) => /\/assets\/early-requests-[\w-]+\.js$/.test(p));
    const app = sent.findIndex((p) => /\/assets\/index-[\w-]+\.js$/.test(p));
    expect(early).toBeGreaterThanOrEqual(0);
    expect(early).toBeLessThan(app);
    expect(count('/plugin/datafor-modeler/api/connection/get')).toBe(1);
    expect(count('/plugin/datafor-modeler/api/connection/list')).toBe(1);
    expect(count('/plugin/datafor-modeler/api/connection/poolingParameters')).toBe(1);
    expect(count('/api/session/userName')).toBe(1);
    expect(count('/api/userrolelist/getRolesForUser')).toBe(1);
  });

  test('a session that expires before saving: sign in over the untouched form and the save completes', async ({
    page,
    dataforServer,
  }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await page.getByLabel('Host name').fill('db-after-expiry.example.com');
    await page.getByLabel('Port number').fill('6543');

    dataforServer.expireSessions();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The first call to meet the expired session (the concurrent-change re-read) opens the dialog.
    await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await signInThroughDialog(page);
    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();

    await expect(page.getByLabel('Host name')).toHaveValue('db-after-expiry.example.com');
    const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth('admin') })).json();
    expect(stored.hostname).toBe('db-after-expiry.example.com');
    expect(stored.databasePort).toBe('6543');
  });

  test('the session expiring at the save itself: the save is retried after sign-in', async ({ page, dataforServer }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await page.getByLabel('Host name').fill('db-mid-save.example.com');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await expect(review).toBeVisible();
    dataforServer.expireSessions();
    await review.getByRole('button', { name: 'Save changes' }).click();
    await signInThroughDialog(page);
    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth('admin') })).json();
    expect(stored.hostname).toBe('db-mid-save.example.com');
  });

  test('cancelling the sign-in keeps every edit on screen and says why nothing was saved', async ({ page, dataforServer }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await page.getByLabel('Host name').fill('kept.example.com');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const review = page.getByRole('dialog', { name: 'Review changes' });
    await expect(review).toBeVisible();
    dataforServer.expireSessions();
    await review.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
    // Only here, with unsaved edits on screen, does the dialog promise that nothing is lost.
    await expect(dialog).toContainText('Your session has ended');
    await expect(dialog).toContainText('your unsaved changes are still on this page, nothing is lost');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: /session|sign in/i }).first()).toBeVisible();
    await expect(page.getByLabel('Host name')).toHaveValue('kept.example.com');
    const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth('admin') })).json();
    expect(stored.hostname).toBe('127.0.0.1');

    // Signed out with the form kept: the header offers the way back in, not "Sign out".
    await review.getByRole('button', { name: 'Back' }).click();
    await expect(review).toBeHidden();
    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await expect(header).not.toContainText('Signed in as');
    await header.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInThroughDialog(page);
    await expect(header).toContainText('Signed in as admin');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    const saved = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth('admin') })).json();
    expect(saved.hostname).toBe('kept.example.com');
  });

  test('signing out by choice: a signed-out page with "Sign in", no dialog, no "Sign out"; the next user signs in there', async ({
    page,
  }) => {
    await signIn(page, 'admin');
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /warehouse_generic/ })).toBeVisible();
    await expect(header).toContainText('Signed in as admin');
    await expect(header).toContainText('Administrator');

    await header.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('heading', { name: 'You have signed out' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(header.getByRole('button', { name: /Sign out|Signing out/ })).toHaveCount(0);
    await expect(header).not.toContainText('admin');
    await expect(page.getByRole('navigation', { name: 'Database connections' })).toHaveCount(0);
    // The server's session really ended.
    const list = await (await page.request.get('/plugin/datafor-modeler/api/connection/list')).json();
    expect(list).toMatchObject({ success: false, code: '401' });

    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
    await expect(dialog).toContainText('Sign in with your Datafor account');
    await expect(dialog).not.toContainText(/lost|ended/);
    await signInThroughDialog(page, 'creator');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByRole('link', { name: /foodmart2/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: /warehouse_generic/ })).toHaveCount(0);
    await expect(header).toContainText('Signed in as creator');
    await expect(header).toContainText('Creator');
  });

  for (const close of ['Cancel', 'Escape'] as const) {
    test(`a first visit without a session: a plain sign-in, and ${close} once leads to a calm signed-out page`, async ({ page }) => {
      await page.goto('/?name=foodmart2');
      const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText('Sign in with your Datafor account');
      await expect(dialog).not.toContainText(/lost|still|ended/);

      if (close === 'Cancel') await dialog.getByRole('button', { name: 'Cancel' }).click();
      else await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('heading', { name: 'Sign in to see your database connections' })).toBeVisible();
      // It stays that way: nothing asks again by itself, and no failure is shown.
      await page.waitForLoadState('networkidle');
      await expect(dialog).toHaveCount(0);
      await expect(page.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(/401|still here/)).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);

      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await signInThroughDialog(page, 'reader');
      await expect(shownValue(page, 'Connection name')).toHaveText('foodmart2');
      await expect(page.getByRole('banner')).toContainText('Signed in as reader');
      await expect(page.getByRole('banner')).toContainText('Reader');
    });
  }

  test('a session that ends with nothing unsaved says so plainly, and Cancel leads to the signed-out page', async ({
    page,
    dataforServer,
  }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=foodmart2');
    await expect(page.getByLabel('Connection name')).toHaveValue('foodmart2');
    dataforServer.expireSessions();
    await page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /sales_mysql/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
    await expect(dialog).toContainText('Your session has ended. Sign in again to continue.');
    await expect(dialog).not.toContainText('lost');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { name: 'Your session has ended' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await signInThroughDialog(page, 'admin');
    await expect(page.getByLabel('Connection name')).toHaveValue('sales_mysql');
  });

  test('the header names nobody when the server does not say who is signed in', async ({ page }) => {
    // A server without Pentaho's user-name call, answering with its start page instead.
    await page.route('**/api/session/userName', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Datafor</title>' }),
    );
    const asked = page.waitForResponse('**/api/session/userName');
    await signIn(page, 'admin');
    await page.goto('/');
    await asked;
    await page.waitForLoadState('networkidle');
    const header = page.getByRole('banner');
    await expect(header.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(header).not.toContainText('Signed in as');
    await expect(header).not.toContainText('Datafor Database connections Datafor');
  });

  test('the header shows the name alone when the server will not tell the user type', async ({ page }) => {
    await page.route('**/api/userrolelist/getRolesForUser?*', (route) => route.fulfill({ status: 403, json: { success: false } }));
    await signIn(page, 'creator');
    await page.goto('/');
    const header = page.getByRole('banner');
    await expect(header).toContainText('Signed in as creator');
    await expect(header).not.toContainText('Creator');
  });

  test('a server that answers an anonymous caller with an empty list still lets the user sign in', async ({ page }) => {
    // Real Datafor may run a request without a session as "anonymous" and list nothing.
    let served = 0;
    await page.route('**/plugin/datafor-modeler/api/connection/list?*', async (route) => {
      served += 1;
      if (served === 1) await route.fulfill({ json: { success: true, databaseConnections: [] } });
      else await route.fallback();
    });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByText('You cannot see any connection yet.')).toBeVisible();
    await nav.getByRole('button', { name: 'Sign in as another user' }).click();
    await signInThroughDialog(page, 'admin');
    await expect(nav.getByRole('link', { name: /warehouse_generic/ })).toBeVisible();
  });

  test('the password typed into the sign-in dialog is kept nowhere', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (request) => urls.push(request.url()));
    const consoleLines: string[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    await page.goto('/');
    await signInThroughDialog(page);
    await expect(page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /foodmart2/ })).toBeVisible();
    const secret = DEMO_PASSWORDS.admin;
    expect(urls.some((u) => u.includes(secret))).toBe(false);
    expect(consoleLines.some((l) => l.includes(secret))).toBe(false);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain(secret);
    expect(await page.content()).not.toContain(secret);
  });
});
