/**
 * Issue 11.1 and 11.2 — new connections from the type picker, and duplicates, saved through
 * `add` after the same review as any save; then an ordinary edit under `?name=`.
 */
import { expect, signIn, test } from './fixtures';
import { field, listEntry, openConnection, pickType, saveThroughReview, storedConnection } from './editor-support';

// Each test creates or deletes through the whole page; on the shared 2-core machine 45 s is not always enough.
test.describe.configure({ timeout: 120_000 });

for (const { type, search, port, name } of [
  { type: 'MySQL', search: 'mysql', port: '3306', name: 'orders_mysql' },
  { type: 'PostgreSQL', search: 'postgre', port: '5432', name: 'orders_pg' },
]) {
  test(`creates a ${type} connection from the picker with its defaults, through add, then edits it`, async ({ page, request }) => {
    await signIn(page);
    await page.goto('/');
    await pickType(page, type, search);
    await expect(page.getByRole('heading', { name: `New ${type} connection` })).toBeVisible();
    // The type's default port, pooling on, every other field empty, the password marked but optional.
    await expect(field(page, 'Port number')).toHaveValue(port);
    await expect(page.getByRole('switch', { name: 'Use connection pool' })).toBeChecked();
    await expect(field(page, 'Connection name')).toHaveValue('');
    await expect(field(page, 'Host name')).toHaveValue('');
    await expect(page.getByLabel(/^Password/).first()).toHaveAttribute('required', '');

    await field(page, 'Connection name').fill(name);
    await field(page, 'Host name').fill('db.example');
    await field(page, 'Database name').fill('orders');
    await field(page, 'User name').fill('app');
    const review = await saveThroughReview(page);
    // The review lists every field that is set.
    for (const text of [name, 'db.example', 'orders', 'app', port]) expect(review).toContain(text);

    await expect(page).toHaveURL(new RegExp(`[?&]name=${name}(&|$)`));
    await expect(page.getByRole('status').filter({ hasText: `Connection “${name}” created.` })).toBeVisible();
    await expect(listEntry(page, name)).toHaveAttribute('aria-current', 'page');
    // Now an ordinary edit of the stored connection.
    await expect(field(page, 'Connection name')).toHaveValue(name);
    await expect(page.getByRole('button', { name: 'Duplicate' })).toBeVisible();

    const stored = await storedConnection(request, name);
    expect(stored).toMatchObject({
      name,
      hostname: 'db.example',
      databaseName: 'orders',
      username: 'app',
      databasePort: port,
      usingConnectionPool: true,
      initialPoolSize: 0,
      maximumPoolSize: 20,
      connectionPoolingProperties: {},
    });
    expect(stored?.id).toEqual(expect.any(String));

    // The form edits what was created: a change saves through update, under the same id.
    await field(page, 'Host name').fill('db2.example');
    await saveThroughReview(page);
    await expect(page.getByText('Connection saved')).toBeVisible();
    expect(await storedConnection(request, name)).toMatchObject({ id: stored?.id, hostname: 'db2.example' });
  });
}

