/**
 * Issue 4 — "Read-only when the user cannot edit": every value shown as text (issue 14.4), a
 * banner giving the one reason in plain words, no Save; a CONNECTION_WRITE_FORBIDDEN answer
 * switches to that mode keeping what the user typed.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CONNECTION_API, openConnection, retype, shownValue } from './editor-support';

async function expectReadOnlyForm(page: Page): Promise<void> {
  const form = page.getByRole('form');
  // Issue 14.4: the values as text named by their labels, no greyed boxes.
  for (const label of ['Connection name', 'Host name', 'Database name', 'Port number', 'User name', 'Password']) {
    await expect(shownValue(form, label)).toBeVisible();
  }
  for (const box of await form.getByRole('textbox').all()) {
    // The JDBC URL preview and option rows are read-only boxes (copyable); nothing is typeable.
    await expect(box).not.toBeEditable();
  }
  await expect(form.getByRole('switch')).toHaveCount(0);
  await expect(form.getByRole('combobox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Discard changes', exact: true })).toHaveCount(0);
  for (const name of ['Add option', 'Move up', 'Move down', /^Remove option/]) {
    await expect(form.getByRole('button', { name, exact: typeof name === 'string' })).toHaveCount(0);
  }
}

test('a reader sees the connection read-only, told that their user type is Reader', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('your user type is Reader');
  await expectReadOnlyForm(page);
  // Values are all there to read.
  await expect(shownValue(page, 'Host name')).toHaveText('127.0.0.1');
});

test('a creator without Edit on this connection is told exactly that', async ({ page }) => {
  await signIn(page, 'creator');
  await openConnection(page, 'finance_oracle');
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('you do not have Edit permission on it');
  await expectReadOnlyForm(page);
  await expect(shownValue(page, 'Host name')).toHaveText('oracle-fin.internal');
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
  // Kept as text, to copy.
  await expect(shownValue(page, 'Host name')).toHaveText('kept.example.internal');
  await expect(shownValue(page, 'Database name')).toHaveText('kept_db');
  await expectReadOnlyForm(page);
});

test('the banner speaks Chinese when the page does', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: '中文' }).click();
  const banner = page.getByRole('note', { name: '只读' });
  await expect(banner).toContainText('您的用户类型是“只读用户”');
  // Testing the saved connection stays possible for a reader (server/test-policy.ts).
  await expect(page.getByRole('button', { name: '测试连接' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'JDBC URL' })).toHaveValue(/^jdbc:postgresql:/);
});
