import { basicAuth, expect, signIn, test } from './fixtures';
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
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('alert').filter({ hasText: /session|sign in/i }).first()).toBeVisible();
    await expect(page.getByLabel('Host name')).toHaveValue('kept.example.com');
    const stored = await (await page.request.get('/plugin/datafor-modeler/api/connection/get?name=foodmart2', { headers: basicAuth('admin') })).json();
    expect(stored.hostname).toBe('127.0.0.1');
  });

  test('sign out ends the session and asks who is next', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: /warehouse_generic/ })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await signInThroughDialog(page, 'creator');
    const nav = page.getByRole('navigation', { name: 'Database connections' });
    await expect(nav.getByRole('link', { name: /foodmart2/ })).toBeVisible();
    await expect(nav.getByRole('link', { name: /warehouse_generic/ })).toHaveCount(0);
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
