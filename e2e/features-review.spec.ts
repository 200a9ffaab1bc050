/**
 * Issue 4 — "Review before save" and "No silent overwrite": Save shows exactly what will change,
 * sends nothing without "Save changes", and re-reads the connection right before sending so a
 * change someone else made meanwhile is shown beside ours and never silently replaced.
 */
import type { Page, Request } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { CONNECTION_API, openConnection, readConnection, retype, updateConnectionAsAdmin } from './editor-support';

function recordUpdates(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().includes(`${CONNECTION_API}/update`)) sent.push(request);
  });
  return sent;
}

const reviewDialog = (page: Page) => page.getByRole('dialog', { name: 'Review changes' });

test('lists exactly the changes made, in plain words, and saves them on "Save changes"', async ({ page, request }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  const updates = recordUpdates(page);

  await retype(page, 'Host name', 'db.example.internal');
  await retype(page, 'Port number', '5433');
  await page.getByLabel('Password', { exact: true }).fill('n3w-Secret!');
  await page.getByRole('textbox', { name: 'Option value' }).first().fill('UTC');
  await page.getByLabel('maxActive', { exact: true }).fill('150');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = reviewDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('row')).toHaveText([
    /Setting\s*Before\s*After/,
    /^Host name\s*127\.0\.0\.1\s*db\.example\.internal$/,
    /^Port number\s*25432\s*5433$/,
    /^Password\s*unchanged\s*will be replaced$/,
    // The URL the settings make, before and after (issue 12).
    /^JDBC URL\s*jdbc:postgresql:\/\/127\.0\.0\.1:25432\/foodmart\?TimeZone=Asia\/Shanghai\s*jdbc:postgresql:\/\/db\.example\.internal:5433\/foodmart\?TimeZone=UTC$/,
    /^Option “TimeZone”\s*Asia\/Shanghai\s*UTC$/,
    /^Pool parameter “maxActive”\s*200\s*150$/,
  ]);
  // The password itself is never shown, anywhere in the review.
  await expect(dialog).not.toContainText('n3w-Secret!');
  expect(updates, 'nothing is sent before "Save changes"').toHaveLength(0);

  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
  expect(updates).toHaveLength(1);

  const stored = await readConnection(request, 'foodmart2');
  expect(stored).toMatchObject({
    hostname: 'db.example.internal',
    databasePort: '5433',
    PORT_NUMBER: '5433',
    attributes: { driverId: 'postgresql', PORT_NUMBER: '5433' },
    extraOptions: { 'POSTGRESQL.TimeZone': 'UTC' },
    connectionPoolingProperties: { initialSize: '5', maxActive: '150', maxIdle: '20', minIdle: '5' },
    password: null,
  });
});

test('with no changes Save says so beside the button, opens no dialog and sends nothing (issue 14)', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'sales_mysql');
  const updates = recordUpdates(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No changes to save. Nothing was sent.' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // An empty new option row is not a change either: the same answer, and no "unsaved" tag.
  await page.getByRole('button', { name: 'Add option' }).click();
  await expect(page.getByText('No unsaved changes')).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No changes to save. Nothing was sent.' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(updates).toHaveLength(0);
});

test('"Back" returns to the form with every edit kept and nothing sent', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'sales_mysql');
  const updates = recordUpdates(page);
  await retype(page, 'Connect SQL', 'SET NAMES utf8mb4');
  await page.getByRole('button', { name: 'Move up' }).nth(1).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = reviewDialog(page);
  await expect(dialog.getByRole('row', { name: /Order of options/ })).toContainText(
    'serverTimezone, useSSL, characterEncoding, zeroDateTimeBehavior',
  );
  await expect(dialog.getByRole('row', { name: /Order of options/ })).toContainText(
    'useSSL, serverTimezone, characterEncoding, zeroDateTimeBehavior',
  );
  await expect(dialog.getByRole('row', { name: /Connect SQL/ })).toContainText('SET NAMES utf8mb4');
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Connect SQL', { exact: true })).toHaveValue('SET NAMES utf8mb4');
  await expect(page.getByRole('textbox', { name: 'Option name' }).first()).toHaveValue('useSSL');
  expect(updates).toHaveLength(0);
});

