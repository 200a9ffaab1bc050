/**
 * A connection with a long option list: the form paints its first screen first and renders
 * the rest straight after (src/editor/first-paint.ts). Nothing may be missing or lost for it.
 */
import { basicAuth, expect, signIn, test } from './fixtures';
import { CONNECTION_API, EditorPage, FOODMART2, readConnection } from './editor-support';

const COUNT = 150;
const key = (i: number) => `POSTGRESQL.opt${String(i).padStart(3, '0')}`;

test('a connection with 150 options shows every row and section, and an edit to the last row saves them all in order', async ({ page }) => {
  const extraOptions: Record<string, string> = {};
  const extraOptionsOrder: Record<string, string> = {};
  for (let i = 1; i <= COUNT; i += 1) {
    extraOptions[key(i)] = `v${i}`;
    extraOptionsOrder[String(i - 1)] = key(i);
  }
  const created = await page.request.post(`${CONNECTION_API}/add`, {
    headers: basicAuth('admin'),
    data: { ...FOODMART2, id: null, name: 'many_options', password: 'secret', extraOptions, extraOptionsOrder },
  });
  expect((await created.json()).success).toBe(true);

  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('many_options');
  await expect(editor.optionValue(1)).toHaveValue('v1');
  // The rows past the first screen and the sections after them follow without any action.
  await expect(editor.optionValue(COUNT)).toHaveValue(`v${COUNT}`);
  await expect(page.getByRole('textbox', { name: 'Option value', exact: true })).toHaveCount(COUNT);
  await expect(editor.section('Pooling')).toBeVisible();
  await expect(editor.section('Advanced')).toBeVisible();
  await expect(editor.optionRow(COUNT).getByRole('button', { name: 'Move down' })).toBeDisabled();

  await editor.optionValue(COUNT).fill('changed');
  await editor.save();
  await expect(editor.saved()).toBeVisible();
  const stored = await readConnection(page.request, 'many_options');
  expect(stored.extraOptions).toEqual({ ...extraOptions, [key(COUNT)]: 'changed' });
  expect(stored.extraOptionsOrder).toEqual(extraOptionsOrder);
});
