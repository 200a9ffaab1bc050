/**
 * Issue 4 — "Nothing lost": leaving with unsaved edits asks first (in the page and through the
 * browser's own before-unload prompt), an expired session mid-save resumes after sign-in with
 * every edit kept, and "Discard changes" returns every field to the loaded values.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CONNECTION_API, openConnection, readConnection, retype } from './editor-support';

async function signInThroughDialog(page: Page): Promise<void> {
  const signInDialog = page.getByRole('dialog', { name: 'Sign in to Datafor' });
  await expect(signInDialog).toBeVisible();
  // Required fields: the label reads "User name *".
  await signInDialog.getByRole('textbox', { name: /^User name/ }).fill('admin');
  await signInDialog.getByLabel(/^Password/).fill('admin123');
  await signInDialog.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(signInDialog).toBeHidden();
}

test.describe('leave guard', () => {
  test('choosing another connection with unsaved edits asks first', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await retype(page, 'Host name', 'unsaved.example.internal');

    await page.getByRole('link', { name: /^sales_mysql/ }).click();
    const leave = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
    await expect(leave).toContainText('foodmart2');
    await leave.getByRole('button', { name: 'Keep editing' }).click();
    await expect(leave).toBeHidden();
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('unsaved.example.internal');
    expect(new URL(page.url()).searchParams.get('name')).toBe('foodmart2');

    await page.getByRole('link', { name: /^sales_mysql/ }).click();
    await leave.getByRole('button', { name: 'Discard changes and leave' }).click();
    await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue('sales_mysql');
    expect(new URL(page.url()).searchParams.get('name')).toBe('sales_mysql');
  });

  test('without unsaved edits another connection opens at once', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('link', { name: /^sales_mysql/ }).click();
    await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue('sales_mysql');
    await expect(page.getByRole('dialog', { name: 'Leave with unsaved changes?' })).toHaveCount(0);
  });

  test('closing or reloading the page with unsaved edits raises the browser’s before-unload prompt', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await retype(page, 'Host name', 'unsaved.example.internal');

    const prompt = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await prompt;
    expect(dialog.type()).toBe('beforeunload');
    // Staying keeps the page and the edit.
    await dialog.dismiss();
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('unsaved.example.internal');
  });

  test('an empty new option row is not an unsaved edit: another connection opens at once', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await page.getByRole('button', { name: 'Add option' }).click();
    await expect(page.getByRole('textbox', { name: 'Option name' })).toHaveCount(2);
    await page.getByRole('link', { name: /^sales_mysql/ }).click();
    await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue('sales_mysql');
    await expect(page.getByRole('dialog', { name: 'Leave with unsaved changes?' })).toHaveCount(0);
  });

  test('a clean form raises no before-unload prompt', async ({ page }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    let prompted = false;
    page.on('dialog', (dialog) => {
      prompted = true;
      void dialog.accept();
    });
    await page.reload();
    await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue('foodmart2');
    expect(prompted).toBe(false);
  });
});

test.describe('expired session', () => {
  test('expiring before Save: sign-in opens over the untouched form and the save resumes', async ({ page, request, dataforServer }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await retype(page, 'Host name', 'resumed.example.internal');
    await page.getByRole('textbox', { name: 'Option value' }).first().fill('Europe/Paris');
    dataforServer.expireSessions();

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await signInThroughDialog(page);

    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('resumed.example.internal');
    expect(await readConnection(request, 'foodmart2')).toMatchObject({
      hostname: 'resumed.example.internal',
      extraOptions: { 'POSTGRESQL.TimeZone': 'Europe/Paris' },
    });
  });

  test('expiring while the update is on its way: it is retried after sign-in, nothing lost', async ({ page, request, dataforServer }) => {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await retype(page, 'Host name', 'mid-save.example.internal');
    await page.getByLabel('maxIdle', { exact: true }).fill('25');
    let expired = false;
    const updateCalls: string[] = [];
    await page.route(`**${CONNECTION_API}/update`, async (route) => {
      updateCalls.push(route.request().method());
      // The session ends exactly as the save reaches the server.
      if (!expired) {
        expired = true;
        dataforServer.expireSessions();
      }
      await route.continue();
    });

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();
    await signInThroughDialog(page);

    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    expect(updateCalls).toEqual(['POST', 'POST']);
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('mid-save.example.internal');
    expect(await readConnection(request, 'foodmart2')).toMatchObject({
      hostname: 'mid-save.example.internal',
      connectionPoolingProperties: { maxIdle: '25' },
    });
  });
});

test('"Discard changes" returns every field to the loaded values', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'sales_mysql');
  const discard = page.getByRole('button', { name: 'Discard changes' });
  await expect(discard).toBeDisabled();

  await retype(page, 'Connection name', 'sales_mysql_renamed');
  await retype(page, 'Host name', 'elsewhere.internal');
  await retype(page, 'Port number', '3307');
  await page.getByLabel('Password', { exact: true }).fill('typed-secret');
  await page.getByRole('button', { name: 'Move down' }).first().click();
  await page.getByRole('textbox', { name: 'Option value' }).last().fill('exception');
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByLabel('Use connection pool').check();
  await retype(page, 'Connect SQL', 'SET NAMES latin1');
  await page.getByLabel('Quote all identifiers').check();

  await discard.click();
  // Many changes: Discard asks first (issue 14.8).
  await page.getByRole('dialog', { name: 'Discard all changes?' }).getByRole('button', { name: 'Discard all changes' }).click();
  await expect(page.getByLabel('Connection name', { exact: true })).toHaveValue('sales_mysql');
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('mysql-sales.internal');
  await expect(page.getByLabel('Port number', { exact: true })).toHaveValue('3306');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
  const names = page.getByRole('textbox', { name: 'Option name' });
  await expect(names).toHaveCount(4);
  await expect(names.nth(0)).toHaveValue('serverTimezone');
  await expect(names.nth(1)).toHaveValue('useSSL');
  await expect(page.getByRole('textbox', { name: 'Option value' }).last()).toHaveValue('convertToNull');
  await expect(page.getByLabel('Use connection pool')).not.toBeChecked();
  await expect(page.getByLabel('Connect SQL', { exact: true })).toHaveValue("SET SESSION sql_mode = 'ANSI_QUOTES'");
  await expect(page.getByLabel('Quote all identifiers')).not.toBeChecked();
  await expect(discard).toBeDisabled();
});
