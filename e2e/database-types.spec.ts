/**
 * Issue 12 — every database type as Pentaho defines it: the per-type fields of Pentaho's dialog
 * saved where Pentaho stores them, secret attributes treated like the password, and a change of
 * type that asks what becomes of the options. (The sorted type list and Oracle's URL forms are
 * in features-url-preview.spec.ts.)
 */
import { expect, signIn, test } from './fixtures';
import { EditorPage, readConnection } from './editor-support';
import { storedSecretAttributes } from '../server/testing/harness';

const urlBox = (editor: EditorPage) => editor.page.getByRole('textbox', { name: 'JDBC URL' });

test('Snowflake: the warehouse is saved to attributes.warehouse and built into the URL', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.chooseType('Snowflake', 'Remove options');
  await editor.field('Warehouse').fill('COMPUTE_WH');
  await expect(urlBox(editor)).toHaveValue('jdbc:snowflake://127.0.0.1:25432/?db=foodmart&warehouse=COMPUTE_WH');
  await editor.save();
  await expect(editor.saved()).toBeVisible();

  const stored = await readConnection(page.request, 'foodmart2');
  expect(stored.databaseType).toMatchObject({ shortName: 'SNOWFLAKEHV', name: 'Snowflake' });
  expect(stored.attributes).toMatchObject({ warehouse: 'COMPUTE_WH' });
  expect(stored.extraOptions).toEqual({});

  await page.reload();
  await expect(editor.field('Warehouse')).toHaveValue('COMPUTE_WH');
});

test('MS SQL Server (Native): integrated security is saved to attributes.MSSQLUseIntegratedSecurity', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.chooseType('MS SQL Server (Native)', 'Keep options');
  await expect(urlBox(editor)).toHaveValue(/integratedSecurity=false;TimeZone=Asia\/Shanghai$/);
  await editor.switch('Use integrated security').click();
  await expect(urlBox(editor)).toHaveValue(/integratedSecurity=true;TimeZone=Asia\/Shanghai$/);
  await editor.save();
  await expect(editor.saved()).toBeVisible();

  const stored = await readConnection(page.request, 'foodmart2');
  expect(stored.databaseType).toMatchObject({ shortName: 'MSSQLNative' });
  expect((stored.attributes as Record<string, string>).MSSQLUseIntegratedSecurity).toBe('true');
  expect(stored.extraOptions).toEqual({ 'MSSQLNative.TimeZone': 'Asia/Shanghai' });

  await page.reload();
  await expect(editor.switch('Use integrated security')).toBeChecked();
});

test('Redshift with IAM credentials: secrets are never shown after reload and kept when left empty', async ({ page, dataforServer }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.chooseType('Redshift', 'Remove options');
  await editor.choose('Authentication method', 'IAM Credentials');
  await editor.field('Access key ID').fill('AKIAEXAMPLEKEYID');
  const secretKey = page.getByLabel('Secret access key', { exact: true });
  const sessionToken = page.getByLabel('Session token', { exact: true });
  await secretKey.fill('wJalrXUtnFEMI-secret-key');
  await sessionToken.fill('FwoGZXIvYXdzEJr-session-token');
  // The URL shows where the secrets go, never what they are.
  await expect(urlBox(editor)).toHaveValue(
    'jdbc:redshift:iam://127.0.0.1:25432/foodmart?AccessKeyID=AKIAEXAMPLEKEYID&SecretAccessKey=••••&SessionToken=••••',
  );

  await editor.saveButton().click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review.getByRole('row', { name: /Secret access key/ })).toContainText(/unchanged\s*will be replaced/);
  await expect(review).not.toContainText('wJalrXUtnFEMI');
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.saved()).toBeVisible();

  const secrets = { iamSecretAccessKey: 'wJalrXUtnFEMI-secret-key', iamSessionToken: 'FwoGZXIvYXdzEJr-session-token' };
  expect(storedSecretAttributes(dataforServer.dbPath, 'foodmart2')).toEqual(secrets);
  const stored = await readConnection(page.request, 'foodmart2');
  expect(stored.attributes).toMatchObject({ jdbcAuthMethod: 'IAM Credentials', iamAccessKeyId: 'AKIAEXAMPLEKEYID' });
  expect(JSON.stringify(stored)).not.toContain('wJalrXUtnFEMI');

  // After a reload the boxes are empty; a save that leaves them so keeps the stored secrets.
  await page.reload();
  await expect(editor.combobox('Authentication method')).toHaveText('IAM Credentials');
  await expect(secretKey).toHaveValue('');
  await expect(sessionToken).toHaveValue('');
  await expect(editor.field('Access key ID')).toHaveValue('AKIAEXAMPLEKEYID');
  await editor.field('Host name').fill('cluster.example.internal');
  await editor.save();
  await expect(editor.saved()).toBeVisible();
  expect(storedSecretAttributes(dataforServer.dbPath, 'foodmart2')).toEqual(secrets);
  expect((await readConnection(page.request, 'foodmart2')).hostname).toBe('cluster.example.internal');
});

