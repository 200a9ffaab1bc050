/**
 * A connection with a long option list. From 100 rows the rows are virtualised: they sit in a
 * scroll box of their own and only those in view are rendered (src/editor/sections/
 * OptionRowList.tsx). Nothing may be missing, lost or out of reach of the keyboard for it.
 */
import type { Page } from '@playwright/test';
import { basicAuth, expect, signIn, test } from './fixtures';
import { CONNECTION_API, EditorPage, FOODMART2, readConnection } from './editor-support';

const COUNT = 150;
const key = (i: number) => `POSTGRESQL.opt${String(i).padStart(3, '0')}`;

function manyOptions(count: number): { extraOptions: Record<string, string>; extraOptionsOrder: Record<string, string> } {
  const extraOptions: Record<string, string> = {};
  const extraOptionsOrder: Record<string, string> = {};
  for (let i = 1; i <= count; i += 1) {
    extraOptions[key(i)] = `v${i}`;
    extraOptionsOrder[String(i - 1)] = key(i);
  }
  return { extraOptions, extraOptionsOrder };
}

async function openWithOptions(page: Page, name: string, count: number): Promise<EditorPage> {
  const created = await page.request.post(`${CONNECTION_API}/add`, {
    headers: basicAuth('admin'),
    data: { ...FOODMART2, id: null, name, password: 'secret', ...manyOptions(count) },
  });
  expect((await created.json()).success).toBe(true);
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open(name);
  await expect(editor.optionValue(1)).toHaveValue('v1');
  return editor;
}

/** Scrolls the options' box (as a user would with the wheel) until row `position` is rendered. */
async function scrollToOption(page: Page, position: number): Promise<void> {
  const box = page.locator('[data-option-scroller]');
  await expect(async () => {
    await box.evaluate((element, row) => {
      const rendered = Array.from(element.querySelectorAll<HTMLElement>('[data-option-index]'));
      const first = rendered[0];
      if (!first) return;
      const height = first.getBoundingClientRect().height + 8;
      const firstIndex = Number(first.dataset.optionIndex);
      element.scrollTop += (row - 1 - firstIndex) * height - element.clientHeight / 3;
    }, position);
    await expect(page.getByRole('group', { name: `Option ${position}`, exact: true })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 10_000 });
}

test('a connection with 150 options renders only the rows in view, and an edit to the last row saves them all in order', async ({ page }) => {
  const editor = await openWithOptions(page, 'many_options', COUNT);
  // The sections after the options follow without any action.
  await expect(editor.section('Pooling')).toBeVisible();
  await expect(editor.section('Advanced')).toBeVisible();
  const rendered = await page.getByRole('textbox', { name: 'Option value', exact: true }).count();
  expect(rendered).toBeGreaterThan(0);
  expect(rendered).toBeLessThan(COUNT / 2);

  await scrollToOption(page, COUNT);
  await expect(editor.optionValue(COUNT)).toHaveValue(`v${COUNT}`);
  await expect(editor.optionRow(COUNT).getByRole('button', { name: 'Move down' })).toBeDisabled();
  await editor.optionValue(COUNT).fill('changed');
  // Scrolled out and back: the edit is still there. (The row holding focus stays rendered.)
  await editor.field('Connection name').focus();
  await scrollToOption(page, 1);
  await expect(editor.optionRow(COUNT)).toHaveCount(0);
  await scrollToOption(page, COUNT);
  await expect(editor.optionValue(COUNT)).toHaveValue('changed');

  await editor.save();
  await expect(editor.saved()).toBeVisible();
  const { extraOptions, extraOptionsOrder } = manyOptions(COUNT);
  const stored = await readConnection(page.request, 'many_options');
  expect(stored.extraOptions).toEqual({ ...extraOptions, [key(COUNT)]: 'changed' });
  expect(stored.extraOptionsOrder).toEqual(extraOptionsOrder);
});

test('Tab walks every option row of a long list, each focused control scrolled into view', async ({ page }) => {
  const editor = await openWithOptions(page, 'many_options_keyboard', COUNT);
  await editor.optionName(1).focus();
  // Past the rows the box first showed: each row is reached in order, in view.
  const rows = 25;
  for (let position = 1; position <= rows; position += 1) {
    await expect(editor.optionName(position)).toBeFocused();
    await expect(editor.optionName(position)).toBeInViewport();
    await page.keyboard.press('Tab'); // value
    await expect(editor.optionValue(position)).toBeFocused();
    // Move up (disabled on the first row), Move down, Remove, then the next row's name.
    for (let tab = position === 1 ? 3 : 4; tab > 0; tab -= 1) await page.keyboard.press('Tab');
  }
  await expect(editor.optionName(rows + 1)).toBeFocused();
  // And back with Shift+Tab.
  await page.keyboard.press('Shift+Tab');
  await expect(editor.optionRow(rows).getByRole('button', { name: 'Remove option' })).toBeFocused();
});

test('moving a row keeps its button focused and in view, and removing the last row focuses the new last one', async ({ page }) => {
  const editor = await openWithOptions(page, 'many_options_move', COUNT);
  await scrollToOption(page, COUNT - 1);
  const moveDown = editor.optionRow(COUNT - 1).getByRole('button', { name: 'Move down' });
  await moveDown.focus();
  await page.keyboard.press('Enter');
  // The moved row is now last: its Move down is disabled, so focus goes to its Move up.
  // The form shows an option's name without its type's prefix.
  await expect(editor.optionName(COUNT)).toHaveValue(`opt${COUNT - 1}`);
  const moved = editor.optionRow(COUNT).getByRole('button', { name: 'Move up' });
  await expect(moved).toBeFocused();
  await expect(moved).toBeInViewport();

  const remove = editor.optionRow(COUNT).getByRole('button', { name: 'Remove option' });
  await remove.focus();
  await page.keyboard.press('Enter');
  await expect(editor.optionRow(COUNT)).toHaveCount(0);
  await expect(editor.optionRow(COUNT - 1).getByRole('button', { name: 'Remove option' })).toBeFocused();
});

test('"Add option" at the end of a long list scrolls to the new row and focuses its name', async ({ page }) => {
  const editor = await openWithOptions(page, 'many_options_add', COUNT);
  await page.getByRole('button', { name: 'Add option', exact: true }).click();
  await expect(editor.optionName(COUNT + 1)).toBeFocused();
  await expect(editor.optionName(COUNT + 1)).toBeInViewport();
});

test('a blocked save scrolls to an option row with an error that is out of view, and focuses it', async ({ page }) => {
  const editor = await openWithOptions(page, 'many_options_invalid', COUNT);
  await scrollToOption(page, 140);
  // A value without a name: the save is blocked on this row.
  await editor.optionName(140).fill('');
  await editor.field('Connection name').focus();
  await scrollToOption(page, 1);
  await expect(editor.optionRow(140)).toHaveCount(0);
  await editor.saveButton().click();
  await expect(editor.optionName(140)).toBeFocused();
  await expect(editor.optionName(140)).toBeInViewport();
  await expect(editor.optionName(140)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('dialog', { name: 'Review changes' })).toHaveCount(0);
});