test('keyboard only: chooses Cloudera Impala in the picker and creates it with its default option', async ({ page, request }) => {
  await signIn(page);
  await page.goto('/');
  const newButton = page.getByRole('button', { name: 'New connection' });
  for (let i = 0; i < 20 && !(await newButton.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(newButton).toBeFocused();
  await page.keyboard.press('Enter');
  const picker = page.getByRole('dialog', { name: 'Choose a database type' });
  const search = picker.getByRole('searchbox', { name: 'Search database types' });
  await expect(search).toBeFocused();
  await page.keyboard.type('impala');
  // Tab goes from the search box to the first matching type.
  await page.keyboard.press('Tab');
  const tile = picker.getByRole('button', { name: 'Cloudera Impala (Simba)', exact: true });
  for (let i = 0; i < 5 && !(await tile.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(tile).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();

  await expect(page.getByRole('heading', { name: 'New Cloudera Impala (Simba) connection' })).toBeVisible();
  // One heading says what is being made; the form under it adds no second one, and says it is not saved.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveCount(1);
  await expect(page.getByText('Not saved yet')).toBeVisible();
  await expect(field(page, 'Port number')).toHaveValue('21050');
  const options = page.getByRole('region', { name: 'Options', exact: true });
  await expect(options.getByRole('textbox', { name: 'Option name', exact: true }).first()).toHaveValue('SocketTimeout');
  await expect(options.getByRole('textbox', { name: 'Option value', exact: true }).first()).toHaveValue('10');

  const name = field(page, 'Connection name');
  for (let i = 0; i < 30 && !(await name.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('impala_kb');
  await page.keyboard.press('Tab');
  await expect(field(page, 'Host name')).toBeFocused();
  await page.keyboard.type('db.example');
  const database = field(page, 'Database name');
  for (let i = 0; i < 5 && !(await database.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await page.keyboard.type('warehouse');
  // Enter in a field is Save.
  await page.keyboard.press('Enter');
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('impala_kb');
  await expect(review).toContainText('SocketTimeout');
  const saveChanges = review.getByRole('button', { name: 'Save changes' });
  for (let i = 0; i < 10 && !(await saveChanges.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(saveChanges).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]name=impala_kb(&|$)/);
  expect(await storedConnection(request, 'impala_kb')).toMatchObject({
    databaseType: { shortName: 'IMPALASIMBA' },
    extraOptions: { 'IMPALASIMBA.SocketTimeout': '10' },
    hostname: 'db.example',
    databaseName: 'warehouse',
  });
});

test('a failed add keeps everything typed, and the next try succeeds', async ({ page, request }) => {
  await signIn(page);
  await page.goto('/');
  await pickType(page, 'MySQL', 'mysql');
  await field(page, 'Connection name').fill('kept_mysql');
  await field(page, 'Host name').fill('db.example');
  await field(page, 'Database name').fill('kept');
  await page.route('**/connection/add', (route) => route.fulfill({ json: { success: false, code: '500', msg: 'database connection operation failed' } }), {
    times: 1,
  });
  await saveThroughReview(page);
  await expect(page.getByRole('alert').filter({ hasText: 'database connection operation failed' })).toBeVisible();
  await expect(field(page, 'Connection name')).toHaveValue('kept_mysql');
  await expect(field(page, 'Host name')).toHaveValue('db.example');
  await expect(field(page, 'Database name')).toHaveValue('kept');
  expect(await storedConnection(request, 'kept_mysql')).toBeNull();
  await expect(listEntry(page, 'kept_mysql')).toHaveCount(0);

  await saveThroughReview(page);
  await expect(page).toHaveURL(/[?&]name=kept_mysql(&|$)/);
  expect(await storedConnection(request, 'kept_mysql')).toMatchObject({ hostname: 'db.example' });
});

test('duplicate copies options and pool, asks for the password again, and saves through add', async ({ page, request }) => {
  await signIn(page);
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByRole('heading', { name: 'Copy of “foodmart2”' })).toBeVisible();
  await expect(page.getByText('The password of “foodmart2” is not copied')).toBeVisible();
  await expect(field(page, 'Connection name')).toHaveValue('foodmart2 copy');
  await expect(page.getByLabel(/^Password/).first()).toHaveValue('');
  await page.getByLabel(/^Password/).first().fill('copy-secret');
  await saveThroughReview(page);
  await expect(page).toHaveURL(/[?&]name=foodmart2(\+|%20)copy(&|$)/);

  const source = await storedConnection(request, 'foodmart2');
  const copy = await storedConnection(request, 'foodmart2 copy');
  expect(copy?.id).not.toEqual(source?.id);
  for (const key of ['extraOptions', 'extraOptionsOrder', 'connectionPoolingProperties', 'usingConnectionPool', 'initialPoolSize', 'maximumPoolSize', 'databaseType', 'hostname', 'databasePort']) {
    expect(copy?.[key], key).toEqual(source?.[key]);
  }

  // A second duplicate of the source takes the next free name.
  await listEntry(page, 'foodmart2').click();
  await expect(field(page, 'Connection name')).toHaveValue('foodmart2');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(field(page, 'Connection name')).toHaveValue('foodmart2 copy 2');
});