test('changing the type asks about the options: Keep moves them to the new type, Remove deletes them', async ({ page, request }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('sales_mysql');

  await editor.choose('Database type', 'PostgreSQL');
  const dialog = page.getByRole('dialog', { name: 'Change the type to PostgreSQL?' });
  await expect(dialog.getByRole('list', { name: 'Options of MySQL' }).getByRole('listitem')).toHaveText([
    'serverTimezone = Asia/Shanghai',
    'useSSL = false',
    'characterEncoding = utf8',
    'zeroDateTimeBehavior = convertToNull',
  ]);
  await dialog.getByRole('button', { name: 'Keep options' }).click();
  await expect(page.getByText(/^Type changed to PostgreSQL\. The options of MySQL \(serverTimezone, useSSL, characterEncoding, zeroDateTimeBehavior\) were kept/)).toBeVisible();
  await expect(urlBox(editor)).toHaveValue(
    'jdbc:postgresql://mysql-sales.internal:5432/sales?serverTimezone=Asia/Shanghai&useSSL=false&characterEncoding=utf8&zeroDateTimeBehavior=convertToNull',
  );
  await editor.save();
  await expect(editor.saved()).toBeVisible();
  let stored = await readConnection(request, 'sales_mysql');
  expect(stored.extraOptionsOrder).toEqual({
    '0': 'POSTGRESQL.serverTimezone',
    '1': 'POSTGRESQL.useSSL',
    '2': 'POSTGRESQL.characterEncoding',
    '3': 'POSTGRESQL.zeroDateTimeBehavior',
  });

  await editor.chooseType('Oracle', 'Remove options');
  await expect(page.getByText(/The options of PostgreSQL \(serverTimezone, useSSL, characterEncoding, zeroDateTimeBehavior\) were removed/)).toBeVisible();
  await expect(editor.optionRow(1)).toHaveCount(0);
  await editor.saveButton().click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review.getByRole('row', { name: /Option “useSSL”/ })).toContainText(/POSTGRESQL\.useSSL=false\s*\(removed\)/);
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.saved()).toBeVisible();
  stored = await readConnection(request, 'sales_mysql');
  expect(stored.databaseType).toMatchObject({ shortName: 'ORACLE' });
  expect(stored.extraOptions).toEqual({});
  expect(stored.extraOptionsOrder).toEqual({});
  // Settings the editor does not model are untouched by all this.
  expect(stored.datasourceOwner).toBe('sales-analytics');
});

test('Cancel keeps the type and every option', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.choose('Database type', 'MySQL');
  await page.getByRole('dialog', { name: 'Change the type to MySQL?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(editor.combobox('Database type')).toHaveText('PostgreSQL');
  await expect(editor.optionName(1)).toHaveValue('TimeZone');
  await expect(editor.discardButton()).toBeDisabled();
});
