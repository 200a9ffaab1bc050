/**
 * Issue 14.4 — the read-only view (a reader; a creator on finance_oracle): values as readable
 * text, only the switched-on pool parameters, no editing hints, no empty save bar, the one reason
 * that applies, and Test of the stored connection where the server allows it. Ctrl+S there says
 * there is nothing to save (14.7). axe over these states.
 */
import { expectNoSeriousViolations } from './axe';
import { expect, signIn, test } from './fixtures';
import { CONNECTION_API, EditorPage, shownValue } from './editor-support';

test('a reader reads every value as text, the pool parameters in use only, and no editing hint', async ({ page }) => {
  await signIn(page, 'reader');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');

  await expect(editor.shown('Host name')).toHaveText('127.0.0.1');
  await expect(editor.shown('Port number')).toHaveText('25432');
  await expect(editor.shown('Database name')).toHaveText('foodmart');
  // The password: never shown, and no "leave empty to keep" for someone who cannot change it.
  await expect(editor.shown('Password')).toHaveText('Never shown');
  await expect(page.getByText('Leave empty to keep the stored password')).toHaveCount(0);
  // Switches read On/Off, not a greyed control.
  await expect(editor.shown('Use connection pool')).toHaveText('On');
  await expect(page.getByRole('switch')).toHaveCount(0);
  // Only the JDBC URL and the option rows are boxes, and neither takes typing.
  for (const box of await page.getByRole('form').getByRole('textbox').all()) await expect(box).not.toBeEditable();

  // Pooling: exactly the four parameters switched on in foodmart2, each with its value as text.
  const pooling = editor.section('Pooling');
  for (const [name, value] of [
    ['initialSize', '5'],
    ['maxActive', '200'],
    ['maxIdle', '20'],
    ['minIdle', '5'],
  ] as const) {
    await expect(shownValue(pooling, name, { pool: true })).toHaveText(value);
  }
  await expect(pooling.getByRole('definition')).toHaveCount(5); // the four, and "Use connection pool"
  await expect(pooling.getByText('maxWait', { exact: true })).toHaveCount(0);

  // No save bar husk: no "No unsaved changes", no Save, no Discard.
  await expect(page.getByText('No unsaved changes')).toHaveCount(0);
  await expect(editor.saveButton()).toHaveCount(0);
  await expect(editor.discardButton()).toHaveCount(0);

  // One reason, not a hedge between two.
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('your user type is Reader');
  await expect(banner).not.toContainText('Either');
  await expect(banner).toContainText('You can still test the connection as it is saved.');

  await expectNoSeriousViolations(page, 'read-only for a reader');
});

test('a reader tests the stored connection: the server runs it (no refusal)', async ({ page }) => {
  await signIn(page, 'reader');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const test = page.getByRole('button', { name: 'Test connection' });
  await expect(test).toBeEnabled();
  await expect(page.getByText('Tests the connection exactly as it is saved, with its stored password.')).toBeVisible();
  const answer = page.waitForResponse((response) => response.url().includes(`${CONNECTION_API}/test`));
  await test.click();
  // Whatever the database answers here, the server did not refuse the reader (403).
  expect((await answer).status()).not.toBe(403);
  await expect(page.getByRole('status').or(page.getByRole('alert')).filter({ hasText: /Connection (succeeded|failed)/ })).toBeVisible();
  await expect(page.getByText(/permission/i)).toHaveCount(0);
});

test('a creator on finance_oracle is told the one reason: no Edit on this connection', async ({ page }) => {
  await signIn(page, 'creator');
  const editor = new EditorPage(page);
  await editor.open('finance_oracle');
  const banner = page.getByRole('note', { name: 'Read-only' });
  await expect(banner).toContainText('you do not have Edit permission on it');
  await expect(banner).not.toContainText('Reader');
  await expect(editor.shown('Host name')).toHaveText('oracle-fin.internal');
  await expect(page.getByRole('button', { name: 'Test connection' })).toBeEnabled();
  await expectNoSeriousViolations(page, 'read-only for a creator');
});

test('Ctrl+S in a read-only form says there is nothing to save, and the browser does not save the page', async ({ page }) => {
  await signIn(page, 'reader');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { saveKeys: boolean[] }).saveKeys = seen;
    window.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === 's' && event.ctrlKey) seen.push(event.defaultPrevented);
    });
  });
  await page.getByRole('button', { name: 'Test connection' }).focus();
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing to save: this connection is read-only for you.' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { saveKeys: boolean[] }).saveKeys)).toEqual([true]);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expectNoSeriousViolations(page, 'read-only, after Ctrl+S');
});

test('the read-only view speaks Chinese', async ({ page }) => {
  await signIn(page, 'reader');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(shownValue(page, '密码')).toHaveText('从不显示');
  await expect(shownValue(page, '使用连接池')).toHaveText('开');
  await expect(page.getByRole('note', { name: '只读' })).toContainText('您仍可以按已保存的设置测试此连接。');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('alert').filter({ hasText: '没有可保存的内容：此连接对您是只读的。' })).toBeVisible();
});