test.describe('a change made on the server between load and save', () => {
  async function editWhileSomeoneElseSaves(page: Page, request: Parameters<typeof readConnection>[0]) {
    await signIn(page, 'admin');
    await openConnection(page, 'foodmart2');
    await retype(page, 'Host name', 'mine.example.internal');
    // Another administrator saves the same connection through the API meanwhile.
    const theirs = await readConnection(request, 'foodmart2');
    await updateConnectionAsAdmin(request, { ...theirs, databaseName: 'foodmart_v2', connectSql: 'SET search_path TO mart' });
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const dialog = reviewDialog(page);
    await dialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(dialog.getByRole('alert')).toContainText('Changed on the server since you opened it');
    const their = dialog.getByRole('table', { name: 'Their changes (now on the server)' });
    const yours = dialog.getByRole('table', { name: 'Your changes (not saved yet)' });
    await expect(their.getByRole('row', { name: /Database name/ })).toContainText(/foodmart\s*foodmart_v2/);
    await expect(their.getByRole('row', { name: /Connect SQL/ })).toContainText('SET search_path TO mart');
    await expect(yours.getByRole('row', { name: /Host name/ })).toContainText(/127\.0\.0\.1\s*mine\.example\.internal/);
    return dialog;
  }

  test('is detected and shown beside ours, and nothing is sent until the user chooses', async ({ page, request }) => {
    const updates = recordUpdates(page);
    const dialog = await editWhileSomeoneElseSaves(page, request);
    expect(updates).toHaveLength(0);
    await expect(dialog.getByRole('button', { name: 'Reload their version' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Overwrite anyway' })).toBeVisible();
    // Backing out keeps our edit and theirs stays on the server.
    await dialog.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('mine.example.internal');
    expect((await readConnection(request, 'foodmart2')).databaseName).toBe('foodmart_v2');
    expect(updates).toHaveLength(0);
  });

  test('"Reload their version" replaces the form with the server’s copy and sends nothing', async ({ page, request }) => {
    const updates = recordUpdates(page);
    const dialog = await editWhileSomeoneElseSaves(page, request);
    await dialog.getByRole('button', { name: 'Reload their version' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Database name', { exact: true })).toHaveValue('foodmart_v2');
    await expect(page.getByLabel('Connect SQL', { exact: true })).toHaveValue('SET search_path TO mart');
    await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('127.0.0.1');
    await expect(page.getByRole('button', { name: 'Discard changes' })).toBeDisabled();
    expect(updates).toHaveLength(0);

    // Their version is now the baseline: a new save is checked against it and goes through.
    await retype(page, 'Host name', 'after-reload.internal');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await reviewDialog(page).getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    expect(await readConnection(request, 'foodmart2')).toMatchObject({
      hostname: 'after-reload.internal',
      databaseName: 'foodmart_v2',
      connectSql: 'SET search_path TO mart',
    });
  });

  test('"Overwrite anyway" sends exactly the version reviewed', async ({ page, request }) => {
    const updates = recordUpdates(page);
    const dialog = await editWhileSomeoneElseSaves(page, request);
    await dialog.getByRole('button', { name: 'Overwrite anyway' }).click();
    await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
    expect(updates).toHaveLength(1);
    expect(await readConnection(request, 'foodmart2')).toMatchObject({
      hostname: 'mine.example.internal',
      databaseName: 'foodmart',
      connectSql: '',
    });
  });
});

test('a connection renamed on the server meanwhile is reported, and nothing is sent without a choice', async ({ page, request }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'sales_mysql');
  const updates = recordUpdates(page);
  await retype(page, 'Host name', 'mysql-new.internal');
  const theirs = await readConnection(request, 'sales_mysql');
  await updateConnectionAsAdmin(request, { ...theirs, name: 'sales_mysql_archive' });

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = reviewDialog(page);
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByRole('alert')).toContainText('no longer has a connection named “sales_mysql”');
  expect(updates).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('mysql-new.internal');
  expect(updates).toHaveLength(0);
});

test('the review speaks Chinese when the page does', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByLabel('主机名', { exact: false }).first().fill('db.example.internal');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '检查更改' });
  await expect(dialog.getByRole('row', { name: /主机名/ })).toContainText(/127\.0\.0\.1\s*db\.example\.internal/);
  await expect(dialog.getByRole('button', { name: '保存更改' })).toBeVisible();
  await dialog.getByRole('button', { name: '返回' }).click();
  await expect(dialog).toBeHidden();
});

test('if the review’s code cannot be fetched, it says so, keeps the edits and can try again', async ({ page }) => {
  let failChunk = true;
  // The review dialog is a separate chunk: simulate the network (or a redeploy) losing it.
  await page.route('**/assets/ReviewChangesDialog-*.js', (route) =>
    failChunk ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
  );
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  const updates = recordUpdates(page);
  await retype(page, 'Host name', 'kept-after-chunk-failure.internal');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const dialog = reviewDialog(page);
  await expect(dialog.getByRole('alert')).toContainText('The review could not be loaded, so nothing was sent.');
  await expect(page.getByLabel('Host name', { exact: true })).toHaveValue('kept-after-chunk-failure.internal');

  failChunk = false;
  await dialog.getByRole('button', { name: 'Try again' }).click();
  await expect(dialog.getByRole('row', { name: /Host name/ })).toContainText('kept-after-chunk-failure.internal');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved|success/i })).toBeVisible();
  expect(updates).toHaveLength(1);
});
