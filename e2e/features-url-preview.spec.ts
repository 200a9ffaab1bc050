/**
 * Issue 4 — "JDBC URL preview": the URL the settings produce (the dialects' rules of
 * pentaho-connection-facts.md, options with the type's separators, Generic's custom URL),
 * updated as the user types, never containing the password, with a copy button. Issue 12:
 * Oracle's forms as the dialect builds them, and the sorted type list.
 */
import type { Page } from '@playwright/test';
import { expect, signIn, test } from './fixtures';
import { openConnection, retype } from './editor-support';

const urlBox = (page: Page) => page.getByRole('textbox', { name: 'JDBC URL' });

test('PostgreSQL: host, port, database and options with ? and &, live, without the password', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await expect(urlBox(page)).toHaveValue('jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai');
  await expect(urlBox(page)).toHaveAttribute('readonly', '');

  await retype(page, 'Host name', 'pg.example.internal');
  await retype(page, 'Port number', '6432');
  await page.getByRole('button', { name: 'Add option' }).click();
  await page.getByRole('textbox', { name: 'Option name' }).last().fill('sslmode');
  await page.getByRole('textbox', { name: 'Option value' }).last().fill('require');
  await page.getByLabel('Password', { exact: true }).fill('S3cret-Value');
  await expect(urlBox(page)).toHaveValue('jdbc:postgresql://pg.example.internal:6432/foodmart?TimeZone=Asia/Shanghai&sslmode=require');
  await expect(urlBox(page)).not.toHaveValue(/S3cret/);

  // Discard and a change of type both reach the preview too.
  await page.getByRole('button', { name: 'Discard changes' }).click();
  // Several changes: Discard asks first (issue 14.8).
  await page.getByRole('dialog', { name: 'Discard all changes?' }).getByRole('button', { name: 'Discard all changes' }).click();
  await expect(urlBox(page)).toHaveValue('jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai');
  await page.getByRole('combobox', { name: 'Database type' }).click();
  await page.getByRole('option', { name: 'MySQL', exact: true }).click();
  await page.getByRole('dialog', { name: 'Change the type to MySQL?' }).getByRole('button', { name: 'Keep options' }).click();
  await expect(urlBox(page)).toHaveValue('jdbc:mysql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai');
});

test('Oracle: SID form (plain or :SID), service form (/name) and TNS descriptor (no port)', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'finance_oracle');
  await expect(urlBox(page)).toHaveValue('jdbc:oracle:thin:@oracle-fin.internal:1521:FINPROD');

  // The dialect writes ':SID' after host:port as it is (issue 12: it once gave '::FINPROD').
  await retype(page, 'Database name', ':FINPROD');
  await expect(urlBox(page)).toHaveValue('jdbc:oracle:thin:@oracle-fin.internal:1521:FINPROD');

  await retype(page, 'Database name', '/finance.example.com');
  await expect(urlBox(page)).toHaveValue('jdbc:oracle:thin:@oracle-fin.internal:1521/finance.example.com');

  const descriptor = '(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=oracle-fin.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=FIN)))';
  await page.getByLabel('Port number', { exact: true }).fill('');
  await retype(page, 'Database name', descriptor);
  await expect(urlBox(page)).toHaveValue(`jdbc:oracle:thin:@${descriptor}`);
});

test('the type list is sorted by name, look-alikes carry a hint, and the chosen dialect builds the URL', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await page.getByRole('combobox', { name: 'Database type' }).click();
  const labels = await page.getByRole('listbox').getByRole('option').allTextContents();
  const sorted = [...labels].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));
  expect(labels).toEqual(sorted);
  for (const label of ['MS SQL Server (jTDS)', 'MS SQL Server (Native)', 'Impala', 'Cloudera Impala (Simba)', 'Vertica 5+', 'Vertica (deprecated)']) {
    expect(labels).toContain(label);
  }
  await page.getByRole('option', { name: 'MS SQL Server (jTDS)', exact: true }).click();
  await page.getByRole('button', { name: 'Keep options' }).click();
  await expect(urlBox(page)).toHaveValue(/^jdbc:jtds:sqlserver:\/\/127\.0\.0\.1:25432\/foodmart/);
  await page.getByRole('combobox', { name: 'Database type' }).click();
  await page.getByRole('option', { name: 'MS SQL Server (Native)', exact: true }).click();
  await page.getByRole('button', { name: 'Keep options' }).click();
  await expect(urlBox(page)).toHaveValue(/^jdbc:sqlserver:\/\/127\.0\.0\.1:25432;databaseName=foodmart;integratedSecurity=false/);
});

test('Generic: the custom URL verbatim, following the Custom URL field', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'warehouse_generic');
  await expect(urlBox(page)).toHaveValue('jdbc:postgresql://warehouse.internal:5432/dw?ApplicationName=datafor');
  await retype(page, 'Custom URL', 'jdbc:mysql://mart.internal:3306/dw?useSSL=true');
  await expect(urlBox(page)).toHaveValue('jdbc:mysql://mart.internal:3306/dw?useSSL=true');
});

test('MySQL options keep their order in the URL, and reordering updates it', async ({ page }) => {
  await signIn(page, 'admin');
  await openConnection(page, 'sales_mysql');
  await expect(urlBox(page)).toHaveValue(
    'jdbc:mysql://mysql-sales.internal:3306/sales?serverTimezone=Asia/Shanghai&useSSL=false&characterEncoding=utf8&zeroDateTimeBehavior=convertToNull',
  );
  await page.getByRole('button', { name: 'Move up' }).nth(1).click();
  await expect(urlBox(page)).toHaveValue(/sales\?useSSL=false&serverTimezone=Asia\/Shanghai&/);
});

test('"Copy JDBC URL" puts the URL on the clipboard and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: 'Copy JDBC URL' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'JDBC URL copied to the clipboard.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'jdbc:postgresql://127.0.0.1:25432/foodmart?TimeZone=Asia/Shanghai',
  );
});

test('without the Clipboard API the copy falls back and still reports honestly', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  await signIn(page, 'admin');
  await openConnection(page, 'foodmart2');
  await page.getByRole('button', { name: 'Copy JDBC URL' }).click();
  // Either the legacy copy worked, or the URL is selected for Ctrl+C — never a silent failure.
  await expect(
    page.getByRole('status').filter({ hasText: 'JDBC URL copied' }).or(page.getByRole('alert').filter({ hasText: 'Ctrl+C' })),
  ).toBeVisible();
});
