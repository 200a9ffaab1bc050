/**
 * Issue 3, "Failures": every way a load or a save can fail, injected with route interception
 * against the real local API. Each must end in specific words, with the raw code available,
 * and the form keeping every edit.
 */
import type { Page } from '@playwright/test';
import { test, expect, signIn } from './fixtures';
import { CONNECTION_API, EditorPage } from './editor-support';
import { errorMessages } from '../src/api/messages';

const UPDATE = `**${CONNECTION_API}/update`;
const GET = `**${CONNECTION_API}/get?*`;

/** Opens foodmart2 and makes an edit that must survive whatever happens to the save. */
async function openWithEdit(page: Page): Promise<EditorPage> {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.field('Host name').fill('edited.example.internal');
  await editor.optionValue(1).fill('Europe/Paris');
  return editor;
}

async function expectEditsKept(editor: EditorPage, { editable = true } = {}): Promise<void> {
  // Gone read-only, the values stay on screen as text, to copy (issue 14.4).
  if (editable) await expect(editor.field('Host name')).toHaveValue('edited.example.internal');
  else await expect(editor.shown('Host name')).toHaveText('edited.example.internal');
  await expect(editor.optionValue(1)).toHaveValue('Europe/Paris');
  // Still dirty: Discard is offered (unless the form went read-only, which hides it).
  if (editable) await expect(editor.discardButton()).toBeEnabled();
}

/** Opens the alert's Details disclosure and returns the alert. */
async function expectDetails(editor: EditorPage, alertText: string | RegExp, raw: string | RegExp): Promise<void> {
  const alert = editor.alert(alertText);
  await expect(alert).toBeVisible();
  await alert.getByText('Details', { exact: true }).click();
  await expect(alert).toContainText(raw);
}

test.describe('save failures', () => {
  test('HTTP 500', async ({ page }) => {
    const editor = await openWithEdit(page);
    await page.route(UPDATE, (route) => route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' }));
    await editor.save();
    await expectDetails(editor, 'The server could not complete the request (HTTP 500).', 'Internal Server Error');
    await expect(editor.saved()).toHaveCount(0);
    await expectEditsKept(editor);
  });

  test('a body that is not JSON', async ({ page }) => {
    const editor = await openWithEdit(page);
    await page.route(UPDATE, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html>Login page</html>' }));
    await editor.save();
    await expectDetails(editor, errorMessages.invalidResponse.en, 'Login page');
    await expectEditsKept(editor);
  });

  test('a dropped connection', async ({ page }) => {
    const editor = await openWithEdit(page);
    await page.route(UPDATE, (route) => route.abort('connectionreset'));
    await editor.save();
    await expect(editor.alert(errorMessages.network.en)).toBeVisible();
    await expectEditsKept(editor);
  });

  test('no answer: gives up after the time limit, and the next try works', async ({ page }) => {
    // Fake timers so the 20 s limit passes in an instant; the route simply never answers.
    await page.clock.install();
    const editor = await openWithEdit(page);
    let held = 0;
    await page.route(UPDATE, () => {
      held += 1;
    });
    const save = editor.saveButton();
    await editor.save();
    await expect.poll(() => held).toBe(1);
    // While waiting: progress shown and no second submit possible.
    await expect(save).toBeDisabled();
    await page.clock.runFor(21_000);
    await expect(editor.alert(errorMessages.timeout.en)).toBeVisible();
    expect(held).toBe(1);
    await expectEditsKept(editor);

    await page.unroute(UPDATE);
    await expect(save).toBeEnabled();
    await editor.save();
    await expect(editor.saved()).toBeVisible();
  });

  // Every documented prefix, as the update endpoint would send it (HTTP 200, success:false).
  for (const prefix of [
    'CONNECTION_READ_FORBIDDEN',
    'CONNECTION_CREATE_FORBIDDEN',
    'CONNECTION_DELETE_FORBIDDEN',
    'LOCAL_CONNECTION_ADMIN_ONLY',
    'INTERNAL_CONNECTION_FORBIDDEN',
  ] as const) {
    test(`success:false with ${prefix}, in plain words with the raw code`, async ({ page }) => {
      const editor = await openWithEdit(page);
      await page.route(UPDATE, (route) =>
        route.fulfill({ json: { success: false, code: '500', msg: `${prefix}: user admin on connection foodmart2` } }),
      );
      await editor.save();
      await expectDetails(editor, errorMessages[prefix].en, `${prefix}: user admin on connection foodmart2`);
      await expectEditsKept(editor);
      await expect(editor.saveButton()).toBeEnabled();
    });
  }

  test('success:false with CONNECTION_WRITE_FORBIDDEN switches to read-only, keeping the values', async ({ page }) => {
    const editor = await openWithEdit(page);
    await page.route(UPDATE, (route) =>
      route.fulfill({ json: { success: false, code: '500', msg: 'CONNECTION_WRITE_FORBIDDEN: user admin on connection foodmart2' } }),
    );
    await editor.save();
    await expectDetails(editor, "You don't have permission to edit this connection.", 'CONNECTION_WRITE_FORBIDDEN: user admin');
    await expectEditsKept(editor, { editable: false });
    // Refused on save: the read-only banner interrupts (an alert), and the values stay.
    await expect(editor.alert(/The server refused to save/)).toBeVisible();
    await expect(editor.saveButton()).toHaveCount(0);
    await expect(editor.field('Host name')).toHaveCount(0);
  });

  test('success:false with another reason shows the server text', async ({ page }) => {
    const editor = await openWithEdit(page);
    await page.route(UPDATE, (route) => route.fulfill({ json: { success: false, code: '500', msg: 'update failed: disk full' } }));
    await editor.save();
    await expect(editor.alert('The server said: update failed: disk full')).toBeVisible();
    await expectEditsKept(editor);
  });
});

test.describe('load failures', () => {
  test('a get answering 403 shows the reason and a Retry', async ({ page }) => {
    await signIn(page, 'admin');
    await page.route(GET, (route) =>
      route.fulfill({ status: 403, json: { success: false, msg: 'CONNECTION_READ_FORBIDDEN: no Read on foodmart2' } }),
    );
    await page.goto('/?name=foodmart2');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open connection foodmart2' });
    await expect(alert).toContainText(errorMessages.CONNECTION_READ_FORBIDDEN.en);
    await alert.getByText('Details', { exact: true }).click();
    await expect(alert).toContainText('CONNECTION_READ_FORBIDDEN: no Read on foodmart2');

    await page.unroute(GET);
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('textbox', { name: 'Connection name', exact: true })).toHaveValue('foodmart2');
  });

  test('a get answering 404', async ({ page }) => {
    await signIn(page, 'admin');
    await page.goto('/?name=no_such_connection');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open connection no_such_connection' });
    await expect(alert).toContainText(errorMessages.notFound.en);
    await expect(page.getByRole('textbox', { name: 'Connection name', exact: true })).toHaveCount(0);
  });

  test('a connection whose payload does not match the schema', async ({ page }) => {
    await signIn(page, 'admin');
    await page.route(GET, (route) =>
      route.fulfill({ json: { name: 'foodmart2', accessType: 'TELEPATHY', databaseType: { shortName: 42 } } }),
    );
    await page.goto('/?name=foodmart2');
    const alert = page.getByRole('alert').filter({ hasText: 'Could not open connection foodmart2' });
    await expect(alert).toContainText(errorMessages.invalidResponse.en);
    await expect(page.getByRole('textbox', { name: 'Connection name', exact: true })).toHaveCount(0);
  });
});
