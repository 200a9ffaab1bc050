/**
 * Issue 13: every class of connection body real Pentaho and Datafor servers hold opens, takes a
 * one-field edit, and saves — and the update body is the original with exactly that change.
 * Each body (src/connection/__fixtures__/real-world.ts) is added through the local API, so the
 * API's acceptance is part of the path; what the page opens is what `get` answers.
 */
import type { Page, Request } from '@playwright/test';
import { REAL_WORLD_BODIES, realWorldBody, type RealWorldBody } from '../src/connection/__fixtures__/real-world';
import { expectNoSeriousViolations } from './axe';
import { CONNECTION_API, EditorPage, readConnection } from './editor-support';
import { basicAuth, expect, signIn, test } from './fixtures';

type Json = Record<string, unknown>;

async function addThroughApi(page: Page, body: Json): Promise<void> {
  const response = await page.request.post(`${CONNECTION_API}/add`, { data: { ...body, id: null }, headers: basicAuth('admin') });
  expect(await response.json(), `add ${String(body.name)}`).toMatchObject({ success: true });
}

/** `get` answers as a Datafor that also sends its list-only keys would (the local API keeps none). */
async function answerWithListKeys(page: Page, name: string, keys: Json): Promise<void> {
  await page.route(`**${CONNECTION_API}/get?name=${name}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, json: { ...((await response.json()) as Json), ...keys } });
  });
}

function nextUpdate(page: Page): Promise<Request> {
  return page.waitForRequest((request) => request.url().includes(`${CONNECTION_API}/update`) && request.method() === 'POST');
}

/** What the page shows that says it understood the body's shape. */
async function expectShapeShown(editor: EditorPage, entry: RealWorldBody): Promise<void> {
  const { page } = editor;
  switch (entry.class) {
    case 'type-not-available':
      await expect(editor.combobox('Database type')).toHaveText('Not available on this server');
      await expect(editor.section('Database type').getByText('Database type not available on this server')).toBeVisible();
      break;
    case 'ports': {
      const port = editor.field('Port number');
      const stored = String(entry.body.databasePort ?? (entry.body.attributes as Json).PORT_NUMBER);
      await expect(port).toHaveValue(stored);
      await expect(port).not.toHaveAttribute('aria-invalid', 'true');
      const meaning = stored === '-1' || stored === '0' ? `“${stored}” means no port` : 'Kettle variable';
      await expect(editor.section('General').getByText(meaning)).toBeVisible();
      break;
    }
    case 'variables':
      await expect(page.getByRole('textbox', { name: 'JDBC URL' })).toHaveValue(/\$\{/);
      break;
    case 'partitioned':
      await expect(page.getByRole('region', { name: 'Partitions', exact: true })).toContainText('partitioned (Kettle clustering) into 4 partition entries');
      await expect(page.getByRole('table', { name: 'Partitions of this connection (read-only)' }).getByRole('row')).toHaveCount(5);
      break;
    default:
      await expect(editor.field('Connection name')).toHaveValue(entry.body.name);
  }
}

test.describe('real-world connection bodies', () => {
  for (const entry of REAL_WORLD_BODIES) {
    test(`${entry.body.name} (${entry.class}): one edit sends the original with exactly that change`, async ({ page }) => {
      const { name } = entry.body;
      await addThroughApi(page, entry.body);
      // A Datafor `get` may carry list-only keys too; they must go back as they came.
      const listKeys = entry.body.isUploadDataset === undefined ? {} : { isSystem: entry.body.isSystem, isUploadDataset: entry.body.isUploadDataset };
      if (Object.keys(listKeys).length > 0) await answerWithListKeys(page, name, listKeys);
      const original = { ...(await readConnection(page.request, name)), ...listKeys };

      await signIn(page, 'admin');
      const editor = new EditorPage(page);
      await editor.open(name);
      await expectShapeShown(editor, entry);

      const { edit } = entry;
      const box = edit.optionRow === undefined ? editor.field(edit.label) : editor.optionValue(edit.optionRow);
      await box.fill(edit.value);
      const sent = nextUpdate(page);
      await editor.save();
      await expect(editor.saved()).toBeVisible();

      const body = (await sent).postDataJSON() as Json;
      expect(body).toEqual({ ...original, ...edit.changes });
      // And the server holds just that (the list-only keys are the server's own to decide).
      const { isSystem: _s, isUploadDataset: _u, ...held } = body;
      expect(await readConnection(page.request, name)).toEqual(held);
    });
  }

  test('a type the server did not name goes back as null until the user picks one', async ({ page }) => {
    const entry = realWorldBody('rw_bigquery_no_driver');
    await addThroughApi(page, entry.body);
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open(entry.body.name);
    await expect(editor.section('Database type')).toContainText('options prefixed “GOOGLEBIGQUERY.”');
    await expect(editor.section('Database type')).toContainText('attribute DATABASE_TYPE = “GOOGLEBIGQUERY”');
    // Its options ask what becomes of them; kept, they keep their whole keys (already GOOGLEBIGQUERY.).
    await editor.chooseType('Google BigQuery', 'Keep options');
    const sent = nextUpdate(page);
    await editor.save();
    const body = (await sent).postDataJSON() as Json;
    expect(body.databaseType).toMatchObject({ shortName: 'GOOGLEBIGQUERY', name: 'Google BigQuery' });
    const optionKeys = Object.keys((body.extraOptions ?? {}) as Json);
    expect(optionKeys.length).toBeGreaterThan(0);
    expect(optionKeys.filter((key) => !/^GOOGLEBIGQUERY\.(?!GOOGLEBIGQUERY\.)/.test(key))).toEqual([]);
  });

  test('Test says plainly that only the server that runs the connection resolves its variables', async ({ page }) => {
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('portable_variables');
    await expect(page.getByRole('textbox', { name: 'JDBC URL' })).toHaveValue('jdbc:postgresql://${DB_HOST}:${DB_PORT}/${DB_NAME}?ApplicationName=${APP_NAME}');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Variables are resolved only by the server that runs the connection' })).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'only the server that runs it resolves' })).toBeVisible();
  });

  test('an untouched server value that breaks a rule warns and does not block saving another field', async ({ page }) => {
    const body = { ...realWorldBody('rw_platform_zero_port').body, name: 'rw_no_host', hostname: '', databasePort: '5432', attributes: { PORT_NUMBER: '5432' }, PORT_NUMBER: '5432' };
    await addThroughApi(page, body);
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    await editor.open('rw_no_host');
    const host = editor.field('Host name');
    await expect(host).not.toHaveAttribute('aria-invalid', 'true');
    await expect(editor.section('General').getByText('Enter the host name. This value came from the server')).toBeVisible();
    await editor.field('User name').fill('hr_audit');
    const sent = nextUpdate(page);
    await editor.save();
    await expect(editor.saved()).toBeVisible();
    expect(((await sent).postDataJSON() as Json).hostname).toBe('');
  });

  test('the seeded shapes and their notices are accessible (axe: no serious or critical violation)', async ({ page }) => {
    test.setTimeout(120_000);
    await addThroughApi(page, realWorldBody('rw_kept_exactly').body);
    await signIn(page, 'admin');
    const editor = new EditorPage(page);
    const states: [name: string, shown: () => Promise<void>][] = [
      ['bigquery_no_driver', () => expect(editor.combobox('Database type')).toHaveText('Not available on this server')],
      ['oracle_rac_tns', () => expect(editor.section('General').getByText('“-1” means no port')).toBeVisible()],
      ['partitioned_orders', () => expect(page.getByRole('table', { name: 'Partitions of this connection (read-only)' })).toBeVisible()],
      ['rw_kept_exactly', () => expect(editor.section('Pooling').getByText('maxIdle must be a whole number.')).toBeVisible()],
    ];
    for (const [name, shown] of states) {
      await editor.open(name);
      await shown();
      await expectNoSeriousViolations(page, name);
    }
  });
});
