/**
 * Issue 14.8 — the smaller points that a browser can check: removing an option (focus, names,
 * undo), Discard asking first above one change, "Save and leave", the heading and the tab title
 * naming the open connection, "Connection saved." in plain words, the JDBC URL box showing a long
 * URL whole with no resize handle. axe over the new states.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, signIn, test } from './fixtures';
import { EditorPage, readConnection } from './editor-support';

const connectionLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Database connections' }).getByRole('link', { name: new RegExp(name) });

test('removing an option: each button names its row, focus stays in the list, and the last removal can be undone', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.section('Options').getByRole('button', { name: 'Add option' }).click();
  await editor.optionName(2).fill('ssl');
  await editor.optionValue(2).fill('true');

  await expect(editor.optionRow(1).getByRole('button', { name: 'Remove option 1', exact: true })).toBeVisible();
  await expect(editor.optionRow(2).getByRole('button', { name: 'Remove option 2', exact: true })).toBeVisible();

  await editor.optionRow(1).getByRole('button', { name: 'Remove option 1' }).click();
  // The next row moved up into its place; focus is on its Remove button, ready for another.
  await expect(editor.optionName(1)).toHaveValue('ssl');
  await expect(editor.optionRow(1).getByRole('button', { name: 'Remove option 1' })).toBeFocused();
  const undo = editor.section('Options').getByRole('button', { name: 'Undo removing “TimeZone”' });
  await expect(undo).toBeVisible();
  await expectNoSeriousViolations(page, 'option removed, undo offered');

  await undo.click();
  await expect(editor.optionName(1)).toHaveValue('TimeZone');
  await expect(editor.optionValue(1)).toHaveValue('Asia/Shanghai');
  await expect(editor.optionName(1)).toBeFocused();
  await expect(editor.optionName(2)).toHaveValue('ssl');
  await expect(undo).toHaveCount(0);

  // Removing every row leaves focus on "Add option"; the last removal is the one offered back.
  await editor.optionRow(2).getByRole('button', { name: 'Remove option 2' }).click();
  await editor.optionRow(1).getByRole('button', { name: 'Remove option 1' }).click();
  await expect(editor.section('Options').getByRole('button', { name: 'Add option' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor.section('Options').getByRole('button', { name: 'Undo removing “TimeZone”' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor.optionName(1)).toHaveValue('TimeZone');
});

test('Discard asks first when more than one setting changed, and not for one', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');

  await editor.field('Host name').fill('db.example.internal');
  await editor.discardButton().click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(editor.field('Host name')).toHaveValue('127.0.0.1');

  await editor.field('Host name').fill('db.example.internal');
  await editor.field('Database name').fill('other_db');
  await editor.discardButton().click();
  const ask = page.getByRole('dialog', { name: 'Discard all changes?' });
  await expect(ask).toContainText('You have changed 2 settings.');
  await expectNoSeriousViolations(page, 'discard confirmation');
  await ask.getByRole('button', { name: 'Keep my changes' }).click();
  await expect(ask).toBeHidden();
  await expect(editor.field('Host name')).toHaveValue('db.example.internal');

  await editor.discardButton().click();
  await ask.getByRole('button', { name: 'Discard all changes' }).click();
  await expect(editor.field('Host name')).toHaveValue('127.0.0.1');
  await expect(editor.field('Database name')).toHaveValue('foodmart');
  // Focus goes back to the form, not lost on a button that is now disabled.
  await expect(editor.field('Connection name')).toBeFocused();
});

test('the leave prompt offers "Save and leave": the review opens, and after the save the other connection opens', async ({ page, request }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.field('Host name').fill('db.example.internal');

  await connectionLink(page, 'sales_mysql').click();
  const leave = page.getByRole('dialog', { name: 'Leave with unsaved changes?' });
  await expect(leave.getByRole('button', { name: 'Save and leave' })).toBeVisible();
  await expectNoSeriousViolations(page, 'leave prompt with Save and leave');

  // "Back" in the review: nothing saved, still here with the edit, and the next leave asks again.
  await leave.getByRole('button', { name: 'Save and leave' }).click();
  const review = page.getByRole('dialog', { name: 'Review changes' });
  await expect(review).toContainText('db.example.internal');
  await review.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\?name=foodmart2$/);
  await expect(editor.field('Host name')).toHaveValue('db.example.internal');

  await connectionLink(page, 'sales_mysql').click();
  await leave.getByRole('button', { name: 'Save and leave' }).click();
  await review.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(/\?name=sales_mysql$/);
  await expect(editor.field('Connection name')).toHaveValue('sales_mysql');
  expect((await readConnection(request, 'foodmart2')).hostname).toBe('db.example.internal');
});

test('a heading and the tab title name the open connection, in the page language', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await expect(page.getByRole('heading', { level: 2, name: 'Connection “foodmart2”' })).toBeVisible();
  await expect(page).toHaveTitle('foodmart2 – Database connections – Datafor');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page).toHaveTitle('foodmart2 – 数据库连接 – Datafor');
  await expect(page.getByRole('heading', { level: 2, name: '连接“foodmart2”' })).toBeVisible();

  await page.getByRole('navigation', { name: '数据库连接' }).getByRole('link', { name: /sales_mysql/ }).click();
  await expect(page).toHaveTitle('sales_mysql – 数据库连接 – Datafor');
});

test('"Connection saved." reads plainly, without the server\'s bare "success"', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  await editor.field('Host name').fill('db.example.internal');
  await editor.save();
  await expect(editor.saved()).toHaveText('Connection saved.');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('status').filter({ hasText: '连接已保存' })).toHaveText('连接已保存。');
});

test('the JDBC URL box shows a long URL whole, and offers no resize handle', async ({ page }) => {
  await signIn(page, 'admin');
  const editor = new EditorPage(page);
  await editor.open('foodmart2');
  const longName = `warehouse_${'x'.repeat(180)}`;
  await editor.field('Database name').fill(longName);
  const url = page.getByRole('textbox', { name: 'JDBC URL' });
  await expect(url).toHaveValue(new RegExp(longName));
  const box = await url.evaluate((element) => ({
    resize: getComputedStyle(element).resize,
    cut: element.scrollHeight - element.clientHeight,
  }));
  expect(box.resize).toBe('none');
  expect(box.cut).toBeLessThanOrEqual(1);
});
