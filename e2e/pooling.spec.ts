/**
 * Issue 14.5 — Pooling shows the parameters set on the connection with their values; the rest
 * wait behind "Add parameter" with their defaults. One kind of control per parameter, labels
 * for eyes and ears alike, and the round trip stays exact (only switched-on parameters are sent).
 */
import { expect, signIn, test } from './fixtures';
import { EditorPage, FOODMART2, readConnection, shownValue } from './editor-support';

test('compact: only the parameters in use, each value labelled by its parameter and described', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const pooling = editor.section('Pooling');
  await expect(editor.poolValue('maxActive')).toHaveValue('200');
  // Four parameters, not twenty rows (Datafor's dialog is about 1,800 px tall).
  const height = (await pooling.boundingBox())?.height ?? Infinity;
  expect(height).toBeLessThan(800);
  await expect(pooling.getByRole('textbox')).toHaveCount(4);
  // The name is a visible <label>; the description is the value's description.
  await expect(pooling.locator('label', { hasText: /^maxActive$/ })).toBeVisible();
  await expect(editor.poolValue('maxActive')).toHaveAccessibleDescription(/maximum number of active connections/);
  // "Add parameter" says how many more there are.
  await expect(pooling.getByRole('button', { name: 'Add parameter' })).toHaveAccessibleDescription(/16 more DBCP parameters/);
});

test('a true/false parameter is a drop-down whatever its state, and never looks editable while the pool is off', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.addPoolParameter('testOnReturn');
  const value = editor.poolValue('testOnReturn');
  await expect(value).toHaveRole('combobox');
  await expect(value).toHaveValue('false');
  await editor.switch('Use connection pool').click();
  await expect(value).toHaveRole('combobox');
  await expect(value).toBeDisabled();
  await editor.switch('Use connection pool').click();
  await expect(value).toBeEnabled();
  // Numbers and text stay text boxes.
  await expect(editor.poolValue('maxActive')).toHaveRole('textbox');
});

test('remove and add again: the value comes back, focus lands on the next value, the payload holds exactly the switched-on ones', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.poolValue('maxIdle').fill('15');
  await editor.removePoolParameter('maxIdle');
  // Focus moved to the next parameter in the list, not to the page's start.
  await expect(editor.poolValue('minIdle')).toBeFocused();
  await editor.addPoolParameter('maxIdle');
  await expect(editor.poolValue('maxIdle')).toHaveValue('15');

  await editor.removePoolParameter('minIdle');
  await editor.addPoolParameter('maxWait');
  await expect(editor.poolValue('maxWait')).toHaveValue('-1');
  await editor.save();
  await expect(editor.saved()).toBeVisible();
  const stored = await readConnection(page.request, 'foodmart2');
  expect(stored.connectionPoolingProperties).toEqual({ initialSize: '5', maxActive: '200', maxIdle: '15', maxWait: '-1' });
  expect(stored.usingConnectionPool).toBe(true);
});

test('removing the last parameter says the pool runs with its defaults and moves focus to "Add parameter"; nothing else changes', async ({
  page,
}) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  for (const parameter of Object.keys(FOODMART2.connectionPoolingProperties)) await editor.removePoolParameter(parameter);
  const pooling = editor.section('Pooling');
  await expect(pooling.getByText('No parameter is set: the pool runs with its defaults.')).toBeVisible();
  await expect(pooling.getByRole('button', { name: 'Add parameter' })).toBeFocused();
  await editor.save();
  await expect(editor.saved()).toBeVisible();
  const stored = await readConnection(page.request, 'foodmart2');
  expect(stored.connectionPoolingProperties).toEqual({});
  expect(stored.usingConnectionPool).toBe(true);
});

test('a reader sees the parameters in use, and no way to add or remove one', async ({ page }) => {
  await signIn(page, 'reader');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  // As text, named by the parameter (issue 14.4): no box that looks like an editable default.
  await expect(shownValue(editor.section('Pooling'), 'maxActive', { pool: true })).toHaveText('200');
  await expect(editor.section('Pooling').getByRole('textbox')).toHaveCount(0);
  await expect(editor.poolRemoveButton('maxActive')).toHaveCount(0);
  await expect(editor.section('Pooling').getByRole('button', { name: 'Add parameter' })).toHaveCount(0);
});
