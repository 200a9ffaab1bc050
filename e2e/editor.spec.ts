/**
 * Issue 3, "What it must show": the editor against the local Datafor API — load, edit every
 * section, validation blocking a save, a save read back from the server, a rename, a reader.
 */
import { test, expect, signIn, basicAuth } from './fixtures';
import { CONNECTION_API, EditorPage, FOODMART2, readConnection, recordUpdates } from './editor-support';

test.describe('connection editor', () => {
  test('opens /?name=foodmart2 with every value in place', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');

    // Sections are level 3, under the level-2 heading naming the connection (issue 14.8).
    await expect(page.getByRole('heading', { level: 2, name: 'Connection “foodmart2”' })).toBeVisible();
    for (const heading of ['General', 'Database type', 'Options', 'Pooling', 'Advanced'] as const) {
      await expect(editor.section(heading).getByRole('heading', { level: 3, name: heading, exact: true })).toBeVisible();
    }

    await expect(editor.field('Host name')).toHaveValue('127.0.0.1');
    await expect(editor.field('Database name')).toHaveValue('foodmart');
    await expect(editor.field('Port number')).toHaveValue('25432');
    await expect(editor.field('User name')).toHaveValue('postgres');
    const password = editor.field('Password');
    await expect(password).toHaveValue('');
    await expect(password).toHaveAttribute('type', 'password');
    await expect(password).toHaveAttribute('autocomplete', 'new-password');
    await expect(page.getByText('Leave empty to keep the stored password.')).toBeVisible();

    await expect(editor.combobox('Database type')).toHaveText('PostgreSQL');
    await expect(editor.combobox('Access type')).toHaveText('NATIVE');
    await expect(editor.field('Driver')).toHaveValue('postgresql');
    await expect(editor.field('Custom URL')).toHaveCount(0);

    await expect(editor.optionName(1)).toHaveValue('TimeZone');
    await expect(editor.optionValue(1)).toHaveValue('Asia/Shanghai');
    await expect(editor.optionRow(2)).toHaveCount(0);
    await expect(editor.optionRow(1).getByRole('button', { name: 'Move up' })).toBeDisabled();
    await expect(editor.optionRow(1).getByRole('button', { name: 'Move down' })).toBeDisabled();
    await expect(editor.section('Options').getByRole('link', { name: /Options reference for PostgreSQL/ })).toHaveAttribute(
      'href',
      FOODMART2.databaseType.extraOptionsHelpUrl,
    );

    await expect(editor.switch('Use connection pool')).toBeChecked();
    // The switched-on parameters are listed with their values, and only they.
    for (const [parameter, value] of Object.entries(FOODMART2.connectionPoolingProperties)) {
      await expect(editor.poolValue(parameter)).toHaveValue(value);
    }
    await expect(editor.section('Pooling').getByRole('button', { name: /^Remove / })).toHaveCount(
      Object.keys(FOODMART2.connectionPoolingProperties).length,
    );
    // A parameter that is off waits behind "Add parameter", with Pentaho's default.
    await expect(editor.poolValue('maxWait')).toHaveCount(0);
    const choices = await editor.poolParameterChoices();
    await expect(choices.getByRole('menuitem', { name: /^maxWait / })).toContainText('default -1');
    await page.keyboard.press('Escape');
    await expect(choices).toBeHidden();

    await expect(editor.field('Connect SQL')).toHaveValue('');
    for (const name of ['Quote all identifiers', 'Force identifiers to lower case', 'Force identifiers to upper case']) {
      await expect(page.getByRole('switch', { name, exact: true })).not.toBeChecked();
    }
    await expect(editor.saveButton()).toBeEnabled();
    await expect(editor.discardButton()).toBeDisabled();
  });

  test('saves host, port, option order and value and a pool limit; the server holds exactly the expected JSON', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');

    await editor.field('Host name').fill('pg.example.internal');
    await editor.field('Port number').fill('6543');
    await page.getByRole('button', { name: 'Add option', exact: true }).click();
    // The new row's name box gets the focus, so typing goes straight into it.
    await expect(editor.optionName(2)).toBeFocused();
    await page.keyboard.type('ApplicationName');
    await editor.optionValue(2).fill('datafor');
    await editor.optionRow(2).getByRole('button', { name: 'Move up' }).click();
    await expect(editor.optionName(1)).toHaveValue('ApplicationName');
    await editor.optionValue(2).fill('UTC');
    await editor.poolValue('maxActive').fill('120');

    await editor.save();
    await expect(editor.saved()).toBeVisible();
    await expect(editor.discardButton()).toBeDisabled();

    expect(await readConnection(page.request, 'foodmart2')).toEqual({
      ...FOODMART2,
      hostname: 'pg.example.internal',
      databasePort: '6543',
      attributes: { driverId: 'postgresql', PORT_NUMBER: '6543' },
      PORT_NUMBER: '6543',
      extraOptions: { 'POSTGRESQL.ApplicationName': 'datafor', 'POSTGRESQL.TimeZone': 'UTC' },
      extraOptionsOrder: { '0': 'POSTGRESQL.ApplicationName', '1': 'POSTGRESQL.TimeZone' },
      connectionPoolingProperties: { initialSize: '5', maxActive: '120', maxIdle: '20', minIdle: '5' },
    });

    // The saved values are the new baseline: a reload shows them, and nothing is dirty.
    await page.reload();
    await expect(editor.field('Host name')).toHaveValue('pg.example.internal');
    await expect(editor.optionName(1)).toHaveValue('ApplicationName');
    await expect(editor.optionValue(2)).toHaveValue('UTC');
  });

  test('edits every section, with Generic custom URL, pool switches and advanced flags', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    const sent = recordUpdates(page);

    // General
    await editor.field('User name').fill('analyst');
    await editor.field('Password').fill('n3w-Secret');
    await page.getByRole('button', { name: 'Show password' }).click();
    await expect(editor.field('Password')).toHaveAttribute('type', 'text');
    await page.getByRole('button', { name: 'Hide password' }).click();
    await expect(editor.field('Password')).toHaveAttribute('type', 'password');

    // Database type: Generic swaps host/port/database for a custom URL and driver class.
    await editor.chooseType('Generic database', 'Keep options');
    await expect(editor.field('Host name')).toHaveCount(0);
    await expect(editor.field('Port number')).toHaveCount(0);
    await editor.field('Custom URL').fill('jdbc:postgresql://pg.example.internal:5432/foodmart');
    await editor.field('Custom driver class').fill('org.postgresql.Driver');
    await editor.field('Driver').fill('postgresql42');

    // Options: remove the only one, add two, swap them.
    await editor.optionRow(1).getByRole('button', { name: 'Remove option' }).click();
    await expect(editor.optionRow(1)).toHaveCount(0);
    const add = page.getByRole('button', { name: 'Add option', exact: true });
    await add.click();
    await editor.optionName(1).fill('ssl');
    await editor.optionValue(1).fill('true');
    await add.click();
    await editor.optionName(2).fill('loginTimeout');
    await editor.optionValue(2).fill('10');
    await editor.optionRow(1).getByRole('button', { name: 'Move down' }).click();

    // Pooling: switch one on (its default comes in), one off, change one.
    await editor.addPoolParameter('validationQuery');
    await editor.poolValue('validationQuery').fill('select 1');
    await editor.removePoolParameter('minIdle');
    await editor.addPoolParameter('testOnBorrow');
    await expect(editor.poolValue('testOnBorrow')).toHaveValue('true');
    await editor.poolValue('testOnBorrow').selectOption('false');

    // Advanced: lower and upper case are mutually exclusive.
    await editor.field('Connect SQL').fill('SET search_path TO sales;SET TIME ZONE UTC');
    await page.getByRole('switch', { name: 'Quote all identifiers' }).click();
    const lower = page.getByRole('switch', { name: 'Force identifiers to lower case' });
    const upper = page.getByRole('switch', { name: 'Force identifiers to upper case' });
    await lower.click();
    await expect(lower).toBeChecked();
    await upper.click();
    await expect(upper).toBeChecked();
    await expect(lower).not.toBeChecked();

    await editor.save();
    await expect(editor.saved()).toBeVisible();
    expect(sent).toHaveLength(1);
    const body = sent[0]?.postDataJSON() as Record<string, unknown>;
    expect(body.password).toBe('n3w-Secret');
    // The password box is empty again after the save: the stored one is never shown.
    await expect(editor.field('Password')).toHaveValue('');

    const stored = await readConnection(page.request, 'foodmart2');
    expect(stored).toMatchObject({
      username: 'analyst',
      password: null,
      databaseType: { name: 'Generic database', shortName: 'GENERIC' },
      attributes: {
        driverId: 'postgresql42',
        PORT_NUMBER: '25432',
        CUSTOM_URL: 'jdbc:postgresql://pg.example.internal:5432/foodmart',
        CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
      },
      driverId: 'postgresql42',
      CUSTOM_URL: 'jdbc:postgresql://pg.example.internal:5432/foodmart',
      CUSTOM_DRIVER_CLASS: 'org.postgresql.Driver',
      connectSql: 'SET search_path TO sales;SET TIME ZONE UTC',
      quoteAllFields: true,
      forcingIdentifiersToLowerCase: false,
      forcingIdentifiersToUpperCase: true,
      id: FOODMART2.id,
    });
    expect(stored.extraOptions).toEqual({ 'GENERIC.loginTimeout': '10', 'GENERIC.ssl': 'true' });
    expect(stored.extraOptionsOrder).toEqual({ '0': 'GENERIC.loginTimeout', '1': 'GENERIC.ssl' });
    expect(stored.connectionPoolingProperties).toEqual({
      initialSize: '5',
      maxActive: '200',
      maxIdle: '20',
      validationQuery: 'select 1',
      testOnBorrow: 'false',
    });
  });

  test('under JNDI the database name becomes the JNDI name and host, port and credentials go', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await editor.choose('Access type', 'JNDI');
    await expect(editor.field('Host name')).toHaveCount(0);
    await expect(editor.field('Port number')).toHaveCount(0);
    await expect(editor.field('User name')).toHaveCount(0);
    await expect(editor.field('Database name')).toHaveCount(0);
    const jndi = editor.field('JNDI name');
    await jndi.fill('');
    await editor.saveButton().click();
    await expect(page.getByText('Enter the JNDI name.')).toBeVisible();
    await expect(jndi).toBeFocused();
    await jndi.fill('java:comp/env/jdbc/foodmart');
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    expect(await readConnection(page.request, 'foodmart2')).toMatchObject({
      accessType: 'JNDI',
      accessTypeValue: 'JNDI',
      databaseName: 'java:comp/env/jdbc/foodmart',
      // Hidden is not cleared: switching back to NATIVE finds them as they were.
      hostname: '127.0.0.1',
      databasePort: '25432',
    });
  });

  test('a pool parameter the server does not list still shows as a row and is kept', async ({ page }) => {
    const withExtra = { ...FOODMART2, connectionPoolingProperties: { ...FOODMART2.connectionPoolingProperties, softMinEvictableIdleTimeMillis: '60000' } };
    const seeded = await page.request.post(`${CONNECTION_API}/update`, { data: withExtra, headers: basicAuth('admin') });
    expect((await seeded.json()).success).toBe(true);
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await expect(editor.poolValue('softMinEvictableIdleTimeMillis')).toHaveValue('60000');
    await expect(editor.poolRemoveButton('softMinEvictableIdleTimeMillis')).toBeVisible();
    await expect(editor.section('Pooling').getByText('Stored on this connection; not listed by the server.')).toBeVisible();
    await editor.poolValue('maxIdle').fill('10');
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    expect((await readConnection(page.request, 'foodmart2')).connectionPoolingProperties).toEqual({
      ...FOODMART2.connectionPoolingProperties,
      maxIdle: '10',
      softMinEvictableIdleTimeMillis: '60000',
    });
  });

  test('turning the pool off keeps the parameters, and turning it back on restores them', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    const pool = editor.switch('Use connection pool');
    await pool.click();
    await expect(pool).not.toBeChecked();
    await expect(editor.poolValue('maxActive')).toBeDisabled();
    // Kept but not used: nothing to add or remove while the pool is off.
    await expect(editor.poolRemoveButton('maxActive')).toHaveCount(0);
    await expect(editor.section('Pooling').getByRole('button', { name: 'Add parameter' })).toHaveCount(0);
    await pool.click();
    await expect(editor.poolValue('maxActive')).toBeEnabled();
    await expect(editor.poolValue('maxActive')).toHaveValue('200');
    await pool.click();
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    const stored = await readConnection(page.request, 'foodmart2');
    expect(stored.usingConnectionPool).toBe(false);
    expect(stored.connectionPoolingProperties).toEqual(FOODMART2.connectionPoolingProperties);
    // The next edit makes "saved" stale, so it goes.
    await editor.field('Host name').fill('db.example');
    await expect(editor.saved()).toHaveCount(0);
  });

  test('invalid values block the save: messages under the fields, focus on the first, nothing sent', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    const sent = recordUpdates(page);

    await editor.field('Host name').fill('');
    await editor.field('Port number').fill('70000');
    await page.getByRole('button', { name: 'Add option', exact: true }).click();
    await editor.optionName(2).fill('TimeZone');
    await editor.optionValue(2).fill('UTC');
    await editor.poolValue('maxIdle').fill('500');
    await editor.poolValue('initialSize').fill('many');

    await editor.saveButton().click();
    await expect(editor.field('Host name')).toBeFocused();
    await expect(editor.field('Host name')).toHaveAttribute('aria-invalid', 'true');
    await expect(editor.section('General').getByText('Enter the host name.')).toBeVisible();
    await expect(editor.section('General').getByText('The port must be between 1 and 65535.')).toBeVisible();
    await expect(editor.optionRow(2).getByText('The option “TimeZone” is already set above.')).toBeVisible();
    await expect(editor.section('Pooling').getByText('initialSize must be a whole number.')).toBeVisible();
    await expect(editor.section('Pooling').getByText(/maxIdle cannot be more than maxActive/)).toBeVisible();
    await expect(editor.alert(/need attention before saving/)).toBeVisible();

    // Fixing a field clears its message as the user types (re-validation on change).
    await editor.field('Host name').fill('db.internal');
    await expect(editor.section('General').getByText('Enter the host name.')).toHaveCount(0);

    await page.waitForTimeout(300);
    expect(sent).toHaveLength(0);
    // Nothing was lost either.
    await expect(editor.field('Port number')).toHaveValue('70000');
    await expect(editor.optionValue(2)).toHaveValue('UTC');
  });

  test('Discard changes returns every field to the loaded values', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await editor.field('Host name').fill('elsewhere');
    await editor.chooseType('MySQL', 'Keep options');
    await expect(page.getByText(/^Type changed to MySQL/)).toBeVisible();
    await page.getByRole('button', { name: 'Add option', exact: true }).click();
    await editor.removePoolParameter('maxActive');
    await expect(editor.discardButton()).toBeEnabled();
    await editor.discardButton().click();
    // Several changes: Discard asks first (issue 14.8).
    await page.getByRole('dialog', { name: 'Discard all changes?' }).getByRole('button', { name: 'Discard all changes' }).click();
    await expect(editor.field('Host name')).toHaveValue('127.0.0.1');
    await expect(editor.combobox('Database type')).toHaveText('PostgreSQL');
    await expect(editor.optionRow(2)).toHaveCount(0);
    await expect(editor.poolValue('maxActive')).toHaveValue('200');
    await expect(page.getByText(/^Type changed to/)).toHaveCount(0);
    await expect(editor.discardButton()).toBeDisabled();
  });

  test('option rows reorder with the keyboard alone, focus following the row', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('sales_mysql');
    await expect(editor.optionName(1)).toHaveValue('serverTimezone');
    await expect(editor.optionName(4)).toHaveValue('zeroDateTimeBehavior');
    await expect(editor.optionRow(4).getByRole('button', { name: 'Move down' })).toBeDisabled();

    await editor.optionRow(1).getByRole('button', { name: 'Move down' }).focus();
    await page.keyboard.press('Enter');
    await expect(editor.optionName(2)).toHaveValue('serverTimezone');
    await expect(editor.optionRow(2).getByRole('button', { name: 'Move down' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(editor.optionName(4)).toHaveValue('serverTimezone');
    // At the end Move down is disabled, so focus moves to Move up of the same row.
    await expect(editor.optionRow(4).getByRole('button', { name: 'Move up' })).toBeFocused();

    await page.keyboard.press('Control+Enter');
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    const stored = await readConnection(page.request, 'sales_mysql');
    expect(stored.extraOptionsOrder).toEqual({
      '0': 'MYSQL.useSSL',
      '1': 'MYSQL.characterEncoding',
      '2': 'MYSQL.zeroDateTimeBehavior',
      '3': 'MYSQL.serverTimezone',
    });
    // Fields the editor does not know go back untouched.
    expect(stored.datasourceOwner).toBe('sales-analytics');
    expect((stored.attributes as Record<string, string>).SUPPORTS_BOOLEAN_DATA_TYPE).toBe('Y');
  });

  test('a type the catalogue lacks is offered as the current choice and goes back exactly as stored', async ({ page }) => {
    const exotic = {
      ...FOODMART2,
      databaseType: {
        defaultDatabaseName: 'main',
        defaultDatabasePort: 7777,
        defaultOptions: { x: 1 },
        extraOptionsHelpUrl: null,
        name: 'Exotic DB',
        shortName: 'EXOTICDB',
        vendorFlag: true,
      },
      extraOptions: { 'EXOTICDB.mode': 'fast', 'POSTGRESQL.TimeZone': 'Asia/Shanghai' },
      extraOptionsOrder: { '0': 'EXOTICDB.mode', '1': 'POSTGRESQL.TimeZone' },
    };
    const seeded = await page.request.post(`${CONNECTION_API}/update`, { data: exotic, headers: basicAuth('admin') });
    expect((await seeded.json()).success).toBe(true);
    const before = await readConnection(page.request, 'foodmart2');

    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await expect(editor.combobox('Database type')).toHaveText('Exotic DB (as stored on the server)');
    // Only the current type's options are rows; the PostgreSQL one stays out of sight, kept.
    await expect(editor.optionName(1)).toHaveValue('mode');
    await expect(editor.optionRow(2)).toHaveCount(0);
    await editor.field('User name').fill('exotic_user');
    await editor.save();
    await expect(editor.saved()).toBeVisible();

    expect(await readConnection(page.request, 'foodmart2')).toEqual({ ...before, username: 'exotic_user' });
  });

  test('a rename keeps the id, updates the URL and the list', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    await editor.field('Connection name').fill('foodmart_renamed');
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    await expect(page).toHaveURL(/[?&]name=foodmart_renamed(&|$)/);
    await expect(editor.field('Connection name')).toHaveValue('foodmart_renamed');

    const renamed = await readConnection(page.request, 'foodmart_renamed');
    expect(renamed.id).toBe(FOODMART2.id);
    const old = await page.request.get(`${CONNECTION_API}/get`, { params: { name: 'foodmart2' }, headers: basicAuth('admin') });
    expect(old.status()).toBe(404);
  });

  test('a reader sees that they cannot edit the connection', async ({ page }) => {
    await signIn(page, 'reader');
    const editor = new EditorPage(page);
    await editor.open('foodmart2');
    const sent = recordUpdates(page);
    await expect(page.getByRole('note').filter({ hasText: /Read-only/ })).toBeVisible();
    // Values read as text (issue 14.4), with no box to type into.
    await expect(editor.shown('Host name')).toHaveText('127.0.0.1');
    await expect(editor.field('Host name')).toHaveCount(0);
    await expect(editor.saveButton()).toHaveCount(0);
    expect(sent).toHaveLength(0);
  });
});

test('in Simplified Chinese the sections, labels and buttons are Chinese', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await page.getByRole('button', { name: '中文', exact: true }).click();
  for (const heading of ['常规', '数据库类型', '选项', '连接池', '高级']) {
    await expect(page.getByRole('region', { name: heading, exact: true }).getByRole('heading', { level: 3, name: heading })).toBeVisible();
  }
  await expect(page.getByRole('textbox', { name: '连接名称', exact: true })).toHaveValue('foodmart2');
  await expect(page.getByRole('button', { name: '移除 maxActive', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '连接池' }).getByRole('button', { name: '添加参数', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expect(page.getByText('留空则保留已保存的密码。')).toBeVisible();
});
