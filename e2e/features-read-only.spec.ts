/**
 * Issue 4 — "Read-only when the user cannot edit": every field disabled, a banner saying why in
 * plain words, no Save and no Test; a CONNECTION_WRITE_FORBIDDEN answer switches to that mode
 * keeping what the user typed.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CONNECTION_API, openConnection, retype } from './editor-support';

async function expectReadOnlyForm(page: Page): Promise<void> {
  const form = page.getByRole('form');
  for (const label of ['Connection name', 'Host name', 'Database name', 'Port number', 'User name', 'Password']) {
    await expect(form.getByLabel(label, { exact: true })).toBeDisabled();
  }
  for (const box of await form.getByRole('textbox').all()) {
    // The JDBC URL preview is read-only by nature (and still copyable); every other box is disabled.
    if ((await box.getAttribute('readonly')) !== null) continue;
    await expect(box).toBeDisabled();
  }
  for (const control of await form.getByRole('checkbox').all()) await expect(control).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Test connection' })).toHaveCount(0);
  // Row buttons may stay in place (disabled) or disappear; either way none can change anything.
  for (const name of ['Add option', 'Move up', 'Move down', 'Remove option']) {
    for (const button of await form.getByRole('button', { name, exact: true }).all()) await expect(button).toBeDisabled();
  }
}

test('a reader sees the connection read-only, told that the account can edit nothing', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('your account cannot edit any connection');
  await expect(banner).toContainText('Reader');
  await expectReadOnlyForm(page);
  // Values are all there to read.
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('127.0.0.1');
});

test('a creator without Edit on this connection is told exactly that', async ({ page }) => {
  await signIn(page, 'creator');
  await openConnection(page, 'finance_oracle');
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('you do not have Edit permission on it');
  await expectReadOnlyForm(page);
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('oracle-fin.internal');
});

test('the same creator edits a connection where Edit is granted', async ({ page }) => {
  await signIn(page, 'creator');
  await openConnection(page, 'foodmart2');
  await expect(page.getByRole('note', { name: 'Read-only' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Test connection' })).toBeEnabled();
  await expect(page.getByLabel('Host name', { exact: true })).toBeEnabled();
});

test('CONNECTION_WRITE_FORBIDDEN on save switches to read-only, keeping every value typed', async ({ page }) => {
  await signIn(page, 'creator');
  await openConnection(page, 'foodmart2');
  const forbidden = 'CONNECTION_WRITE_FORBIDDEN: creator has no Edit permission on foodmart2';
  // Edit is taken away after the page loaded: the server refuses the save.
  await page.route(`**${CONNECTION_API}/update`, (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ success: false, code: '500', msg: forbidden }) }),
  );
  await retype(page, 'Host name', 'kept.example.internal');
  await retype(page, 'Database name', 'kept_db');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('dialog', { name: 'Review changes' }).getByRole('button', { name: 'Save changes' }).click();

  await expect(page.getByRole('alert').filter({ hasText: 'The server refused to save' })).toContainText(forbidden);
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('kept.example.internal');
  await expect(page.getByLabel('Database name', { exact: true })).toHaveValue('kept_db');
  await expectReadOnlyForm(page);
});

test('the banner speaks Chinese when the page does', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: '中文' }).click();
  const banner = page.getByRole('note', { name: '只读' });
  await expect(banner).toContainText('您的账号不能编辑任何连接');
  await expect(page.getByRole('button', { name: '测试连接' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'JDBC URL' })).toHaveValue(/^jdbc:postgresql:/);
});
