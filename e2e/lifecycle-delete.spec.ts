/**
 * Issue 11.3 and 11.4 — delete with confirmation and Datafor's permission rules, and a name
 * clash flagged at the name field before any review.
 */
import { basicAuth, expect, signIn, test } from './fixtures';
import { CONNECTION_API, field, listEntry, nav, openConnection, storedConnection } from './editor-support';

// Each test creates or deletes through the whole page; on the shared 2-core machine 45 s is not always enough.
test.describe.configure({ timeout: 120_000 });

test('an administrator deletes a connection after confirming; the list opens its neighbour', async ({ page, request }) => {
  await signIn(page);
  await openConnection(page, 'sales_mysql');
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete connection “sales_mysql”?' });
  await expect(confirm).toContainText('Reports, dashboards and models using it will stop working');
  // Cancel is the default: a stray Enter keeps the connection.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  expect(await storedConnection(request, 'sales_mysql')).not.toBeNull();

  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await confirm.getByRole('button', { name: 'Delete connection' }).click();
  await expect(confirm).toBeHidden();
  await expect(listEntry(page, 'sales_mysql')).toHaveCount(0);
  // The next connection in the list is open, and the URL says so.
  await expect(page).toHaveURL(/[?&]name=warehouse_generic(&|$)/);
  await expect(field(page, 'Connection name')).toHaveValue('warehouse_generic');
  await expect(page.getByRole('status').filter({ hasText: 'Connection “sales_mysql” deleted.' })).toBeVisible();
  expect(await storedConnection(request, 'sales_mysql')).toBeNull();
});

test('a failed delete shows the server\'s message and keeps the list as it was', async ({ page, request }) => {
  await signIn(page);
  await openConnection(page, 'foodmart2');
  const before = await nav(page).getByRole('link').allTextContents();
  await page.route('**/connection/deletebyname**', (route) =>
    route.fulfill({ json: { success: false, code: '500', msg: 'database connection operation failed' } }),
  );
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete connection “foodmart2”?' });
  await confirm.getByRole('button', { name: 'Delete connection' }).click();
  await expect(confirm.getByRole('alert')).toContainText('“foodmart2” was not deleted.');
  await expect(confirm.getByRole('alert')).toContainText('database connection operation failed');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(await nav(page).getByRole('link').allTextContents()).toEqual(before);
  await expect(page).toHaveURL(/[?&]name=foodmart2(&|$)/);
  await expect(field(page, 'Connection name')).toHaveValue('foodmart2');
  expect(await storedConnection(request, 'foodmart2')).not.toBeNull();
});

test('a creator cannot delete finance_oracle: Delete is disabled with the reason, and the server refuses too', async ({ page, request }) => {
  await signIn(page, 'creator');
  await openConnection(page, 'finance_oracle');
  const remove = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription('You cannot delete “finance_oracle”: you do not have the Delete permission on it.');
  await expect(page.getByText('you do not have the Delete permission on it')).toBeVisible();
  // Creating stays open to a creator.
  await expect(page.getByRole('button', { name: 'New connection' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Duplicate' })).toBeVisible();

  const answer = await request.delete(`${CONNECTION_API}/deletebyname`, { params: { name: 'finance_oracle' }, headers: basicAuth('creator') });
  expect(await answer.json()).toMatchObject({ success: false, msg: expect.stringMatching(/^CONNECTION_DELETE_FORBIDDEN/) });
  expect(await storedConnection(request, 'finance_oracle')).not.toBeNull();
});

test('a reader creates and deletes nothing: no New connection, no Duplicate, Delete disabled with the reason', async ({ page }) => {
  await signIn(page, 'reader');
  await openConnection(page, 'foodmart2');
  const remove = page.getByRole('button', { name: 'Delete', exact: true });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription('You cannot delete connections: your account can only view them.');
  await expect(page.getByRole('button', { name: 'New connection' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Duplicate' })).toHaveCount(0);
});

test('a rename onto another connection\'s name, in other letter case, is flagged at the field before any review', async ({ page, request }) => {
  await signIn(page);
  await openConnection(page, 'sales_mysql');
  await field(page, 'Connection name').fill('FOODMART2');
  const name = field(page, 'Connection name');
  await expect(name).toHaveAccessibleDescription(/A connection named “foodmart2” already exists/);
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toHaveCount(0);
  await expect(name).toBeFocused();

  // Renaming to its own name in other case is no clash.
  await name.fill('SALES_MYSQL');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await name.fill('sales_mysql_2');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  expect(await storedConnection(request, 'sales_mysql')).not.toBeNull();
});
